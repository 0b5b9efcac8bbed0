/**
 * Generate (or regenerate) the report. Safe to run again: every value the user typed in
 * an input cell is read back first (found by row key and column key, so inserted rows do
 * no harm) and written into the new tabs; values whose month is no longer shown go to a
 * hidden archive tab and come back when the month does; anything the user put beside or
 * below the generated grid is kept in place. The new tabs are built completely before the
 * old ones are removed, so a failure halfway leaves the previous report as it was.
 */
import { messages } from '../i18n';
import { resolveTabRefs } from './formulas';
import type { Cell, Properties, Services, Sheet, Spreadsheet } from './gas';
import {
  isInputCell,
  reportSpec,
  SHEET_KEYS,
  type Options,
  type SheetKey,
  type SheetSpec,
} from './spec';
import { fillInputs, keyOf, writeExtras, writeSheet, type Extra, type Kept } from './writer';

export const STATE_KEY = 'supportMetrics.report';
export const ARCHIVE_NAME = 'Support Metrics archive';

interface SheetState {
  id: number;
  rows: number;
  cols: number;
  colKeys: string[];
}

export interface ReportState {
  version: 1;
  options: Options;
  sheets: Record<SheetKey, SheetState>;
  archiveId?: number;
}

export interface GenerateResult {
  sheets: { key: SheetKey; name: string; id: number }[];
  kept: number;
  archived: number;
}

function readState(props: Properties): ReportState | null {
  const raw = props.getProperty(STATE_KEY);
  if (!raw) return null;
  try {
    const state = JSON.parse(raw) as ReportState;
    return state && state.version === 1 ? state : null;
  } catch {
    return null;
  }
}

export function reportState(svc: Services): ReportState | null {
  return readState(svc.PropertiesService.getDocumentProperties());
}

interface Harvest {
  kept: Kept;
  /** What the user typed into empty, non-input cells inside the old grid, by position. */
  free: Partial<Record<SheetKey, [number, number, Cell][]>>;
  extras: Partial<Record<SheetKey, Extra[]>>;
  old: Partial<Record<SheetKey, Sheet>>;
  archive: Sheet | null;
  archiveRows: number;
}

/** Reads the inputs (and outside content) of the previous report and the archive. */
function harvest(ss: Spreadsheet, state: ReportState | null): Harvest {
  const h: Harvest = {
    kept: new Map(),
    free: {},
    extras: {},
    old: {},
    archive: null,
    archiveRows: 0,
  };
  if (!state) return h;
  if (state.archiveId !== undefined) {
    h.archive = ss.getSheetById(state.archiveId);
    if (h.archive) {
      const rows = h.archive.getDataRange().getValues();
      h.archiveRows = rows.length;
      for (const [key, value] of rows) {
        if (typeof key === 'string' && key && value !== '') h.kept.set(key, value);
      }
    }
  }
  // The old grid as generated, to tell the user's own cells from ours (same layout only).
  const oldSpecs = (() => {
    try {
      return reportSpec(state.options);
    } catch {
      return [];
    }
  })();
  for (const key of SHEET_KEYS) {
    const meta = state.sheets[key];
    const sheet = meta ? ss.getSheetById(meta.id) : null;
    if (!sheet) continue;
    h.old[key] = sheet;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    values.forEach((row, r) => {
      const rowKey = String(row[0] ?? '');
      if (!rowKey) return;
      row.forEach((v, c) => {
        const colKey = meta.colKeys[c] ?? '';
        if (!isInputCell(key, rowKey, colKey)) return;
        const cell = formulas[r][c] || v;
        if (cell !== '') h.kept.set(`${key}/${keyOf(rowKey, colKey)}`, cell);
      });
    });
    h.extras[key] = outside(values, formulas, meta.rows, meta.cols);
    const oldSpec = oldSpecs.find((x) => x.key === key);
    if (oldSpec && oldSpec.rows === meta.rows && oldSpec.cols === meta.cols) {
      h.free[key] = freeCells(oldSpec, values, formulas);
    }
  }
  return h;
}

/** Cells the generator left empty (and not inputs) that now hold something. */
function freeCells(
  spec: SheetSpec,
  values: Cell[][],
  formulas: string[][],
): [number, number, Cell][] {
  const out: [number, number, Cell][] = [];
  for (let r = 0; r < spec.rows && r < values.length; r++) {
    for (let c = 1; c < spec.cols && c < values[r].length; c++) {
      if (spec.values[r][c] !== '' || spec.inputs[r][c]) continue;
      const cell = formulas[r][c] || values[r][c];
      if (cell !== '') out.push([r, c, cell]);
    }
  }
  return out;
}

/**
 * Blocks right of and below the generated grid that hold anything, each remembered by its
 * distance from the grid, so a grid that grows (a new metric) pushes them along instead of
 * writing over them.
 */
