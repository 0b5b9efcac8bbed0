/**
 * Turns a rendered tab into batched Spreadsheet calls.
 *
 * A new tab is written in one pass: a handful of whole-grid calls, then one metadata entry
 * per row and column the add-on owns.
 *
 * An existing tab is updated in place. Rows and columns of the spec that are missing (a new
 * version's rows, or ones the user deleted) are inserted; the block the add-on owns is read
 * once; every cell is compared with what the spec wants; and only the difference is
 * written, in as few rectangles as possible. What the user typed or added wins: inputs are
 * never written again, a value typed over a formula stays, a label the user reworded stays,
 * and a colour, number format or validation that is not the add-on's stays. A rectangle
 * that must include a cell of the user's rewrites it with exactly what it holds, and only
 * when that is lossless (a formula, a number, a blank — never a date or the user's text).
 * Every change goes into the journal with its undo.
 */
import { fill, type Messages } from '../i18n';
import { a1, columnLetters, inputRule } from './formulas';
import type {
  Cell,
  Chart,
  ConditionalFormatRule,
  DataValidation,
  Range,
  Services,
  Sheet,
} from './gas';
import type { Journal } from './journal';
import { Layout, type Tabs } from './layout';
import {
  COLORS,
  isOwnFormat,
  OWN_BACKGROUNDS,
  type Block,
  type CellSpec,
  type ChartSpec,
  type InputKind,
  type Rendered,
  type RuleSpec,
  type TabSpec,
} from './spec';
import { fingerprint, META_KEY, type FoundTab, type TabState } from './tabstate';

/** A problem the user can fix, told in their words; the sidebar shows it as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The add-on's own texts in every language, to recognise its rules, protections and validations. */
export interface Known {
  helpTexts: Set<string>;
  protections: Set<string>;
}

export interface WriteContext {
  svc: Services;
  journal: Journal;
  t: Messages;
  known: Known;
  /** Tabs written so far (tab 2's formulas refer to tab 1). */
  tabs: Tabs & { set(tab: string, layout: Layout, name: string): void };
  /** The rest of the tab's state (tab, period, language, currency, name given). */
  base: Omit<TabState, 'w' | 'ch'>;
}

export interface Written {
  sheet: Sheet;
  name: string;
  /** Rows and columns inserted into an existing tab (0 for a new tab). */
  inserted: number;
  /** Texts and values of the user's that stayed where the spec has its own. */
  kept: number;
}

/** Cells by position: "row,col". */
const at = (row: number, col: number) => `${row},${col}`;

/** Text is written with a leading apostrophe, so Sheets keeps it as text ("Jan 2026" stays). */
const asText = (s: string) => (s === '' ? '' : `'${s}`);

function validationRule(
  svc: Services,
  kind: InputKind | { list: string[] },
  cell: string,
  t: Messages,
): DataValidation {
  if (typeof kind === 'object')
    return svc.SpreadsheetApp.newDataValidation()
      .requireValueInList(kind.list, true)
      .setAllowInvalid(false)
      .setHelpText(t.team.validationMonth)
      .build();
  const help =
    kind === 'count'
      ? t.report.validationCount
      : kind === 'amount'
        ? t.report.validationAmount
        : t.report.validationNumber;
  const formula =
    kind === 'number'
      ? `=OR(ISBLANK(${cell}),ISNUMBER(${cell}))`
      : inputRule(cell, kind === 'count');
  return svc.SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied(formula)
    .setAllowInvalid(false)
    .setHelpText(help)
    .build();
}

function buildRule(svc: Services, sheet: Sheet, rule: RuleSpec): ConditionalFormatRule {
  return svc.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(rule.formula)
    .setBackground(rule.background)
    .setFontColor(rule.fontColor)
    .setRanges(rule.ranges.map((b) => sheet.getRange(b.row, b.col, b.rows, b.cols)))
    .build();
}

function rangeOf(sheet: Sheet, b: Block): Range {
  return sheet.getRange(b.row, b.col, b.rows, b.cols);
}

