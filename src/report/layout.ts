/**
 * Where the report's own rows and columns are now. The spec names rows and columns by key
 * ("i.promoters", "2026-03"); a Layout turns keys into positions, which on a new tab are
 * the canonical ones and on an existing tab come from the developer metadata the add-on put
 * on them (so rows and columns the user inserted, deleted or moved are accounted for).
 */
import { a1, columnLetters, quoteSheet } from './formulas';

export class Layout {
  constructor(
    readonly rows: ReadonlyMap<string, number>,
    readonly cols: ReadonlyMap<string, number>,
  ) {}

  /** The canonical layout of a new tab: keys in order from row 1 and column A ('' skipped). */
  static canonical(rowKeys: readonly string[], colKeys: readonly string[]): Layout {
    const index = (keys: readonly string[]) =>
      new Map(keys.flatMap((k, i) => (k ? [[k, i + 1] as [string, number]] : [])));
    return new Layout(index(rowKeys), index(colKeys));
  }

  row(key: string): number {
    const r = this.rows.get(key);
    if (r === undefined) throw new Error(`the report has no row "${key}"`);
    return r;
  }

  col(key: string): number {
    const c = this.cols.get(key);
    if (c === undefined) throw new Error(`the report has no column "${key}"`);
    return c;
  }

  /** Whether a row position is one of the add-on's (otherwise the user's). */
  ownsRow(position: number): boolean {
    return this.ownedRows.has(position);
  }

  private get ownedRows(): Set<number> {
    return (this.rowSet ??= new Set(this.rows.values()));
  }
  private rowSet?: Set<number>;

  a1(rowKey: string, colKey: string): string {
    return a1(this.row(rowKey), this.col(colKey));
  }

  /**
   * The columns of `colKeys` grouped into runs of adjacent columns, left to right, so a
   * formula over them skips any column the user inserted between (a "Q1" column of theirs
   * is not counted twice).
   */
  colRuns(colKeys: readonly string[]): [number, number][] {
    const cols = colKeys.map((k) => this.col(k)).sort((x, y) => x - y);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    return runs;
  }

  /** The A1 ranges of one row over column runs: "E5:G5", "I5:P5". */
  rowRanges(rowKey: string, runs: readonly [number, number][]): string[] {
    const r = this.row(rowKey);
    return runs.map(([c0, c1]) => (c0 === c1 ? a1(r, c0) : `${a1(r, c0)}:${a1(r, c1)}`));
  }
}

/** The layouts and current names of the report's tabs, for formulas that cross tabs. */
export interface Tabs {
  has(tab: string): boolean;
  layout(tab: string): Layout;
  /** The tab's name as formulas quote it, e.g. 'Monthly metrics'. */
  ref(tab: string): string;
}

export function tabsOf(entries: Record<string, { layout: Layout; name: string }>): Tabs {
  return {
    has: (tab) => tab in entries,
    layout(tab) {
      const e = entries[tab];
      if (!e) throw new Error(`the report has no tab "${tab}"`);
      return e.layout;
    },
    ref(tab) {
      const e = entries[tab];
      if (!e) throw new Error(`the report has no tab "${tab}"`);
      return quoteSheet(e.name);
    },
  };
}

export { columnLetters };