function outside(values: Cell[][], formulas: string[][], rows: number, cols: number): Extra[] {
  const pick = (r0: number, r1: number, c0: number, c1: number): Extra | null => {
    if (r1 <= r0 || c1 <= c0) return null;
    const block = values
      .slice(r0, r1)
      .map((row, r) => row.slice(c0, c1).map((v, c) => formulas[r0 + r][c0 + c] || v));
    if (!block.some((row) => row.some((v) => v !== ''))) return null;
    return {
      block: { row: r0 + 1, col: c0 + 1, rows: r1 - r0, cols: c1 - c0 },
      values: block,
      grid: { rows, cols },
    };
  };
  const height = values.length;
  const width = values[0]?.length ?? 0;
  return [pick(0, height, cols, width), pick(rows, height, 0, Math.min(cols, width))].filter(
    (x): x is Extra => x !== null,
  );
}

/**
 * Inserts a sheet under the wanted name, or "name (2)", "name (3)"… when the user already
 * has a tab of that name (never overwritten). Trying costs no extra call in the usual case.
 */
function insertFree(
  ss: Spreadsheet,
  wanted: string,
  index: number,
): { sheet: Sheet; name: string } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    try {
      return { sheet: ss.insertSheet(name, index), name };
    } catch (e) {
      if (n > 50 || !/already exists/i.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
}

export function generateReport(svc: Services, options: Options): GenerateResult {
  const specs = reportSpec(options);
  const t = messages(options.language);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const props = svc.PropertiesService.getDocumentProperties();
  const state = readState(props);
  const h = harvest(ss, state);

  // Old tabs step aside under temporary names so the new ones can take the names.
  const oldNames: Partial<Record<SheetKey, string>> = {};
  const oldSheets = SHEET_KEYS.map((k) => [k, h.old[k]] as const).filter(
    (x): x is [SheetKey, Sheet] => !!x[1],
  );
  const created: Sheet[] = [];
  const placed = new Set<string>();
  let metricsName = '';
  const written: { key: SheetKey; sheet: Sheet; spec: SheetSpec; name: string }[] = [];
  try {
    for (const [k, sheet] of oldSheets) {
      oldNames[k] = sheet.getName();
      sheet.setName(`${oldNames[k]} ~${Date.now() % 100000}`);
    }
    specs.forEach((spec, index) => {
      const kept = new Map<string, Cell>();
      const prefix = `${spec.key}/`;
      for (const [key, v] of h.kept)
        if (key.startsWith(prefix)) kept.set(key.slice(prefix.length), v);
      const filled = fillInputs(spec, kept);
      for (const [r, c, cell] of h.free[spec.key] ?? []) {
        if (r < spec.rows && c < spec.cols && spec.values[r][c] === '' && !spec.inputs[r][c])
          filled.values[r][c] = cell;
      }
      filled.placed.forEach((key) => placed.add(prefix + key));
      if (metricsName) resolveTabRefs(filled.values, metricsName);
      const { sheet, name } = insertFree(ss, spec.name, index);
      if (spec.key === 'metrics') metricsName = name;
      created.push(sheet);
      writeSheet(svc, sheet, spec, filled.values, t.report);
      writeExtras(sheet, spec, h.extras[spec.key] ?? []);
      written.push({ key: spec.key, sheet, spec, name });
    });
  } catch (e) {
    // Undo: remove what was built, give the old tabs their names back.
    for (const sheet of created) ss.deleteSheet(sheet);
    for (const [k, sheet] of oldSheets) if (oldNames[k]) sheet.setName(oldNames[k]!);
    throw e;
  }
  for (const [, sheet] of oldSheets) ss.deleteSheet(sheet);

  // Whatever was typed but has no place in this report waits in the archive.
  const waiting = [...h.kept].filter(([key]) => !placed.has(key));
  let archive = h.archive;
  const oldArchiveRows = h.archiveRows;
  if (waiting.length || oldArchiveRows) {
    if (!archive) {
      archive = insertFree(ss, ARCHIVE_NAME, specs.length).sheet;
      archive.hideSheet();
    }
    const rows = Math.max(waiting.length, oldArchiveRows, 1);
    const values: Cell[][] = Array.from({ length: rows }, (_x, i) =>
      waiting[i] ? [waiting[i][0], waiting[i][1]] : ['', ''],
    );
    archive.getRange(1, 1, rows, 2).setValues(values);
  }

  const next: ReportState = {
    version: 1,
    options,
    sheets: Object.fromEntries(
      written.map((w) => [
        w.key,
        { id: w.sheet.getSheetId(), rows: w.spec.rows, cols: w.spec.cols, colKeys: w.spec.colKeys },
      ]),
    ) as Record<SheetKey, SheetState>,
    ...(archive ? { archiveId: archive.getSheetId() } : {}),
  };
  props.setProperty(STATE_KEY, JSON.stringify(next));
  return {
    sheets: written.map((w) => ({ key: w.key, name: w.name, id: next.sheets[w.key].id })),
    kept: placed.size,
    archived: waiting.length,
  };
}
