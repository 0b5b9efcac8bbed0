/**
 * The Tickets tab: written by the import, read by the report's native formulas. Importing
 * again upserts by ticket id (a newer `Updated` wins, else the new file), appends new tickets
 * and keeps the columns and rows the user added. Text goes in with a leading apostrophe, so
 * `=HYPERLINK(…)`, `+1` or `@x` from a file stays text. Every change is journaled: a failure
 * at any service call leaves the tab as it was.
 *
 * A file larger than one server call arrives in parts: each is staged in a hidden sheet,
 * and the last one commits them all at once.
 */
import {
  COLUMN_INDEX,
  SHEET_CELL_LIMIT,
  TICKET_COLUMNS,
  type ColumnKey,
  type ColumnKind,
  type TicketRow,
} from '../tickets/columns';
import { isHelpDesk, type HelpDesk } from '../tickets/profiles';
import type { Cell, Range, Services, Sheet, Spreadsheet } from './gas';
import { Journal } from './journal';
import { insertFree } from './tabs';
import { findAll, META_KEY, STAGE_STATE, TICKETS_STATE } from './tabstate';
import { UserError } from './writer';

/** Staging sheets of a multi-part import are named with this prefix and the batch id. */
const STAGE_PREFIX = 'sm-import-';

/** Document property: the help desks whose exports the Tickets tab holds, first import first. */
export const DESKS_KEY = 'supportMetrics.desks';

/** The desks of a DESKS_KEY value: known desks, once each, first import first. */
function desksOf(raw: string | null): HelpDesk[] {
  let list: unknown;
  try {
    list = JSON.parse(raw || '[]');
  } catch {
    return [];
  }
  return Array.isArray(list) ? [...new Set(list.filter(isHelpDesk))] : [];
}

/** The help desks the Tickets tab was imported from (tab 3 explains how each counts). */
export function importedDesks(svc: Services): HelpDesk[] {
  return desksOf(svc.PropertiesService.getDocumentProperties().getProperty(DESKS_KEY));
}

/**
 * Adds the import's desk to the list, journaled. A new Tickets tab starts the list again
 * (without reading the old one: it was of a tab that is gone); a plain ticket list (`null`)
 * adds nothing, its tickets keeping the report's definitions.
 */
function recordDesk(svc: Services, journal: Journal, desk: HelpDesk | null, fresh: boolean): void {
  const props = svc.PropertiesService.getDocumentProperties();
  const before = fresh ? null : props.getProperty(DESKS_KEY);
  const list = desksOf(before);
  if (desk && !list.includes(desk)) list.push(desk);
  const json = JSON.stringify(list);
  if (!fresh && json === (before || '[]')) return;
  props.setProperty(DESKS_KEY, json);
  journal.done(() => props.setProperty(DESKS_KEY, before ?? ''));
}

const FORMATS: Record<ColumnKind, string> = {
  id: '@',
  text: '@',
  datetime: 'yyyy-mm-dd hh:mm',
  count: '0',
  flag: '0',
  hours: '0.00',
};

export interface TicketsTab {
  sheet: Sheet;
  /** 1-based column of each of the add-on's columns found by its header. */
  cols: Partial<Record<ColumnKey, number>>;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Tickets in the tab after the import. */
  total: number;
  sheetName: string;
  sheetId: number;
  created: boolean;
}

const norm = (h: Cell): string => String(h).trim().toLowerCase();
const HEADER_KEYS = new Map<string, ColumnKey>(TICKET_COLUMNS.map((c) => [norm(c.header), c.key]));

/** The add-on's columns, by the headers it wrote (the first of each wins). */
function columnsOf(header: Cell[]): Partial<Record<ColumnKey, number>> {
  const cols: Partial<Record<ColumnKey, number>> = {};
  header.forEach((h, i) => {
    const key = HEADER_KEYS.get(norm(h));
    if (key && cols[key] === undefined) cols[key] = i + 1;
  });
  return cols;
}

/** The Tickets tab and where its columns are now (from its header row), or null. */
export function ticketsTab(sheet: Sheet | null): TicketsTab | null {
  if (!sheet) return null;
  const header = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0];
  return { sheet, cols: columnsOf(header) };
}

/** A ticket's value as it goes into a cell: text with an apostrophe, numbers as they are. */
function cellOf(kind: ColumnKind, v: string | number): Cell {
  if (v === '' || v === null || v === undefined) return '';
  if (kind === 'id' || kind === 'text') return `'${String(v)}`;
  return typeof v === 'number' ? v : Number(v);
}

/** A value read from a cell, to write back as it was (text stays text). */
const asWritten = (v: Cell): Cell => (typeof v === 'string' && v !== '' ? `'${v}` : v);