function addChart(svc: Services, sheet: Sheet, chart: ChartSpec): void {
  const bar = chart.type === 'bar';
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(bar ? svc.enums.chartTypeBar : svc.enums.chartTypeLine)
      .addRange(rangeOf(sheet, chart.block))
      .setTransposeRowsAndColumns(!bar)
      .setNumHeaders(1)
      .setOption('title', chart.title)
      .setOption('legend', { position: bar ? 'none' : 'right' })
      .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
      .build(),
  );
}

function fingerprints(
  rendered: Rendered,
  keep: (cell: CellSpec) => boolean,
): Record<string, string> {
  const w: Record<string, string> = {};
  for (const cell of rendered.cells.values())
    if (cell.kind === 'text' && cell.key && cell.value !== '' && keep(cell))
      w[cell.key] = fingerprint(String(cell.value));
  return w;
}

function tagRows(
  svc: Services,
  sheet: Sheet,
  keys: Map<string, number>,
  axis: 'row' | 'col',
): void {
  for (const [key, pos] of keys) {
    const ref = axis === 'row' ? `${pos}:${pos}` : `${columnLetters(pos)}:${columnLetters(pos)}`;
    sheet.getRange(ref).addDeveloperMetadata(META_KEY, key, svc.enums.visibilityDocument);
  }
}

/** Writes a spec into a new, empty sheet. */
/** The columns of a sheet Sheets has just inserted. */
const NEW_SHEET_COLUMNS = 26;

export function createTab(ctx: WriteContext, sheet: Sheet, spec: TabSpec, name: string): Written {
  const { svc, t } = ctx;
  const layout = Layout.canonical(spec.rows, spec.cols);
  ctx.tabs.set(spec.key, layout, name);
  const rendered = spec.render(layout, ctx.tabs);
  const rows = spec.rows.length;
  const cols = spec.cols.length;
  const grid = <T>(v: T) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
  const values = grid<Cell>('');
  const formats = grid('General');
  const weights = grid<'bold' | null>(null);
  const backgrounds = grid<string | null>(null);
  const validations = grid<DataValidation | null>(null);
  const wraps = grid(false);
  let anyValidation = false;
  let anyWrap = false;
  for (const [key, cell] of rendered.cells) {
    const [r, c] = key.split(',').map(Number);
    const i = r - 1;
    const j = c - 1;
    values[i][j] =
      cell.kind === 'style' ? '' : cell.kind === 'text' ? asText(String(cell.value)) : cell.value;
    formats[i][j] = cell.format ?? 'General';
    weights[i][j] = cell.bold ? 'bold' : null;
    backgrounds[i][j] = cell.background ?? null;
    if (cell.validate) {
      validations[i][j] = validationRule(svc, cell.validate, a1(r, c), t);
      anyValidation = true;
    }
    if (cell.wrap) wraps[i][j] = anyWrap = true;
  }
  // A new sheet has 26 columns (Sheets' default); a wider tab (the Team tab) gets the rest.
  // No journal entry: undoing the creation deletes the sheet.
  if (cols > NEW_SHEET_COLUMNS) {
    const have = sheet.getMaxColumns();
    if (cols > have) sheet.insertColumnsAfter(have, cols - have);
  }
  const all = sheet.getRange(1, 1, rows, cols);
  all.setValues(values);
  all.setNumberFormats(formats);
  all.setFontWeights(weights);
  all.setBackgrounds(backgrounds);
  if (anyValidation) all.setDataValidations(validations);
  if (anyWrap) all.setWraps(wraps);
  tagRows(svc, sheet, new Map(layout.rows), 'row');
  tagRows(svc, sheet, new Map(layout.cols), 'col');
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenCols) sheet.setFrozenColumns(spec.frozenCols);
  for (const [key, px] of Object.entries(spec.widths)) sheet.setColumnWidth(layout.col(key), px);
  if (rendered.rules.length)
    sheet.setConditionalFormatRules(rendered.rules.map((r) => buildRule(svc, sheet, r)));
  for (const b of rendered.protect)
    rangeOf(sheet, b).protect().setWarningOnly(true).setDescription(t.report.protectedWarning);
  const ch: Record<string, number> = {};
  if (rendered.charts.length) {
    for (const chart of rendered.charts) addChart(svc, sheet, chart);
    sheet.getCharts().forEach((chart, i) => {
      const id = chart.getChartId();
      if (id !== null && rendered.charts[i]) ch[rendered.charts[i].id] = id;
    });
  }
  const state: TabState = {
    ...ctx.base,
    w: fingerprints(rendered, () => true),
    ...(rendered.charts.length ? { ch } : {}),
  };
  sheet.addDeveloperMetadata(META_KEY, JSON.stringify(state), svc.enums.visibilityDocument);
  return { sheet, name, inserted: 0, kept: 0 };
}

