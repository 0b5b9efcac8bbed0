/**
 * SLA by priority (#31): per priority, the tickets whose first reply and resolution met the
 * target typed for it. A ticket counts by the help desk's own SLA status where the Tickets
 * tab has one (Freshdesk's First response / Resolution status, ServiceNow's made_sla), else
 * by its time against the target. First replies count by the month a ticket was created,
 * resolutions by the month it was solved, as tab 1 counts their times.
 */
export { byRank, slaDefaults, SLA_DEFAULTS, SLA_OTHER } from '../catalogue/sla';

import {
  columnRange,
  exactCriterion,
  otherThanCriterion,
  type TicketColumn,
  type TicketsRef,
} from './formulas';
import type { ChosenPeriod } from './month-choice';

/** Which tickets a row counts: one priority, those with one not listed, or those with none. */
export type SlaRow =
  { kind: 'name'; name: string } | { kind: 'others'; listed: string[] } | { kind: 'none' };

export const SLA_FIGURES = ['frt_n', 'frt_met', 'frt_pct', 'res_n', 'res_met', 'res_pct'] as const;
export type SlaFigure = (typeof SLA_FIGURES)[number];

/** The Tickets tab's columns an SLA count reads: the date it counts by, the time, the status. */
const MEASURES = {
  frt: { by: 'created', time: ['frt_h', 'frt_business_h'], status: 'frt_sla' },
  res: { by: 'solved', time: ['resolution_h', 'resolution_business_h'], status: 'resolution_sla' },
} as const;

/** Whether the Tickets tab has the desk's own SLA status of first replies and resolutions. */
export function deskStatuses(ref: TicketsRef | undefined): { frt: boolean; res: boolean } {
  return { frt: !!ref?.cols.frt_sla, res: !!ref?.cols.resolution_sla };
}

/**
 * The formulas of one priority row for one period: the tickets counted, those within the
 * target (cells `targets.frt`, `targets.res`) and their share; '' where the Tickets tab lacks
 * what a figure needs. `cell(f)` is the row's own cell of a figure. Blank while no month is
 * chosen or the row's target is not a number.
 */
export function slaRowFormulas(
  ref: TicketsRef | undefined,
  row: SlaRow,
  period: ChosenPeriod,
  targets: { frt: string; res: string },
  cell: (f: SlaFigure) => string,
): Record<SlaFigure, string> {
  const out = Object.fromEntries(SLA_FIGURES.map((f) => [f, ''])) as Record<SlaFigure, string>;
  if (!ref) return out;
  const col = (k: TicketColumn) => ref.cols[k] && columnRange(ref.sheet, ref.cols[k]!);
  const priority = col('priority');
  // The row's tickets as COUNTIFS criteria, each term added (+) or taken away (-): Others is
  // every ticket but the listed priorities', less those with no priority.
  const terms: [string, string][] =
    row.kind === 'name'
      ? priority
        ? [['', `,${priority},${exactCriterion(row.name)}`]]
        : []
      : row.kind === 'none'
        ? [['', priority ? `,${priority},""` : '']]
        : priority
          ? [
              ['', row.listed.map((n) => `,${priority},${otherThanCriterion(n)}`).join('')],
              ['-', `,${priority},""`],
            ]
          : [];
  for (const m of ['frt', 'res'] as const) {
    const { by, time, status } = MEASURES[m];
    const when = col(by);
    const t = col(time[ref.business ? 1 : 0]);
    const s = col(status);
    if (!when || (!t && !s)) continue;
    const target = targets[m];
    const within = `${when},">="&${period.from},${when},"<"&${period.to}`;
    const sum = (extra: string) =>
      terms.length
        ? terms
            .map(([sign, who], i) => `${i ? sign || '+' : sign}COUNTIFS(${within}${who}${extra})`)
            .join('')
        : '0';
    // A status where the ticket has one, else its time (a status column holds 1 or 0).
    const parts = (statusTest: string, timeTest: string) =>
      [s && sum(`,${s},${statusTest}`), t && sum(`${s ? `,${s},""` : ''},${t},">=0"${timeTest}`)]
        .filter(Boolean)
        .map((x) => (terms.length > 1 ? `(${x})` : x))
        .join('+');
    const guard = (expr: string) => `=IF(COUNT(${period.chosen},${target})<2,"",${expr})`;
    out[`${m}_n`] = guard(parts('">=0"', ''));
    out[`${m}_met`] = guard(parts('1', `,${t},"<="&${target}`));
    out[`${m}_pct`] = shareFormula(cell(`${m}_n`), cell(`${m}_met`));
  }
  return out;
}

/** met / n × 100, blank while either is blank or n is 0. */
export function shareFormula(n: string, met: string): string {
  return `=IF(COUNT(${n},${met})<2,"",IF(${n}=0,"",${met}/${n}*100))`;
}

/** A count of every ticket: the sum of the rows' counts, blank while any of them is. */
export function slaTotalFormula(cells: string[]): string {
  return `=IF(COUNT(${cells.join(',')})<${cells.length},"",SUM(${cells.join(',')}))`;
}