/** A cell as the import compares it: text without case games, numbers as numbers. */
function valueOf(kind: ColumnKind, v: Cell): string | number {
  if (v === '' || v === null || v === undefined) return '';
  if (kind === 'id' || kind === 'text') return String(v);
  if (typeof v === 'number') return v;
  if (Object.prototype.toString.call(v) === '[object Date]') return NaN; // a date the user typed
  const n = Number(v);
  return Number.isFinite(n) ? n : String(v);
}

const same = (a: string | number, b: string | number): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;

/** Runs of consecutive columns: [first column, keys in order]. */
function runs(cols: Record<ColumnKey, number>): { col: number; keys: ColumnKey[] }[] {
  const sorted = (Object.keys(cols) as ColumnKey[]).sort((a, b) => cols[a] - cols[b]);
  const out: { col: number; keys: ColumnKey[] }[] = [];
  for (const key of sorted) {
    const last = out[out.length - 1];
    if (last && last.col + last.keys.length === cols[key]) last.keys.push(key);
    else out.push({ col: cols[key], keys: [key] });
  }
  return out;
}

/** Inserts a sheet at the end under `wanted`, or "wanted (2)"… when a tab has that name. */
const insertAtEnd = (ss: Spreadsheet, wanted: string) =>
  insertFree(ss, wanted, ss.getSheets().length);

/**
 * Stages one part of a multi-part import (rows at `offset` of the whole file) and returns
 * the staging sheet's id, which the next parts name. Part 0 creates the staging sheet,
 * hidden and marked, with room for every row; what an unfinished import left behind is
 * cleared by the next commit.
 */
export function stageTickets(
  svc: Services,
  batch: string,
  offset: number,
  total: number,
  rows: TicketRow[],
  stageId?: number,
): number {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  let stage = stageId === undefined ? null : ss.getSheetById(stageId);
  if (!stage) {
    const fresh = insertAtEnd(ss, `${STAGE_PREFIX}${batch}`).sheet;
    try {
      fresh.hideSheet();
      fresh.addDeveloperMetadata(META_KEY, STAGE_STATE, svc.enums.visibilityDocument);
      // Room for every row at once (row 1 always exists): the later parts only write.
      fresh.insertRowsAfter(1, total);
    } catch (e) {
      ss.deleteSheet(fresh); // never leave a half-made stage in the user's sight
      throw e;
    }
    stage = fresh;
  }
  if (!rows.length) return stage.getSheetId();
  const width = TICKET_COLUMNS.length;
  stage
    .getRange(offset + 1, 1, rows.length, width)
    .setValues(rows.map((r) => TICKET_COLUMNS.map((c, i) => cellOf(c.kind, r[i]))));
  return stage.getSheetId();
}

/** The rows staged in a staging sheet (one the add-on marked: never a user's tab). */
function staged(stage: Sheet): TicketRow[] {
  const values = stage.getDataRange().getValues();
  return values
    .filter((r) => String(r[0]) !== '')
    .map((r) => TICKET_COLUMNS.map((c, i) => valueOf(c.kind, r[i])));
}

/**
 * Upserts tickets into the Tickets tab (created on first import, named `tabName`): the rows
 * staged by the earlier parts (`stageId`), then `last`. Staging sheets are deleted, this
 * import's and any an unfinished one left; `desk`, the help desk the file came from (null: a
 * plain list), joins the list tab 3 explains. Throws a UserError, writing nothing, when the
 * tab would pass Sheets' cell limit.
 */
