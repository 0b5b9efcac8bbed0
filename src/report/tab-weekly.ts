/**
 * The Weekly tab (#31): the last 13 ISO weeks (Monday first, in the spreadsheet's zone, as
 * the Tickets tab's dates are) over the Tickets tab: tickets created and solved, mean and
 * median first reply (by the week created, as tab 1), CSAT (by the week solved) and the
 * backlog at the week's end. The latest week's Monday is an input that starts as a formula
 * of TODAY(), so the weeks move on by themselves; a date typed there holds them.
 */
import { fill, type Messages } from '../i18n';
import {
  a1,
  boundedTickets,
  columnRange,
  orderStatistic,
  type TicketColumn,
  type TicketsRef,
} from './formulas';
import { absolute, Cells, COLORS, titleBand, type Options, type TabSpec, labels } from './spec';

/** How many weeks the tab shows, the latest last. */
export const WEEKS = 13;
export const WEEKLY_COLUMNS = [
  'start',
  'created',
  'solved',
  'frt',
  'frt_median',
  'csat',
  'backlog',
] as const;
export type WeeklyColumn = (typeof WEEKLY_COLUMNS)[number];

/** The Monday of the week of today: WEEKDAY(…, 3) counts Monday as 0. */
export const THIS_MONDAY = '=TODAY()-WEEKDAY(TODAY(),3)';

const weekKey = (i: number) => `w${i + 1}`;

/**
 * A week's figures, its Monday in cell `start` (blank when that is): formulas by column, ''
 * where the Tickets tab lacks what a figure needs.
 */
export function weeklyRowFormulas(
  ref: TicketsRef | undefined,
  start: string,
): Record<Exclude<WeeklyColumn, 'start'>, string> {
  const out = { created: '', solved: '', frt: '', frt_median: '', csat: '', backlog: '' };
  const col = (k: TicketColumn) => ref?.cols[k] && columnRange(ref.sheet, ref.cols[k]!);
  const created = col('created');
  if (!ref || !created) return out;
  const end = `(${start}+7)`;
  const inWeek = (r: string) => `${r},">="&${start},${r},"<"&${end}`;
  const ifWeek = (expr: string) => `=IF(COUNT(${start})=0,"",${expr})`;
  out.created = ifWeek(`COUNTIFS(${inWeek(created)})`);
  const solved = col('solved');
  if (solved) {
    out.solved = ifWeek(`COUNTIFS(${inWeek(solved)})`);
    out.backlog = ifWeek(
      `COUNTIFS(${created},"<"&${end})-COUNTIFS(${created},"<"&${end},${solved},"<"&${end})`,
    );
  }
  const frtKey: TicketColumn = ref.business ? 'frt_business_h' : 'frt_h';
  const frt = col(frtKey);
  if (frt) {
    const n = `COUNTIFS(${inWeek(created)},${frt},">=0")`;
    out.frt = ifWeek(`IF(${n}=0,"",SUMIFS(${frt},${inWeek(created)})/${n})`);
    const b = boundedTickets(ref);
    const median = orderStatistic(
      'median',
      b.range(ref.cols.created!),
      b.range(ref.cols[frtKey]!),
      start,
      end,
      undefined,
      b.beyond(ref.cols.created!),
    );
    out.frt_median = `=ARRAYFORMULA(IF(COUNT(${start})=0,"",${median}))`;
  }
  const rating = col('rating');
  if (solved && rating) {
    const good = `COUNTIFS(${inWeek(solved)},${rating},"Good")`;
    const n = `(${good}+COUNTIFS(${inWeek(solved)},${rating},"Bad"))`;
    out.csat = ifWeek(`IF(${n}=0,"",${good}/${n}*100)`);
  }
  return out;
}

/** The tab over the Tickets tab; its figures blank without one, or over a BigQuery extract. */
export function weekly(o: Options, t: Messages, tickets?: TicketsRef, extract?: boolean): TabSpec {
  const source = extract ? undefined : tickets;
  const w = t.weekly;
  const weeks = Array.from({ length: WEEKS }, (_x, i) => weekKey(i));
  const rows = ['title', 'intro', 'latest', '', 'head', ...weeks];
  const cols = ['label', ...WEEKLY_COLUMNS];
  return {
    key: 'weekly',
    name: t.tabs.weekly,
    rows,
    cols,
    frozenRows: 0,
    frozenCols: 1,
    widths: { label: 160 },
    render(L) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      text('title', 'label', fill(w.title, { year: o.year }), { bold: true });
      titleBand(c, L, cols);
      text('intro', 'label', extract ? `${w.intro} ${w.noExtract}` : w.intro);
      text('latest', 'label', w.latest, { bold: true });
      c.set(L.row('latest'), col('start'), {
        kind: 'input',
        value: THIS_MONDAY,
        format: w.dateFormat,
        background: COLORS.input,
      });
      const latest = absolute(L.row('latest'), col('start'));
      const header = { bold: true, background: COLORS.header, wrap: true };
      text('head', 'label', w.week, header);
      for (const ck of WEEKLY_COLUMNS) text('head', ck, w.columns[ck], header);
      const formats: Record<WeeklyColumn, string> = {
        start: w.dateFormat,
        created: '#,##0',
        solved: '#,##0',
        frt: '0.0#',
        frt_median: '0.0#',
        csat: '0.0"%"',
        backlog: '#,##0',
      };
      weeks.forEach((rk, i) => {
        const r = L.row(rk);
        const start = a1(r, col('start'));
        // Oldest first: the Monday of the latest week (of the day typed there, whichever day it
        // is) less 7 days for each week after this one.
        const monday = `IF(ISNUMBER(${latest}),INT(${latest})-WEEKDAY(${latest},3)-7*${WEEKS - 1 - i},"")`;
        c.set(r, col('start'), { kind: 'formula', value: `=${monday}`, format: formats.start });
        // ISO week: the year of the week's Thursday, and which of that year's Thursdays it is
        // (counted, not ISOWEEKNUM: HyperFormula gives 29 Dec 2025 week 53, not 1).
        const thursday = `(${start}+3)`;
        c.set(r, col('label'), {
          kind: 'formula',
          value: `=IF(COUNT(${start})=0,"",YEAR(${thursday})&"-W"&TEXT(INT((${thursday}-DATE(YEAR(${thursday}),1,1))/7)+1,"00"))`,
        });
        const figures = weeklyRowFormulas(source, start);
        for (const ck of WEEKLY_COLUMNS.slice(1) as Exclude<WeeklyColumn, 'start'>[])
          c.set(r, col(ck), {
            kind: 'formula',
            value: figures[ck],
            format: formats[ck],
            background: figures[ck] ? COLORS.fromTickets : undefined,
          });
      });
      return { cells: c.map, rules: [], protect: [], charts: [] };
    },
  };
}
