/**
 * How the add-on finds its reports again: DOCUMENT-visible developer metadata, one entry on
 * each report tab (which tab of which period, in which language, what text it wrote) and one
 * on each row and column it owns (its key). Sheets moves row and column metadata with inserted,
 * deleted and moved rows and columns, and copies it with the file, so nothing depends on
 * positions, key cells or the script's own storage. One find() reads all of it.
 */
import type { Language } from '../i18n';
import type { DeveloperMetadata, Services, Sheet, Spreadsheet } from './gas';
import type { TabKey } from './spec';

/** The one metadata key the add-on uses (short: Sheets caps what a sheet may hold). */
export const META_KEY = 'sm';

/** What the tab-level metadata holds. */
export interface TabState {
  v: 1;
  /** Which tab of the report. */
  t: TabKey;
  /** The report's period: its first month, "2026-01". */
  p: string;
  l: Language;
  c: string;
  /** Fingerprints of the texts the add-on wrote, by "rowKey|colKey". */
  w: Record<string, string>;
  /** The add-on's charts on this tab, by table. */
  ch?: Record<string, number>;
  /** The name the add-on gave the tab (a tab the user renamed keeps their name). */
  n?: string;
  /** Whether that name carries the period ("Monthly metrics 2027"). */
  s?: boolean;
}

export interface FoundTab {
  sheet: Sheet;
  meta: DeveloperMetadata;
  state: TabState;
  /** The add-on's rows and columns on this tab, by key, where they are now. */
  rows: Map<string, number>;
  cols: Map<string, number>;
}

export type Report = Partial<Record<TabKey, FoundTab>>;

/** A short fingerprint of a text (FNV-1a, base 36): enough to tell the add-on's text from another. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function parseState(raw: string | null): TabState | null {
  try {
    const s = JSON.parse(raw ?? '') as TabState;
    return s && s.v === 1 && typeof s.t === 'string' && typeof s.p === 'string' ? s : null;
  } catch {
    return null;
  }
}

/** The sheet-level metadata value that marks the Tickets tab (same key as the reports). */
export const TICKETS_STATE = '{"v":1,"t":"tickets"}';
/** The sheet-level metadata value of an import's hidden staging sheet. */
export const STAGE_STATE = '{"v":1,"t":"stage"}';

/** Every report in the spreadsheet, by period. A tab copied by the user is theirs: the first one wins. */
export function findReports(svc: Services, ss: Spreadsheet): Map<string, Report> {
  return findAll(svc, ss).reports;
}

/** The reports and the Tickets tab (the first marked one), from one metadata search. */
export function findAll(
  svc: Services,
  ss: Spreadsheet,
): { reports: Map<string, Report>; tickets: Sheet | null; stages: Sheet[] } {
  const { locationSheet, locationRow, locationColumn } = svc.enums;
  let tickets: Sheet | null = null;
  const stages: Sheet[] = [];
  const bySheet = new Map<number, Omit<FoundTab, 'meta' | 'state'> & Partial<FoundTab>>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(META_KEY).find()) {
    const location = md.getLocation();
    const sheet = location.getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    let entry = bySheet.get(id);
    if (!entry) bySheet.set(id, (entry = { sheet, rows: new Map(), cols: new Map() }));
    const type = String(location.getLocationType());
    const value = md.getValue() ?? '';
    if (type === String(locationSheet)) {
      if (value === TICKETS_STATE) {
        if (!tickets || sheet.getSheetId() < tickets.getSheetId()) tickets = sheet;
        continue;
      }
      if (value === STAGE_STATE) {
        stages.push(sheet);
        continue;
      }
      const state = parseState(value);
      if (state) Object.assign(entry, { meta: md, state });
    } else if (type === String(locationRow)) {
      if (!entry.rows.has(value)) entry.rows.set(value, location.getRow()!.getRow());
    } else if (type === String(locationColumn)) {
      if (!entry.cols.has(value)) entry.cols.set(value, location.getColumn()!.getColumn());
    }
  }
  const reports = new Map<string, Report>();
  for (const id of [...bySheet.keys()].sort((a, b) => a - b)) {
    const entry = bySheet.get(id)!;
    if (!entry.meta || !entry.state) continue;
    const report = reports.get(entry.state.p) ?? {};
    if (!report[entry.state.t]) report[entry.state.t] = entry as FoundTab;
    reports.set(entry.state.p, report);
  }
  return { reports, tickets, stages };
}
