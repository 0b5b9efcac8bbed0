/**
 * The Team tab's native formulas (DESIGN §7), in the canonical syntax of src/report/formulas.ts:
 * each figure of one row (an agent, a group, Others or every ticket) over the tickets solved
 * in a period, by COUNTIFS and SUMIFS over the Tickets tab with exact-match criteria.
 */
import type { TeamColumnId } from '../catalogue';
import { exactCriterion, otherThanCriterion, type TicketColumn, type TicketsRef } from './formulas';

/** The cells of a figure row: a percentage's count sits in `${id}_n`. */
export type TeamFigure = TeamColumnId | 'within_n' | 'csat_n' | 'one_touch_n' | 'reopened_n';
export const TEAM_FIGURES: TeamFigure[] = [
  'solved',
  'frt',
  'resolution',
  'within',
  'within_n',
  'csat',
  'csat_n',
  'one_touch',
  'one_touch_n',
  'reopened',
  'reopened_n',
];

/** Which tickets a row counts: one name, every name but the listed ones, or all of them. */
export type TeamRow =
  | { kind: 'name'; column: 'assignee' | 'group'; name: string }
  | { kind: 'others'; column: 'assignee' | 'group'; listed: string[] }
  | { kind: 'all' };

export interface TeamPeriod {
  /** A cell holding the period's first day (a date), or '' when no month is chosen. */
  from: string;
  /** An expression for the day after the period. */
  to: string;
  /** A cell holding the first day of the chosen month: every figure is blank without it. */
  chosen: string;
}

/**
 * The formulas of one row for one period. `cell(id)` is the A1 reference of the row's own
 * cell of a figure (a percentage divides by its count cell); `target` is the first-reply
 * target in hours. A figure whose Tickets-tab column is missing is '' (blank).
 */
export function teamRowFormulas(
  ref: TicketsRef,
  row: TeamRow,
  period: TeamPeriod,
  target: string,
  cell: (id: TeamFigure) => string,
): Record<TeamFigure, string> {
  const q = `'${ref.sheet.replace(/'/g, "''")}'!`;
  const col = (k: TicketColumn): string | undefined => {
    const l = ref.cols[k];
    return l && `${q}$${l}:$${l}`;
  };
  const out = Object.fromEntries(TEAM_FIGURES.map((f) => [f, ''])) as Record<TeamFigure, string>;
  const solved = col('solved');
  if (!solved) return out;
  let who = '';
  if (row.kind !== 'all') {
    const by = col(row.column);
    if (row.kind === 'name') {
      if (!by) return out;
      who = `,${by},${exactCriterion(row.name)}`;
    } else if (by) {
      who = row.listed.map((name) => `,${by},${otherThanCriterion(name)}`).join('');
    }
  }
  const when = `${solved},">="&${period.from},${solved},"<"&${period.to}`;
  const count = (extra = '') => `COUNTIFS(${when}${who}${extra})`;
  const sum = (range: string) => `SUMIFS(${range},${when}${who})`;
  const ifChosen = (expr: string) => `=IF(COUNT(${period.chosen})=0,"",${expr})`;
  /** part / the count cell × 100, blank while the count is blank or 0. */
  const share = (n: string, part: string) => `=IF(COUNT(${n})=0,"",IF(${n}=0,"",${part}/${n}*100))`;
  out.solved = ifChosen(count());
  const frt = col(ref.business ? 'frt_business_h' : 'frt_h');
  const res = col(ref.business ? 'resolution_business_h' : 'resolution_h');
  if (frt) {
    const n = cell('within_n');
    out.within_n = ifChosen(count(`,${frt},">=0"`));
    out.frt = `=IF(COUNT(${n})=0,"",IF(${n}=0,"",${sum(frt)}/${n}))`;
    out.within = `=IF(COUNT(${n},${target})<2,"",IF(${n}=0,"",${count(`,${frt},"<="&${target}`)}/${n}*100))`;
  }
  if (res) {
    const n = count(`,${res},">=0"`);
    out.resolution = ifChosen(`IF(${n}=0,"",${sum(res)}/${n})`);
  }
  const rating = col('rating');
  if (rating) {
    const good = count(`,${rating},"Good"`);
    out.csat_n = ifChosen(`${good}+${count(`,${rating},"Bad"`)}`);
    out.csat = share(cell('csat_n'), good);
  }
  const fc = col('first_contact');
  if (fc) {
    out.one_touch_n = ifChosen(count(`,${fc},">=0"`));
    out.one_touch = share(cell('one_touch_n'), count(`,${fc},1`));
  }
  const reopens = col('reopens');
  if (reopens) {
    out.reopened_n = ifChosen(count(`,${reopens},">=0"`));
    out.reopened = share(cell('reopened_n'), count(`,${reopens},">0"`));
  }
  return out;
}

/** The first day of a chosen month: a "2026-03" from the dropdown, or a date typed there. */
export function chosenMonthFormula(choice: string): string {
  return `=IF(ISNUMBER(${choice}),DATE(YEAR(${choice}),MONTH(${choice}),1),IFERROR(DATE(VALUE(LEFT(${choice},4)),VALUE(MID(${choice},6,2)),1),""))`;
}