/**
 * Inserts the spec's rows (or columns) that the tab lacks, each group after the nearest of
 * the add-on's rows before it, tags them, and returns the keys it inserted.
 */
function insertMissing(
  ctx: WriteContext,
  sheet: Sheet,
  keys: string[],
  have: Map<string, number>,
  axis: 'row' | 'col',
): Set<string> {
  const inserted = new Set<string>();
  let prev: number | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key) continue;
    if (have.has(key)) {
      prev = have.get(key)!;
      continue;
    }
    const group: string[] = [];
    while (i < keys.length && (!keys[i] || !have.has(keys[i]))) {
      if (keys[i]) group.push(keys[i]);
      i++;
    }
    i--;
    const next = keys.slice(i + 1).find((k) => k && have.has(k));
    const start: number = prev !== null ? prev + 1 : next !== undefined ? have.get(next)! : 1;
    const n = group.length;
    if (axis === 'row') {
      if (start > 1) sheet.insertRowsAfter(start - 1, n);
      else sheet.insertRowsBefore(1, n);
      ctx.journal.done(() => sheet.deleteRows(start, n));
    } else {
      if (start > 1) sheet.insertColumnsAfter(start - 1, n);
      else sheet.insertColumnsBefore(1, n);
      ctx.journal.done(() => sheet.deleteColumns(start, n));
    }
    for (const [k, p] of have) if (p >= start) have.set(k, p + n);
    const added = new Map(group.map((k, j) => [k, start + j] as [string, number]));
    tagRows(ctx.svc, sheet, added, axis);
    for (const [k, p] of added) {
      have.set(k, p);
      inserted.add(k);
    }
    prev = start + n - 1;
  }
  return inserted;
}

