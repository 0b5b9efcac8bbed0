/**
 * Every native formula of the report is rendered here, in canonical en-US syntax (the
 * syntax Apps Script's setValues/setFormula expect whatever the spreadsheet's locale):
 * commas between arguments and no decimal literals, so nothing a comma-decimal locale
 * could misread. Only native functions: IF, OR, COUNT, SUM, AVERAGE, ISNUMBER, SQRT, NORMSINV.
 */
import type { Metric, YearToDate } from '../catalogue';

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A1 range of a block. */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

function substitute(template: string, refs: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_all, id: string) => {
    const ref = refs[id];
    if (!ref) throw new Error(`no cell for input "${id}"`);
    return ref;
  });
}

/**
 * A metric over input cells: blank while any input is blank or a divisor is 0, so an
 * unfilled month shows blank instead of #DIV/0!.
 */
export function metricFormula(metric: Metric, refs: Record<string, string>): string {
  const cells = metric.inputs.map((i) => refs[i.id]);
  const guards = [
    `COUNT(${cells.join(',')})<${cells.length}`,
    ...metric.native.nonzero.map((z) => `${substitute(z, refs)}=0`),
  ];
  const test = guards.length === 1 ? guards[0] : `OR(${guards.join(',')})`;
  return `=IF(${test},"",${substitute(metric.native.expr, refs)})`;
}

/** First (or last) number in a row of cells, by plain nested IFs: no array formulas. */
function firstNumber(cells: string[]): string {
  return cells.reduceRight((inner, cell) => `IF(ISNUMBER(${cell}),${cell},${inner})`, '""');
}

/** Year to date of one input row over the month cells (left to right). */
export function yearToDateFormula(how: YearToDate, monthCells: string[]): string {
  const range = `${monthCells[0]}:${monthCells[monthCells.length - 1]}`;
  switch (how) {
    case 'sum':
      return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
    case 'average':
      return `=IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
    case 'first':
      return `=${firstNumber(monthCells)}`;
    case 'last':
      return `=${firstNumber([...monthCells].reverse())}`;
  }
}

/**
 * Stands for the Monthly metrics tab in formulas of the other tabs; replaced by the tab's
 * actual (quoted) name when it is written, since a name the user already has becomes "… (2)".
 */
export const METRICS_TAB = '{{metrics-tab}}';

/** A sheet name as formulas quote it: 'Monthly metrics', with ' doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Puts the Monthly metrics tab's actual name into the formulas of a grid that refer to it. */
export function resolveTabRefs(values: unknown[][], metricsName: string): void {
  const quoted = quoteSheet(metricsName);
  for (const row of values) {
    row.forEach((v, c) => {
      if (typeof v === 'string' && v.includes(METRICS_TAB))
        row[c] = v.split(METRICS_TAB).join(quoted);
    });
  }
}

/** a − b, blank unless both are numbers. */
export function differenceFormula(a: string, b: string): string {
  return `=IF(COUNT(${a},${b})<2,"",${a}-${b})`;
}

/** Sum of a block, blank when the block is empty. */
export function totalFormula(range: string): string {
  return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
}

/** part / whole × 100, blank when either is blank or the whole is 0. */
export function shareFormula(part: string, whole: string): string {
  return `=IF(OR(COUNT(${part},${whole})<2,${whole}=0),"",${part}/${whole}*100)`;
}

/**
 * Conditional-format test, written for the first cell of the rule's range (Sheets shifts
 * relative references across the range; `$` columns stay): the cell meets (or misses) the
 * row's target, in the direction its ↑/↓ cell gives.
 */
/** The marks of tab 1's "good when" column; the conditional formats read them. */
export const UP = '↑';
export const DOWN = '↓';

export function targetTest(
  cell: string,
  target: string,
  direction: string,
  meets: boolean,
): string {
  const ok = `IF(${direction}="${DOWN}",${cell}<=${target},${cell}>=${target})`;
  return `=AND(ISNUMBER(${cell}),ISNUMBER(${target}),${meets ? ok : `NOT(${ok})`})`;
}

/** Validation formula for an input cell: blank, or a number ≥ 0 (whole for counts). */
export function inputRule(cell: string, whole: boolean): string {
  return whole
    ? `=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0,${cell}=INT(${cell})))`
    : `=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0))`;
}
