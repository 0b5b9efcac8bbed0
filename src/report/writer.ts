/**
 * Turns one SheetSpec into batched Spreadsheet calls: every block of values, formats,
 * weights, backgrounds and validations goes in one call over the whole grid, so a sheet
 * costs a fixed handful of calls whatever its size.
 */
import type { Cell, DataValidation, Range, Services, Sheet } from './gas';
import { a1, inputRule } from './formulas';
import type { Block, SheetSpec } from './spec';

/** Values kept from before, by `${rowKey}|${colKey}`. */
export type Kept = Map<string, Cell>;

export const keyOf = (rowKey: string, colKey: string): string => `${rowKey}|${colKey}`;

export interface WriteText {
  validationCount: string;
  validationAmount: string;
  protectedWarning: string;
}

function rangeOf(sheet: Sheet, b: Block): Range {
  return sheet.getRange(b.row, b.col, b.rows, b.cols);
}

/** The spec's values with the kept inputs put in; returns the keys it placed. */
export function fillInputs(spec: SheetSpec, kept: Kept): { values: Cell[][]; placed: Set<string> } {
  const placed = new Set<string>();
  const values = spec.values.map((row, r) =>
    row.map((v, c) => {
      if (!spec.inputs[r][c]) return v;
      const key = keyOf(spec.rowKeys[r], spec.colKeys[c]);
      if (!kept.has(key)) return v;
      placed.add(key);
      return kept.get(key)!;
    }),
  );
  return { values, placed };
}

/** Writes a spec into a new, empty sheet. */
export function writeSheet(
  svc: Services,
  sheet: Sheet,
  spec: SheetSpec,
  values: Cell[][],
  text: WriteText,
): void {
  const all = sheet.getRange(1, 1, spec.rows, spec.cols);
  all.setValues(values);
  all.setNumberFormats(spec.formats);
  all.setFontWeights(spec.bold);
  all.setBackgrounds(spec.backgrounds);
  if (spec.validate) {
    const app = svc.SpreadsheetApp;
    const rules: (DataValidation | null)[][] = spec.inputs.map((row, r) =>
      row.map((kind, c) =>
        kind
          ? app
              .newDataValidation()
              .requireFormulaSatisfied(inputRule(a1(r + 1, c + 1), kind === 'count'))
              .setAllowInvalid(false)
              .setHelpText(kind === 'count' ? text.validationCount : text.validationAmount)
              .build()
          : null,
      ),
    );
    all.setDataValidations(rules);
  }
  sheet.hideColumns(1);
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns);
  sheet.setColumnWidth(2, spec.labelWidth);
  if (spec.conditional.length) {
    const ranges = new Map<string, Range>();
    const range = (b: Block) => {
      const key = `${b.row},${b.col},${b.rows},${b.cols}`;
      if (!ranges.has(key)) ranges.set(key, rangeOf(sheet, b));
      return ranges.get(key)!;
    };
    sheet.setConditionalFormatRules(
      spec.conditional.map((rule) =>
        svc.SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setFontColor(rule.fontColor)
          .setRanges([range(rule.block)])
          .build(),
      ),
    );
  }
  if (spec.protect)
    rangeOf(sheet, spec.protect)
      .protect()
      .setWarningOnly(true)
      .setDescription(text.protectedWarning);
  for (const chart of spec.charts) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(svc.chartTypeLine)
        .addRange(rangeOf(sheet, chart.block))
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'right' })
        .setPosition(chart.anchorRow, chart.anchorCol, 0, 0)
        .build(),
    );
  }
}

/** Cells the user added outside the generated grid, to write back. */
export interface Extra {
  block: Block;
  values: Cell[][];
  /** The size of the grid they stood beside. */
  grid: { rows: number; cols: number };
}

/** Writes back what the user had beside or below the grid, at the same distance from it. */
export function writeExtras(sheet: Sheet, spec: SheetSpec, extras: Extra[]): void {
  for (const e of extras) {
    const right = e.block.col > e.grid.cols;
    const block = {
      ...e.block,
      row: right ? e.block.row : e.block.row + spec.rows - e.grid.rows,
      col: right ? e.block.col + spec.cols - e.grid.cols : e.block.col,
    };
    rangeOf(sheet, block).setValues(e.values);
  }
}