export function commitTickets(
  svc: Services,
  last: TicketRow[],
  tabName: string,
  tooLarge: string,
  stageId?: number,
  desk?: HelpDesk | null,
): ImportSummary {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const journal = new Journal();
  try {
    const found = findAll(svc, ss);
    const stage = found.stages.find((s) => s.getSheetId() === stageId);
    const rows = stage ? staged(stage).concat(last) : last;
    for (const s of found.stages) ss.deleteSheet(s);
    let sheet = found.tickets;
    const created = !sheet;
    let name: string | undefined;
    if (!sheet) {
      const inserted = insertAtEnd(ss, tabName);
      const fresh = inserted.sheet;
      name = inserted.name;
      sheet = fresh;
      journal.done(() => ss.deleteSheet(fresh));
      fresh.addDeveloperMetadata(META_KEY, TICKETS_STATE, svc.enums.visibilityDocument);
    }
    const data = created ? [[]] : sheet.getDataRange().getValues();
    const header = data[0] ?? [];
    let maxCols = sheet.getMaxColumns();
    // A new tab comes with Sheets' 26 columns; the tickets need 16. The other ten would count
    // against the spreadsheet's 10 million cells (26 of them a row: 500 000 tickets would not fit).
    if (created && maxCols > TICKET_COLUMNS.length) {
      sheet.deleteColumns(TICKET_COLUMNS.length + 1, maxCols - TICKET_COLUMNS.length);
      maxCols = TICKET_COLUMNS.length;
    }
    const cols = columnsOf(header);
    // Columns that are missing (a new tab, or one the user deleted) go after the last column.
    let width = Math.max(header.length, created ? 0 : 1);
    const newHeaders: { col: number; text: string }[] = [];
    for (const c of TICKET_COLUMNS) {
      if (cols[c.key] !== undefined) continue;
      cols[c.key] = ++width;
      newHeaders.push({ col: width, text: c.header });
    }
    const at = cols as Record<ColumnKey, number>;

    // Merge: existing rows keep their place; new tickets are appended.
    const existing = data.slice(1);
    const merged: TicketRow[] = existing.map((r) =>
      TICKET_COLUMNS.map((c) => valueOf(c.kind, r[at[c.key] - 1] ?? '')),
    );
    const byId = new Map<string, number>();
    merged.forEach((r, i) => {
      const id = String(r[COLUMN_INDEX.id]);
      if (id && !byId.has(id)) byId.set(id, i);
    });
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const updatedAt = COLUMN_INDEX.updated;
    for (const row of rows) {
      const id = String(row[COLUMN_INDEX.id]);
      const i = byId.get(id);
      if (i === undefined) {
        byId.set(id, merged.length);
        merged.push(row);
        added++;
        continue;
      }
      const old = merged[i];
      const older =
        typeof old[updatedAt] === 'number' &&
        typeof row[updatedAt] === 'number' &&
        row[updatedAt] < old[updatedAt];
      if (older || row.every((v, k) => same(v, old[k]))) unchanged++;
      else {
        merged[i] = row;
        updated++;
      }
    }
    const total = merged.filter((r) => r[COLUMN_INDEX.id] !== '').length;
    const needRows = merged.length + 1;
    if (needRows * Math.max(width, maxCols) > SHEET_CELL_LIMIT) throw new UserError(tooLarge);
    if (desk !== undefined) recordDesk(svc, journal, desk, created);
    if (!added && !updated && !newHeaders.length)
      return summary(sheet, name, { added, updated, unchanged, total, created });

    const target = sheet;
    const maxRows = sheet.getMaxRows();
    if (needRows > maxRows) {
      sheet.insertRowsAfter(maxRows, needRows - maxRows);
      journal.done(() => target.deleteRows(maxRows + 1, needRows - maxRows));
    }
    if (width > maxCols) {
      sheet.insertColumnsAfter(maxCols, width - maxCols);
      journal.done(() => target.deleteColumns(maxCols + 1, width - maxCols));
    }
    // Missing headers go after the last column, side by side: one write.
    if (newHeaders.length) {
      const range = sheet.getRange(1, newHeaders[0].col, 1, newHeaders.length);
      range.setValues([newHeaders.map((h) => `'${h.text}`)]);
      journal.done(() => range.setValues([newHeaders.map(() => '')]));
    }
    if (newHeaders.length) {
      sheet.getRange(1, 1, 1, width).setFontWeights([Array(width).fill('bold')]);
      if (created) sheet.setFrozenRows(1);
    }
    const kinds = new Map(TICKET_COLUMNS.map((c) => [c.key, c.kind]));
    for (const run of runs(at)) {
      const range: Range = sheet.getRange(2, run.col, merged.length, run.keys.length);
      const before = existing.map((r) => run.keys.map((k) => r[at[k] - 1] ?? ''));
      range.setValues(
        merged.map((r) => run.keys.map((k) => cellOf(kinds.get(k)!, r[COLUMN_INDEX[k]]))),
      );
      journal.done(() => {
        range.setValues(
          merged.map((_r, i) =>
            i < before.length ? before[i].map(asWritten) : run.keys.map(() => ''),
          ),
        );
      });
      // Formats for the rows (or columns) that are new: a format the user chose stays.
      const fresh = run.keys.every((k) => at[k] > header.length);
      const from = fresh ? 0 : existing.length;
      if (merged.length > from)
        sheet
          .getRange(2 + from, run.col, merged.length - from, run.keys.length)
          .setNumberFormats(
            merged.slice(from).map(() => run.keys.map((k) => FORMATS[kinds.get(k)!])),
          );
    }
    // A filter over the tab when it has none; one the user has (with their criteria) stays.
    if (!sheet.getFilter()) {
      const made = sheet.getRange(1, 1, needRows, width).createFilter();
      journal.done(() => made.remove());
    }
    return summary(sheet, name, { added, updated, unchanged, total, created });
  } catch (e) {
    journal.rollback();
    throw e;
  }
}

/** The summary; the tab's name is asked only when the import did not just name it. */
function summary(
  sheet: Sheet,
  name: string | undefined,
  s: Omit<ImportSummary, 'sheetName' | 'sheetId'>,
): ImportSummary {
  return { ...s, sheetName: name ?? sheet.getName(), sheetId: sheet.getSheetId() };
}
