/** Tab 2, Ticket volume: tickets by category and by channel, month by month, with line charts. */
import { CATEGORY_IDS, CHANNEL_IDS, fill, type Messages } from '../i18n';
import {
  a1,
  differenceFormula,
  shareFormula,
  ticketCountFormula,
  totalFormula,
  type TicketsRef,
} from './formulas';
import { extractCountFormula, type ExtractRef } from './extract';
import {
  BACKLOG_AGES,
  backlogAgeFormula,
  backlogMomentFormula,
  backlogOldestFormula,
} from './backlog';
import {
  Cells,
  COLORS,
  DATETIME,
  monthsOf,
  type ChartSpec,
  type Options,
  type TabSpec,
  titleBand,
  labels,
} from './spec';

interface Table {
  prefix: string;
  heading: string;
  ids: readonly string[];
  names: Record<string, string>;
  /** From the Tickets tab: the file's own words, most frequent first (slot i ↔ ids[i]). */
  listed?: string[];
  column: 'category' | 'channel';
}

/** Most categories or channels a table lists by name; the rest count as Other. */
export const MAX_LISTED = 10;

/**
 * The rows of a table that lists the tickets' own words: the default rows are reused as the
 * first slots (so a report made before any import keeps its rows and what was typed in them),
 * then `t7`… up to ten, then Other.
 */
function slotIds(defaults: readonly string[], listed: number): string[] {
  const own = defaults.filter((id) => id !== 'other');
  const n = Math.max(Math.min(listed, MAX_LISTED), own.length);
  return [
    ...Array.from({ length: n }, (_x, i) => (i < own.length ? own[i] : `t${i + 1}`)),
    'other',
  ];
}