/** The current content of a block, as read once. */
interface Current {
  r0: number;
  c0: number;
  values: Cell[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  validations: (DataValidation | null)[][];
}

/**
 * Rectangles covering every cell in `cells` and no cell that may not be rewritten. Greedy:
 * from the first uncovered cell, grow right, then down, while cells are to write or safe to
 * rewrite; trailing rows and columns with nothing to write are trimmed.
 */
export function rectangles(
  cells: ReadonlySet<string>,
  safe: (row: number, col: number) => boolean,
  bounds: Block,
): Block[] {
  const ok = (r: number, c: number) => cells.has(at(r, c)) || safe(r, c);
  const sorted = [...cells]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const covered = new Set<string>();
  const out: Block[] = [];
  const lastCol = bounds.col + bounds.cols - 1;
  const lastRow = bounds.row + bounds.rows - 1;
  for (const [r, c] of sorted) {
    if (covered.has(at(r, c))) continue;
    let c1 = c;
    for (let x = c + 1; x <= lastCol && ok(r, x); x++) if (cells.has(at(r, x))) c1 = x;
    let r1 = r;
    for (let y = r + 1; y <= lastRow; y++) {
      let all = true;
      let any = false;
      for (let x = c; x <= c1; x++) {
        if (!ok(y, x)) {
          all = false;
          break;
        }
        if (cells.has(at(y, x))) any = true;
      }
      if (!all) break;
      if (any) r1 = y;
    }
    for (let y = r; y <= r1; y++) for (let x = c; x <= c1; x++) covered.add(at(y, x));
    out.push({ row: r, col: c, rows: r1 - r + 1, cols: c1 - c + 1 });
  }
  return out;
}

/** The shape of the add-on's counts over the Tickets tab (src/report/formulas.ts). */
const TICKET_FORMULA = /^=(COUNTIFS|SUMIFS)\(.*DATE\(\d+,\d+,1\)/;
/** The shape of its lookups in a BigQuery extract (src/report/extract.ts). */
const EXTRACT_LOOKUP = /^=IF\(COUNTIFS\(.*,"\d{4}-\d{2}"\)=0,"",SUMIFS\(/;

/** Updates a tab in place to what the spec wants, keeping everything that is the user's. */
export function updateTab(
  ctx: WriteContext,
  found: FoundTab,
  spec: TabSpec,
  name: string,
): Written {
  const { svc, t, journal } = ctx;
  const { sheet, state } = found;
  const newCols = insertMissing(ctx, sheet, spec.cols, found.cols, 'col');
  const newRows = insertMissing(ctx, sheet, spec.rows, found.rows, 'row');
  const layout = new Layout(found.rows, found.cols);
  ctx.tabs.set(spec.key, layout, name);
  const rendered = spec.render(layout, ctx.tabs);
  const newRowPos = new Set([...newRows].map((k) => layout.row(k)));
  const newColPos = new Set([...newCols].map((k) => layout.col(k)));
  const isNew = (r: number, c: number) => newRowPos.has(r) || newColPos.has(c);

  // Read the block the add-on owns, once.
  let r0 = Infinity;
  let r1 = 0;
  let c0 = Infinity;
  let c1 = 0;
  for (const key of rendered.cells.keys()) {
    const [r, c] = key.split(',').map(Number);
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    c0 = Math.min(c0, c);
    c1 = Math.max(c1, c);
  }
  const bounds: Block = { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  const block = rangeOf(sheet, bounds);
  const cur: Current = {
    r0,
    c0,
    values: block.getValues(),
    formulas: block.getFormulas(),
    formats: block.getNumberFormats(),
    backgrounds: block.getBackgrounds(),
    validations: block.getDataValidations(),
  };
  const get = <T>(grid: T[][], r: number, c: number): T => grid[r - r0][c - c0];

  checkLabels(spec, layout, rendered, cur, state, name, t);

  // Decide, cell by cell, what changes.
  const values = new Map<string, Cell>();
  const formats = new Map<string, string>();
  const backgrounds = new Map<string, string | null>();
  const validations = new Map<string, DataValidation | null>();
  const ownText = new Set<string>();
  const keptTexts = new Set<string>();
  let kept = 0;
  for (const [key, cell] of rendered.cells) {
    const [r, c] = key.split(',').map(Number);
    const fresh = isNew(r, c);
    const value = get(cur.values, r, c);
    const formula = get(cur.formulas, r, c);
    if (cell.kind === 'text') {
      const want = String(cell.value);
      if (fresh) values.set(key, asText(want));
      else if (formula === '' && value === want) ownText.add(key);
      else if (
        formula === '' &&
        (value === '' ||
          (typeof value === 'string' && fingerprint(value) === state.w[cell.key ?? '']))
      ) {
        values.set(key, asText(want));
      } else {
        keptTexts.add(cell.key ?? key);
        kept++;
      }
    } else if (cell.kind === 'formula') {
      const want = String(cell.value);
      if (fresh || (formula !== want && (formula !== '' || value === ''))) {
        if (fresh || want !== '' || formula !== '') values.set(key, want);
      } else if (formula === '' && value !== '') kept++;
    } else if (cell.kind === 'input' && fresh && cell.value !== '') {
      values.set(key, cell.value);
    } else if (cell.kind === 'input' && value === '#REF!' && TICKET_FORMULA.test(formula)) {
      // One of the add-on's counts over a Tickets tab that was deleted: the input is typed again.
      values.set(key, '');
    } else if (cell.kind === 'input' && EXTRACT_LOOKUP.test(formula)) {
      // A lookup in an extract the report no longer reads: the input is typed again.
      values.set(key, '');
    }
    const format = cell.format ?? 'General';
    const curFormat = get(cur.formats, r, c);
    if (fresh || (curFormat !== format && isOwnFormat(curFormat))) formats.set(key, format);
    const background = cell.background ?? '#ffffff';
    const curBackground = get(cur.backgrounds, r, c);
    if (fresh || (curBackground !== background && OWN_BACKGROUNDS.has(curBackground)))
      backgrounds.set(key, cell.background ?? null);
    const rule = get(cur.validations, r, c);
    const ours = rule === null || ctx.known.helpTexts.has(rule.getHelpText());
    if (fresh || ours) {
      const want = cell.validate ? validationRule(svc, cell.validate, a1(r, c), t) : null;
      const same =
        (want === null && rule === null) ||
        (want !== null &&
          rule !== null &&
          String(rule.getCriteriaValues()[0]) === String(want.getCriteriaValues()[0]) &&
          rule.getHelpText() === want.getHelpText());
      if (fresh || !same) validations.set(key, want);
    }
  }

  // A cell of the user's may be rewritten with what it holds when that loses nothing.
  const safe = (r: number, c: number): boolean => {
    if (r < r0 || r > r1 || c < c0 || c > c1) return false;
    const key = at(r, c);
    if (ownText.has(key)) return true;
    if (get(cur.formulas, r, c) !== '') return true;
    const v = get(cur.values, r, c);
    return v === '' || typeof v === 'number' || typeof v === 'boolean';
  };
  // What a cell holds, as it is written back (text keeps its apostrophe, so it stays text).
  const currentValue = (r: number, c: number): Cell => {
    const formula = get(cur.formulas, r, c);
    if (formula) return formula;
    const v = get(cur.values, r, c);
    return typeof v === 'string' ? asText(v) : v;
  };
  writeRects(journal, sheet, values, safe, bounds, currentValue, (range, grid) =>
    range.setValues(grid),
  );
  const always = () => true;
  writeRects(
    journal,
    sheet,
    formats,
    always,
    bounds,
    (r, c) => get(cur.formats, r, c),
    (range, g) => range.setNumberFormats(g),
  );
  writeRects(
    journal,
    sheet,
    backgrounds,
    always,
    bounds,
    (r, c) => get(cur.backgrounds, r, c),
    (range, g) => range.setBackgrounds(g),
  );
  writeRects(
    journal,
    sheet,
    validations,
    always,
    bounds,
    (r, c) => get(cur.validations, r, c),
    (range, g) => range.setDataValidations(g),
  );
  writeNewLines(sheet, rendered, bounds, newRowPos, newColPos);

  updateRules(ctx, sheet, rendered.rules);
  updateProtections(ctx, sheet, rendered.protect);
  const ch = updateCharts(ctx, sheet, rendered.charts, state.ch ?? {});

  const next: TabState = {
    ...ctx.base,
    w: fingerprints(rendered, (cell) => !keptTexts.has(cell.key ?? '')),
    ...(rendered.charts.length || state.ch ? { ch } : {}),
  };
  const json = JSON.stringify(next);
  const old = found.meta.getValue() ?? '';
  if (json !== old) {
    found.meta.setValue(json);
    journal.done(() => found.meta.setValue(old));
  }
  return { sheet, name, inserted: newRows.size + newCols.size, kept };
}

/**
 * Writes changed cells in rectangles; other cells inside a rectangle get what they hold
 * now. Each rectangle's old content is journaled.
 */
function writeRects<T>(
  journal: Journal,
  sheet: Sheet,
  changes: Map<string, T>,
  safe: (r: number, c: number) => boolean,
  bounds: Block,
  current: (r: number, c: number) => T,
  write: (range: Range, grid: T[][]) => void,
): void {
  if (!changes.size) return;
  for (const b of rectangles(new Set(changes.keys()), safe, bounds)) {
    const grid = (pick: (r: number, c: number) => T) =>
      Array.from({ length: b.rows }, (_x, i) =>
        Array.from({ length: b.cols }, (_y, j) => pick(b.row + i, b.col + j)),
      );
    const before = grid(current);
    const after = grid((r, c) => (changes.has(at(r, c)) ? changes.get(at(r, c))! : current(r, c)));
    const range = rangeOf(sheet, b);
    write(range, after);
    journal.done(() => write(rangeOf(sheet, b), before));
  }
}

/** Bold and wrapping for rows and columns the update inserted (they are removed on undo). */
function writeNewLines(
  sheet: Sheet,
  rendered: Rendered,
  bounds: Block,
  rows: Set<number>,
  cols: Set<number>,
): void {
  const lines: Block[] = [
    ...[...rows].map((r) => ({ row: r, col: bounds.col, rows: 1, cols: bounds.cols })),
    ...[...cols].map((c) => ({ row: bounds.row, col: c, rows: bounds.rows, cols: 1 })),
  ];
  for (const b of lines) {
    const cellAt = (i: number, j: number) => rendered.cells.get(at(b.row + i, b.col + j));
    const grid = <T>(f: (cell: CellSpec | undefined) => T) =>
      Array.from({ length: b.rows }, (_x, i) =>
        Array.from({ length: b.cols }, (_y, j) => f(cellAt(i, j))),
      );
    const range = rangeOf(sheet, b);
    range.setFontWeights(grid((cell) => (cell?.bold ? 'bold' : 'normal')));
    if ([...rendered.cells.values()].some((cell) => cell.wrap))
      range.setWraps(grid((cell) => !!cell?.wrap));
  }
}

/**
 * Refuses to write when rows of the add-on now show another row's label: a sort (which
 * moves cells, not rows) or a cut and paste separated labels from their rows.
 */
function checkLabels(
  spec: TabSpec,
  layout: Layout,
  rendered: Rendered,
  cur: Current,
  state: TabState,
  name: string,
  t: Messages,
): void {
  const labelCol = spec.cols[0];
  const c = layout.col(labelCol);
  const owner = new Map<string, string>();
  for (const [key, fp] of Object.entries(state.w)) {
    const [rk, ck] = key.split('|');
    if (ck === labelCol && !owner.has(fp)) owner.set(fp, rk);
  }
  const wrong: { row: number; found: string; expected: string }[] = [];
  for (const [rk, r] of layout.rows) {
    if (r < cur.r0 || r - cur.r0 >= cur.values.length || c < cur.c0) continue;
    const v = cur.values[r - cur.r0][c - cur.c0];
    if (typeof v !== 'string' || v === '') continue;
    const fp = fingerprint(v);
    if (fp === state.w[`${rk}|${labelCol}`]) continue;
    const other = owner.get(fp);
    if (other && other !== rk) {
      const expected = rendered.cells.get(at(r, c));
      wrong.push({ row: r, found: v, expected: String(expected?.value ?? rk) });
    }
  }
  if (wrong.length) {
    throw new UserError(
      fill(t.errors.moved, {
        tab: name,
        count: wrong.length,
        row: wrong[0].row,
        found: wrong[0].found,
        expected: wrong[0].expected,
      }),
    );
  }
}

const sameBlocks = (a: Block[], b: Block[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.row === b[i].row && x.col === b[i].col && x.rows === b[i].rows && x.cols === b[i].cols,
  );

const blockOfRange = (r: Range): Block => ({
  row: r.getRow(),
  col: r.getColumn(),
  rows: r.getNumRows(),
  cols: r.getNumColumns(),
});

/** The add-on's conditional formats: a custom formula with one of its colour pairs. */
function isOwnRule(ctx: WriteContext, rule: ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== String(ctx.svc.enums.customFormula))
    return false;
  const pair = `${condition.getBackground()}|${condition.getFontColor()}`;
  return [
    `${COLORS.good}|${COLORS.goodText}`,
    `${COLORS.bad}|${COLORS.badText}`,
    `${COLORS.notNumber}|${COLORS.notNumberText}`,
  ].includes(pair);
}

/** Replaces the add-on's conditional formats when they differ; the user's stay first. */
function updateRules(ctx: WriteContext, sheet: Sheet, wanted: RuleSpec[]): void {
  const current = sheet.getConditionalFormatRules();
  const mine = current.filter((r) => isOwnRule(ctx, r));
  const same =
    mine.length === wanted.length &&
    mine.every((rule, i) => {
      const c = rule.getBooleanCondition()!;
      return (
        String(c.getCriteriaValues()[0]) === wanted[i].formula &&
        c.getBackground() === wanted[i].background &&
        sameBlocks(rule.getRanges().map(blockOfRange), wanted[i].ranges)
      );
    });
  if (same) return;
  const next = [
    ...current.filter((r) => !isOwnRule(ctx, r)),
    ...wanted.map((r) => buildRule(ctx.svc, sheet, r)),
  ];
  sheet.setConditionalFormatRules(next);
  ctx.journal.done(() => sheet.setConditionalFormatRules(current));
}

/** The add-on's warning-only protections over its formulas: same ranges and words as wanted. */
function updateProtections(ctx: WriteContext, sheet: Sheet, wanted: Block[]): void {
  const { journal, t } = ctx;
  const mine = sheet
    .getProtections(ctx.svc.enums.protectionRange)
    .filter((p) => ctx.known.protections.has(p.getDescription()));
  wanted.forEach((b, i) => {
    const p = mine[i];
    if (!p) {
      const added = rangeOf(sheet, b).protect().setWarningOnly(true);
      added.setDescription(t.report.protectedWarning);
      journal.done(() => added.remove());
      return;
    }
    const range = p.getRange();
    const old = blockOfRange(range);
    if (!sameBlocks([old], [b])) {
      p.setRange(rangeOf(sheet, b));
      journal.done(() => p.setRange(rangeOf(sheet, old)));
    }
    const description = p.getDescription();
    if (description !== t.report.protectedWarning) {
      p.setDescription(t.report.protectedWarning);
      journal.done(() => p.setDescription(description));
    }
  });
  for (const p of mine.slice(wanted.length)) {
    const old = blockOfRange(p.getRange());
    const description = p.getDescription();
    p.remove();
    journal.done(() =>
      rangeOf(sheet, old).protect().setWarningOnly(true).setDescription(description),
    );
  }
}

/**
 * The add-on's charts cover their tables (rows the user inserted included) and carry the
 * report's words. A chart the user deleted stays deleted; their own charts are not touched.
 */
function updateCharts(
  ctx: WriteContext,
  sheet: Sheet,
  wanted: ChartSpec[],
  ids: Record<string, number>,
): Record<string, number> {
  if (!wanted.length) return ids;
  const charts = sheet.getCharts();
  const next: Record<string, number> = {};
  for (const spec of wanted) {
    const id = ids[spec.id];
    const chart: Chart | undefined =
      id === undefined ? undefined : charts.find((c) => c.getChartId() === id);
    if (!chart) continue;
    next[spec.id] = id;
    const ranges = chart.getRanges().map(blockOfRange);
    const title = chart.getOptions().get('title');
    if (sameBlocks(ranges, [spec.block]) && title === spec.title) continue;
    sheet.updateChart(
      chart
        .modify()
        .clearRanges()
        .addRange(rangeOf(sheet, spec.block))
        .setOption('title', spec.title)
        .build(),
    );
    ctx.journal.done(() => sheet.updateChart(chart));
  }
  return next;
}
