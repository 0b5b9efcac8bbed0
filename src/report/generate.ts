/**
 * Generate monthly report: a report belongs to one period (first month + year). For a
 * period with no report, its three tabs are created (their names carry the period when
 * another period's report exists). For a period that has one, the same tabs are updated in
 * place (src/report/writer.ts). Every other period's report is left exactly as it is. All
 * changes are journaled: a failure at any service call undoes what was done and rethrows.
 */
import { LANGUAGES, messages } from '../i18n';
import type { Cell, Services, Sheet, Spreadsheet } from './gas';
import {
  BREAKDOWN_HEADERS,
  extractColumns,
  isBreakdownHeader,
  isMonthlyHeader,
  isTeamHeader,
  MONTHLY_HEADERS,
  TEAM_HEADERS,
  type ExtractRef,
} from './extract';
import { Journal } from './journal';
import { insertFree, renameFree } from './tabs';
import { Layout, tabsOf } from './layout';
import { MAX_LISTED, reportSpec } from './report';
import { monthsOf, periodLabel, periodOf, type Options, type TabKey } from './spec';
import { SERIAL_EPOCH } from '../tickets/columns';
import { columnLetters, listable, textLiteral, type TicketsRef } from './formulas';
import { byRank } from './sla';
import { findAll, findReports, type Report } from './tabstate';
import { importedDesks, ticketsTab } from './tickets';
import { createTab, updateTab, type Known, type WriteContext, type Written } from './writer';

/** Document property: the options last used in this file (for the menu and the sidebar). */
export const OPTIONS_KEY = 'supportMetrics.options';

export interface GenerateResult {
  /** True when the period had no report and one was created. */
  created: boolean;
  sheets: { key: TabKey; name: string; id: number }[];
  /** Rows and columns the update inserted (new in this version, or deleted by the user). */
  inserted: number;
  /** Cells where the user's own value or wording stayed instead of the add-on's. */
  kept: number;
}

/** The add-on's texts in every language, to recognise its validations and protections. */
function knownTexts(): Known {
  const known: Known = { helpTexts: new Set(), protections: new Set() };
  for (const language of LANGUAGES) {
    const r = messages(language).report;
    known.helpTexts.add(r.validationCount).add(r.validationAmount).add(r.validationNumber);
    known.helpTexts.add(messages(language).team.validationMonth);
    known.protections.add(r.protectedWarning);
  }
  return known;
}

/** A sheet the sidebar offers as a BigQuery extract. */
export interface ExtractSheet {
  id: number;
  name: string;
}

/**
 * The sheets whose header row is a monthly, a breakdown or a team extract's (one read of each
 * sheet's first row; empty sheets cost one call), for the sidebar's "Ticket numbers from".
 */
export function findExtracts(svc: Services): {
  monthly: ExtractSheet[];
  breakdown: ExtractSheet[];
  team: ExtractSheet[];
} {
  const found = {
    monthly: [] as ExtractSheet[],
    breakdown: [] as ExtractSheet[],
    team: [] as ExtractSheet[],
  };
  for (const sheet of svc.SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
    const width = Math.min(sheet.getLastColumn(), 40);
    if (width < 2) continue;
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const kind = isTeamHeader(header)
      ? 'team'
      : isMonthlyHeader(header)
        ? 'monthly'
        : isBreakdownHeader(header)
          ? 'breakdown'
          : null;
    if (kind) found[kind].push({ id: sheet.getSheetId(), name: sheet.getName() });
  }
  return found;
}

/** The reports in this spreadsheet, by period, with their first tab (for the sidebar). */
export function listReports(svc: Services): Map<string, Report> {
  return findReports(svc, svc.SpreadsheetApp.getActiveSpreadsheet());
}

/** The SLA tab lists at most this many priorities; the rest count as Other priorities. */
export const MAX_PRIORITIES = 12;