export function ticketVolume(
  o: Options,
  t: Messages,
  tickets?: TicketsRef,
  extract?: ExtractRef,
): TabSpec {
  const months = monthsOf(o, t);
  // Counted from a BigQuery extract when the report reads one, else from the Tickets tab.
  const count = (
    column: 'category' | 'channel',
    name: string | undefined,
    y: number,
    mo: number,
  ): string | undefined =>
    extract
      ? extractCountFormula(extract, column, name, y, mo)
      : tickets && ticketCountFormula(tickets, column, name, y, mo);
  const monthKeys = months.map((m) => m.key);
  const table = (
    prefix: string,
    heading: string,
    ids: readonly string[],
    names: Record<string, string>,
    column: 'category' | 'channel',
  ): Table => {
    const key = column === 'category' ? 'categories' : 'channels';
    const listed = extract
      ? (extract.breakdown?.[key] ?? [])
      : tickets?.cols.created && tickets.cols[column]
        ? tickets[key]
        : [];
    return listed.length
      ? { prefix, heading, ids: slotIds(ids, listed.length), names, listed, column }
      : { prefix, heading, ids, names, column };
  };
  const tables: Table[] = [
    table('cat', t.report.byCategory, CATEGORY_IDS, t.categories, 'category'),
    table('ch', t.report.byChannel, CHANNEL_IDS, t.channels, 'channel'),
  ];
  const rows = ['title', 'intro'];
  for (const table of tables) {
    rows.push(
      '',
      `${table.prefix}.head`,
      ...table.ids.map((id) => `${table.prefix}.${id}`),
      `${table.prefix}.total`,
      `${table.prefix}.diff`,
    );
  }
  const ages = BACKLOG_AGES.map((a) => `bl.${a.id}`);
  rows.push('', 'bl.head', ...ages, 'bl.total', 'bl.oldest', 'bl.at', 'bl.note');
  const cols = ['label', ...monthKeys, 'total', 'share'];
  return {
    key: 'volume',
    name: t.tabs.volume,
    rows,
    cols,
    frozenRows: 0,
    frozenCols: 1,
    widths: { label: 190 },
    render(L, tabs) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      text('title', 'label', fill(t.report.volumeTitle, { year: o.year }), { bold: true });
      titleBand(c, L, cols);
      text('intro', 'label', t.report.volumeIntro);
      const monthRuns = L.colRuns(monthKeys);
      const tab1 = tabs.layout('metrics');
      const created = `${tabs.ref('metrics')}!`;
      const charts: ChartSpec[] = [];
      for (const table of tables) {
        const head = `${table.prefix}.head`;
        const totalKey = `${table.prefix}.total`;
        const headRow = L.row(head);
        const totalRow = L.row(totalKey);
        text(head, 'label', table.heading, { bold: true, background: COLORS.header });
        months.forEach((m) =>
          text(head, m.key, m.label, { bold: true, background: COLORS.header }),
        );
        text(head, 'total', t.report.total, { bold: true, background: COLORS.header });
        text(head, 'share', t.report.share, { bold: true, background: COLORS.header });
        const grand = a1(totalRow, col('total'));
        // Every row between the heading and the total counts: ours and any the user inserted.
        const body = Array.from(
          { length: Math.max(0, totalRow - headRow - 1) },
          (_x, i) => headRow + 1 + i,
        );
        for (const r of body) {
          const owned = L.ownsRow(r);
          const rowRanges = monthRuns.map(([c0, c1]) =>
            c0 === c1 ? a1(r, c0) : `${a1(r, c0)}:${a1(r, c1)}`,
          );
          c.set(r, col('total'), {
            kind: 'formula',
            value: totalFormula(rowRanges),
            format: '#,##0',
          });
          c.set(r, col('share'), {
            kind: 'formula',
            value: shareFormula(a1(r, col('total')), grand),
            format: '0.0"%"',
          });
          if (!owned) continue;
        }
        const listed = table.listed;
        table.ids.forEach((id, i) => {
          const rk = `${table.prefix}.${id}`;
          if (listed) {
            // Counted from the Tickets tab: a slot per name, Other for the rest.
            const other = id === 'other';
            const name = other ? undefined : listed[i];
            text(rk, 'label', other ? table.names.other : (name ?? ''));
            for (const m of monthKeys) {
              const [y, mo] = m.split('-').map(Number);
              let value = '';
              if (other) {
                const slots = table.ids
                  .slice(0, -1)
                  .filter((_s, k) => listed[k] !== undefined)
                  .map((s) => a1(L.row(`${table.prefix}.${s}`), col(m)));
                const all = count(table.column, undefined, y, mo);
                value = all ? `=${all}${slots.length ? `-SUM(${slots.join(',')})` : ''}` : '';
              } else if (name !== undefined) {
                const f = count(table.column, name, y, mo);
                value = f ? `=${f}` : '';
              }
              c.set(L.row(rk), col(m), {
                kind: 'formula',
                value,
                format: '#,##0',
                background: value ? COLORS.fromTickets : undefined,
              });
            }
            return;
          }
          text(rk, 'label', table.names[id]);
          for (const m of monthKeys)
            c.set(L.row(rk), col(m), {
              kind: 'input',
              value: '',
              format: '#,##0',
              background: COLORS.input,
              validate: 'count',
            });
        });
        // Slots a Tickets tab added (its seventh category…), when there is no tab any more:
        // the add-on's label and counts go; whatever the user typed there stays.
        if (!listed)
          for (const rk of L.rows.keys()) {
            if (!new RegExp(`^${table.prefix}\\.t\\d+$`).test(rk)) continue;
            text(rk, 'label', '');
            for (const m of monthKeys) c.set(L.row(rk), col(m), { kind: 'formula', value: '' });
          }
        text(totalKey, 'label', t.report.total, { bold: true });
        const sumOf = (ck: string) =>
          body.length ? [`${a1(body[0], col(ck))}:${a1(body[body.length - 1], col(ck))}`] : [];
        for (const ck of [...monthKeys, 'total']) {
          const ranges = sumOf(ck);
          c.set(totalRow, col(ck), {
            kind: 'formula',
            value: ranges.length ? totalFormula(ranges) : '',
            format: '#,##0',
            bold: true,
          });
        }
        c.set(totalRow, col('share'), {
          kind: 'formula',
          value: shareFormula(grand, grand),
          format: '0.0"%"',
          bold: true,
        });
        // A check against tab 1: the table's total minus the tickets created typed there.
        const diff = `${table.prefix}.diff`;
        text(diff, 'label', t.report.difference);
        for (const ck of [...monthKeys, 'total']) {
          const tab1Col = ck === 'total' ? 'ytd' : ck;
          c.set(L.row(diff), col(ck), {
            kind: 'formula',
            value: differenceFormula(
              a1(totalRow, col(ck)),
              `${created}${tab1.a1('i.tickets_created', tab1Col)}`,
            ),
            format: '#,##0;-#,##0;0',
          });
        }
        const lastMonth = Math.max(...monthKeys.map(col));
        charts.push({
          id: table.prefix,
          title: table.heading,
          block: {
            row: headRow,
            col: col('label'),
            rows: Math.max(1, totalRow - headRow),
            cols: lastMonth - col('label') + 1,
          },
          anchor: { row: L.row('title') + charts.length * 21, col: col('share') + 2 },
        });
      }

      // Backlog by age at each month's end, from the Tickets tab (an extract holds no ages).
      text('bl.head', 'label', t.backlog.heading, { bold: true, background: COLORS.header });
      months.forEach((m) =>
        text('bl.head', m.key, m.label, { bold: true, background: COLORS.header }),
      );
      const from = extract ? undefined : tickets;
      const formula = (rk: string, m: string, value: string | undefined, format: string) =>
        c.set(L.row(rk), col(m), {
          kind: 'formula',
          value: value ?? '',
          format,
          background: value ? COLORS.fromTickets : undefined,
        });
      BACKLOG_AGES.forEach((age) => text(`bl.${age.id}`, 'label', t.backlog.ages[age.id]));
      text('bl.total', 'label', t.backlog.total, { bold: true });
      text('bl.oldest', 'label', t.backlog.oldest);
      text('bl.at', 'label', t.backlog.at);
      text('bl.note', 'label', t.backlog.note);
      for (const m of monthKeys) {
        const [y, mo] = m.split('-').map(Number);
        const at = a1(L.row('bl.at'), col(m));
        formula('bl.at', m, from && backlogMomentFormula(y, mo), DATETIME);
        for (const age of BACKLOG_AGES)
          formula(`bl.${age.id}`, m, from && backlogAgeFormula(from, at, age), '#,##0');
        const bands = ages.map((rk) => a1(L.row(rk), col(m)));
        formula(
          'bl.total',
          m,
          from?.cols.created && from.cols.solved
            ? `=IF(COUNT(${at})=0,"",SUM(${bands[0]}:${bands[bands.length - 1]}))`
            : undefined,
          '#,##0',
        );
        formula(
          'bl.oldest',
          m,
          from && backlogOldestFormula(from, at, a1(L.row('bl.total'), col(m))),
          '0.0',
        );
      }
      const lastMonth = Math.max(...monthKeys.map(col));
      charts.push({
        id: 'bl',
        title: t.backlog.heading,
        block: {
          row: L.row('bl.head'),
          col: col('label'),
          rows: ages.length + 1,
          cols: lastMonth - col('label') + 1,
        },
        anchor: { row: L.row('title') + charts.length * 21, col: col('share') + 2 },
      });
      return { cells: c.map, rules: [], protect: [], charts };
    },
  };
}