/** The Team tab lists at most this many agents (and groups); the rest count as Others. */
export const MAX_TEAM = 30;

/**
 * Names most frequent first (trimmed, case-insensitive, in the words of their first ticket),
 * at most `limit`: only names a COUNTIFS criterion matches exactly (the rest count as Other).
 */
function topNames(names: Iterable<string | [string, number]>, limit: number): string[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const item of names) {
    const [raw, weight] = typeof item === 'string' ? [item, 1] : item;
    const name = raw.trim();
    if (!listable(name) || !(weight > 0)) continue;
    const key = name.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.n += weight;
    else counts.set(key, { name, n: weight });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((e) => e.name);
}

/**
 * The Tickets tab as the report's formulas see it: its name, the letters of its columns that
 * hold something (an input over an empty column would show a false 0: it stays typed), the
 * categories and channels of the tickets created in the report's period, most frequent first,
 * and the agents and groups of the tickets solved in it, most tickets first. One read of the tab.
 */
function ticketsRef(sheet: Sheet | null, options: Options): TicketsRef | undefined {
  const tab = ticketsTab(sheet);
  if (!tab) return undefined;
  const lists = { categories: [] as string[], channels: [] as string[] };
  const rows = tab.sheet.getMaxRows() - 1;
  const used = Object.values(tab.cols);
  if (!used.length || rows <= 0)
    return { sheet: tab.sheet.getName(), cols: {}, business: !!options.businessHours, ...lists };
  const c0 = Math.min(...used);
  const c1 = Math.max(...used);
  const values = tab.sheet.getRange(2, c0, rows, c1 - c0 + 1).getValues();
  const cols: TicketsRef['cols'] = {};
  for (const [key, col] of Object.entries(tab.cols))
    if (values.some((row) => row[col - c0] !== '' && row[col - c0] !== null))
      cols[key as keyof TicketsRef['cols']] = columnLetters(col);
  const serial = (y: number, m: number) => Date.UTC(y, m - 1, 1) / 86400000 + SERIAL_EPOCH;
  const start = serial(options.year, options.firstMonth);
  const end = serial(options.year + 1, options.firstMonth);
  /** A column's texts over the rows whose date-time in `by` is in the report's period. */
  function* within(by: number | undefined, col: number | undefined): Generator<string> {
    if (by === undefined || col === undefined) return;
    for (const row of values) {
      const t = row[by - c0];
      if (typeof t === 'number' && t >= start && t < end) yield String(row[col - c0] ?? '');
    }
  }
  const { created, solved, category, channel, assignee, group, priority } = tab.cols;
  /** The latest month of the report's period with a date-time in column `by` ("2026-11"). */
  const latestMonth = (by: number | undefined): string | undefined => {
    let latest = -Infinity;
    if (by !== undefined)
      for (const row of values) {
        const t = row[by - c0];
        if (typeof t === 'number' && t >= start && t < end && t > latest) latest = t;
      }
    return latest > -Infinity ? monthText(latest) : undefined;
  };
  lists.categories = topNames(within(created, category), MAX_LISTED);
  lists.channels = topNames(within(created, channel), MAX_LISTED);
  const ref: TicketsRef = {
    sheet: tab.sheet.getName(),
    cols,
    business: !!options.businessHours,
    ...lists,
    lastRow: rows + 1,
    stale: textLiteral(messages(options.language).report.staleTickets),
  };
  if (cols.priority) ref.priorities = byRank(topNames(within(created, priority), MAX_PRIORITIES));
  const latestCreated = latestMonth(created);
  if (latestCreated) ref.latestCreated = latestCreated;
  if (solved !== undefined && (cols.assignee || cols.group)) {
    ref.agents = cols.assignee ? topNames(within(solved, assignee), MAX_TEAM) : [];
    ref.groups = cols.group ? topNames(within(solved, group), MAX_TEAM) : [];
    const latestSolved = latestMonth(solved);
    if (latestSolved) ref.latestSolved = latestSolved;
  }
  return ref;
}

/**
 * The BigQuery extracts the options name, read once each: the monthly sheet's columns, the
 * breakdown's with the categories and channels that have most tickets in the report's period,
 * and the team extract's with its agents and groups.
 * Undefined when the monthly sheet is gone or is no extract (the Tickets tab serves again).
 */
function extractRef(ss: Spreadsheet, options: Options): ExtractRef | undefined {
  const ids = options.extract;
  const monthly = ids ? ss.getSheetById(ids.monthly) : null;
  if (!ids || !monthly) return undefined;
  const header = monthly.getRange(1, 1, 1, monthly.getMaxColumns()).getValues()[0];
  const cols = isMonthlyHeader(header) ? extractColumns(header, MONTHLY_HEADERS) : null;
  if (!cols) return undefined;
  const ref: ExtractRef = { monthly: { sheet: monthly.getName(), cols } };
  const months = new Set(monthsOf(options, messages(options.language)).map((m) => m.key));
  const sheet = (id?: number) => (id === undefined ? null : ss.getSheetById(id));
  const breakdown = breakdownRef(sheet(ids.breakdown), months);
  if (breakdown) ref.breakdown = breakdown;
  const team = teamRef(sheet(ids.team), months);
  if (team) ref.team = team;
  return ref;
}

/**
 * An extract sheet's rows when its header row is of that kind, a column's index by header, and
 * the names of a dimension with most of a count in `months`, at most `limit`.
 */
function extractRows(
  sheet: Sheet | null,
  isKind: (header: Cell[]) => boolean,
  months: Set<string>,
) {
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  if (!isKind(values[0] ?? [])) return null;
  const index = (k: string) => values[0].findIndex((h) => String(h).trim().toLowerCase() === k);
  const rows = values.slice(1);
  const [month, dimension, name] = ['month', 'dimension', 'name'].map(index);
  const top = (wanted: string, count: string, limit: number): string[] => {
    const n = index(count);
    const names: [string, number][] = [];
    for (const row of rows)
      if (String(row[dimension]) === wanted && months.has(monthText(row[month])))
        names.push([String(row[name] ?? ''), Number(row[n])]);
    return topNames(names, limit);
  };
  return { sheet: sheet.getName(), header: values[0], rows, index, top };
}

/** The breakdown extract, with the categories and channels that have most tickets in `months`. */
function breakdownRef(sheet: Sheet | null, months: Set<string>): ExtractRef['breakdown'] {
  const x = extractRows(sheet, isBreakdownHeader, months);
  if (!x) return undefined;
  return {
    sheet: x.sheet,
    cols: extractColumns(x.header, BREAKDOWN_HEADERS) as Record<
      (typeof BREAKDOWN_HEADERS)[number],
      string
    >,
    categories: x.top('category', 'tickets', MAX_LISTED),
    channels: x.top('channel', 'tickets', MAX_LISTED),
  };
}

/**
 * The team extract, with the agents and groups that solved most tickets in `months` (as the
 * Tickets tab's are listed) and the latest month with a solved ticket.
 */
function teamRef(sheet: Sheet | null, months: Set<string>): ExtractRef['team'] {
  const x = extractRows(sheet, isTeamHeader, months);
  if (!x) return undefined;
  const [month, solved] = ['month', 'solved'].map(x.index);
  let latestSolved: string | undefined;
  for (const row of x.rows) {
    const m = monthText(row[month]);
    if (months.has(m) && Number(row[solved]) > 0 && (!latestSolved || m > latestSolved))
      latestSolved = m;
  }
  return {
    sheet: x.sheet,
    cols: extractColumns(x.header, TEAM_HEADERS) ?? {},
    agents: x.top('assignee', 'solved', MAX_TEAM),
    groups: x.top('group', 'solved', MAX_TEAM),
    ...(latestSolved ? { latestSolved } : {}),
  };
}

/** A month cell of an extract as "2026-03": text as it is, or a date Sheets made of it. */
function monthText(v: Cell): string {
  if (typeof v === 'number') {
    const d = new Date((v - SERIAL_EPOCH) * 86400000);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as unknown as Date;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  }
  return String(v ?? '').trim();
}

export function generateReport(svc: Services, options: Options): GenerateResult {
  const t = messages(options.language);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const found = findAll(svc, ss);
  const reports = found.reports;
  const period = periodOf(options);
  const report = reports.get(period) ?? {};
  const tickets = ticketsRef(found.tickets, options);
  if (tickets) tickets.desks = importedDesks(svc);
  const specs = reportSpec(
    options,
    tickets,
    !!report.team,
    extractRef(ss, options),
    !!report.weekly,
    !!report.sla,
  );
  const created = Object.keys(report).length === 0;
  const label = ` ${periodLabel(options, t)}`;
  const suffixed = [...reports.keys()].some((p) => p !== period);
  const journal = new Journal();
  const entries: Record<string, { layout: Layout; name: string }> = {};
  const ctx: WriteContext = {
    svc,
    journal,
    t,
    known: knownTexts(),
    tabs: {
      ...tabsOf(entries),
      set: (tab, layout, name) => (entries[tab] = { layout, name }),
    },
    base: { v: 1, t: 'metrics', p: period, l: options.language, c: options.currency },
  };
  // The previous period's report, when there is one: tab 1 compares its first month and year
  // to date with it.
  const before = reports.get(periodOf({ year: options.year - 1, firstMonth: options.firstMonth }));
  if (before?.metrics)
    entries['prev.metrics'] = {
      layout: new Layout(before.metrics.rows, before.metrics.cols),
      name: before.metrics.sheet.getName(),
    };
  const written: { key: TabKey; w: Written }[] = [];
  try {
    let previous: Sheet | null = null;
    specs.forEach((spec, i) => {
      const found = report[spec.key];
      if (found) {
        // A name the add-on gave follows the language; a name the user gave stays.
        const { sheet, state } = found;
        const name = sheet.getName();
        const rename = name === state.n && state.l !== options.language;
        const wanted = `${spec.name}${state.s ? label : ''}`;
        ctx.base = { ...ctx.base, t: spec.key, n: rename ? wanted : state.n, s: state.s };
        const w = updateTab(ctx, found, spec, name);
        if (rename && wanted !== name) {
          w.name = renameFree(sheet, wanted);
          journal.done(() => sheet.setName(name));
          entries[spec.key].name = w.name;
        }
        written.push({ key: spec.key, w });
      } else {
        // A new report goes first; a tab the user deleted comes back after the report's previous tab.
        const index = created ? i : previous ? previous.getIndex() : 0;
        const { sheet, name } = insertFree(ss, `${spec.name}${suffixed ? label : ''}`, index);
        journal.done(() => ss.deleteSheet(sheet));
        ctx.base = { ...ctx.base, t: spec.key, n: name, s: suffixed };
        written.push({ key: spec.key, w: createTab(ctx, sheet, spec, name) });
      }
      previous = written[written.length - 1].w.sheet;
    });
    const props = svc.PropertiesService.getDocumentProperties();
    const before = props.getProperty(OPTIONS_KEY);
    const json = JSON.stringify(options);
    if (before !== json) {
      props.setProperty(OPTIONS_KEY, json);
      journal.done(() => props.setProperty(OPTIONS_KEY, before ?? ''));
    }
  } catch (e) {
    journal.rollback();
    throw e;
  }
  return {
    created,
    sheets: written.map(({ key, w }) => ({ key, name: w.name, id: w.sheet.getSheetId() })),
    inserted: written.reduce((n, x) => n + x.w.inserted, 0),
    kept: written.reduce((n, x) => n + x.w.kept, 0),
  };
}
