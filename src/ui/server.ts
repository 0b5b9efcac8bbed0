/**
 * Entry points Apps Script calls: the add-on menu (simple triggers) and the sidebar's
 * server functions (google.script.run). Each resolves the live services only when called.
 */
import { METRICS, syntaxOf } from '../catalogue';
import {
  LANGUAGES,
  fill,
  isLanguage,
  languageForLocale,
  messages,
  type Language,
  type Messages,
} from '../i18n';
import {
  findExtracts,
  generateReport,
  listReports,
  OPTIONS_KEY,
  type GenerateResult,
} from '../report/generate';
import { liveServices, type Services } from '../report/gas';
import { periodLabel, periodOf, TAB_KEYS, type Options } from '../report/spec';
import type { Report } from '../report/tabstate';
import { commitTickets, stageTickets, type ImportSummary } from '../report/tickets';
import { UserError } from '../report/writer';
import type { TicketRow } from '../tickets/columns';
import type { PartRequest } from '../tickets/pipeline';
import { TICKET_INPUT_IDS, type TicketInputId } from '../tickets/feeds';
import { decodeRows, PART_BYTES } from '../tickets/wire';
import { isHelpDesk, type HelpDesk } from '../tickets/profiles';
import { FIELDS, type DurationUnit, type Field, type Mapping } from '../tickets/fields';
import { escapeHtml } from './html';

export { UserError };

/** The live services, looked up when called (tests install the emulator as the globals). */
function services(): Services {
  return liveServices();
}

function localeLanguage(svc: Services): Language {
  try {
    return languageForLocale(svc.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en'; // AuthMode.NONE: the document cannot be read yet.
  }
}

/** The options last used in this document, or null when there are none or it cannot be read yet. */
function savedOptions(svc: Services): Options | null {
  try {
    const raw = svc.PropertiesService.getDocumentProperties().getProperty(OPTIONS_KEY);
    return raw ? checkOptions(JSON.parse(raw)) : null;
  } catch {
    return null; // AuthMode.NONE, or something unreadable: start from the defaults
  }
}

/** The options last used in this document, or defaults from its locale. */
export function defaultOptions(svc: Services = services(), saved = savedOptions(svc)): Options {
  if (saved) return saved;
  const language = localeLanguage(svc);
  return {
    year: new Date().getFullYear(),
    firstMonth: 1,
    language,
    currency: messages(language).currency,
  };
}

/** Checks options that came from the sidebar (untrusted) and normalises them. */
export function checkOptions(raw: unknown): Options {
  const o = (raw ?? {}) as Record<string, unknown>;
  const language = isLanguage(o.language) ? o.language : 'en';
  const t = messages(language);
  const year = Number(o.year);
  const firstMonth = Number(o.firstMonth);
  const currency = typeof o.currency === 'string' ? o.currency.trim() : '';
  if (!isLanguage(o.language)) throw new UserError(t.errors.language);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError(t.errors.year);
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12)
    throw new UserError(t.errors.firstMonth);
  // eslint-disable-next-line no-control-regex
  if (currency.length < 1 || currency.length > 12 || /[\u0000-\u001f]/.test(currency))
    throw new UserError(t.errors.currency);
  return {
    year,
    firstMonth,
    language,
    currency,
    ...(o.businessHours === true ? { businessHours: true } : {}),
    ...extractOption(o.extract),
  };
}

/** The extract sheets chosen in the sidebar, when they are sheet ids. */
function extractOption(raw: unknown): Pick<Options, 'extract'> {
  const e = (raw ?? {}) as Record<string, unknown>;
  // 0 is a sheet id too (the first sheet of a spreadsheet has it).
  const id = (v: unknown) =>
    Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined;
  const monthly = id(e.monthly);
  if (monthly === undefined) return {};
  const breakdown = id(e.breakdown);
  const team = id(e.team);
  return {
    extract: {
      monthly,
      ...(breakdown === undefined ? {} : { breakdown }),
      ...(team === undefined ? {} : { team }),
    },
  };
}

export interface ReportLink {
  /** "2026-01" */
  period: string;
  /** How the period reads: "2026", "Apr 2026". */
  label: string;
  /** The report's first tab, by the name the user sees now. */
  name: string;
  id: number;
  /** Every tab of the report, in the report's order (the sidebar offers to open each). */
  tabs: { name: string; id: number }[];
}

export interface SidebarState {
  options: Options;
  /** Every report in this file, newest period first. */
  reports: ReportLink[];
  languages: { code: Language; name: string }[];
  text: Messages['sidebar'];
  months: string[];
  functions: {
    name: string;
    syntax: string;
    title: string;
    description: string;
    example: string;
  }[];
  /** The ticket import: its texts, the spreadsheet's zone, and mappings remembered here. */
  import: {
    text: Messages['import'];
    /** The report's ticket inputs by name (the summary says which the file fed). */
    inputs: Record<TicketInputId, string>;
    timeZone: string;
    /** Whether dates that fit both orders are read day first (all locales but a few). */
    dayFirst: boolean;
    mappings: Record<string, Mapping>;
    /** Largest request of the import, in bytes (google.script.run's payload). */
    partBytes: number;
  };
  /** The "Tickets in BigQuery?" section's texts. */
  warehouse: Messages['warehouse'];
  /** Sheets holding a BigQuery extract (monthly, breakdown or team rows), by their header row. */
  extracts: ReturnType<typeof findExtracts>;
}

/** Everything the sidebar shows, in one round trip. */
export function sidebarState(language?: string): SidebarState {
  const svc = services();
  const options = defaultOptions(svc);
  const lang = isLanguage(language) ? language : options.language;
  const t = messages(lang);
  return {
    options: { ...options, language: lang },
    reports: reportLinks(svc, t),
    languages: LANGUAGES.map((code) => ({ code, name: messages(code).languageName })),
    text: t.sidebar,
    months: [...t.months],
    functions: METRICS.flatMap((metric) =>
      metric.functions.map((f) => ({
        name: f.name,
        syntax: syntaxOf(f),
        title: t.metrics[metric.id].name,
        description: lang === 'en' ? f.summary : t.metrics[metric.id].definition,
        example: f.example,
      })),
    ),
    import: importState(svc, t),
    warehouse: t.warehouse,
    extracts: safeExtracts(svc),
  };
}

function safeExtracts(svc: Services): SidebarState['extracts'] {
  try {
    return findExtracts(svc);
  } catch {
    return { monthly: [], breakdown: [], team: [] }; // AuthMode.NONE
  }
}

/** Document property: mappings the user chose for files no profile knows, by their headers. */
export const MAPPINGS_KEY = 'supportMetrics.mappings';
const MONTH_FIRST = /^en_(US|PH)|^(es_US|fil)/;

function importState(svc: Services, t: Messages): SidebarState['import'] {
  let timeZone = 'UTC';
  let locale = 'en_US';
  let mappings: Record<string, Mapping> = {};
  try {
    const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
    timeZone = ss.getSpreadsheetTimeZone() || 'UTC';
    locale = ss.getSpreadsheetLocale() || 'en_US';
    const raw = svc.PropertiesService.getDocumentProperties().getProperty(MAPPINGS_KEY);
    mappings = raw ? (JSON.parse(raw) as Record<string, Mapping>) : {};
  } catch {
    // AuthMode.NONE or an unreadable property: defaults
  }
  return {
    text: t.import,
    inputs: Object.fromEntries(TICKET_INPUT_IDS.map((id) => [id, t.inputs[id]])) as Record<
      TicketInputId,
      string
    >,
    timeZone,
    dayFirst: !MONTH_FIRST.test(locale),
    mappings,
    partBytes: PART_BYTES,
  };
}

/** Remembers the mapping chosen for a file's headers (the last 20 files). */
export function saveTicketMapping(signature: unknown, mapping: unknown): boolean {
  if (typeof signature !== 'string' || signature.length > 4000) return false;
  const clean: Mapping = {};
  for (const [field, source] of Object.entries((mapping ?? {}) as Record<string, unknown>)) {
    const s = source as { column?: unknown; unit?: unknown };
    if (!(FIELDS as readonly string[]).includes(field) || !Number.isInteger(s?.column)) continue;
    const unit = ['minutes', 'seconds', 'hours', 'hms'].includes(String(s.unit))
      ? (String(s.unit) as DurationUnit)
      : undefined;
    clean[field as Field] = unit
      ? { column: Number(s.column), unit }
      : { column: Number(s.column) };
  }
  const props = services().PropertiesService.getDocumentProperties();
  let all: Record<string, Mapping> = {};
  try {
    all = JSON.parse(props.getProperty(MAPPINGS_KEY) ?? '{}') as Record<string, Mapping>;
  } catch {
    all = {};
  }
  delete all[signature];
  all[signature] = clean;
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - 20))) delete all[k];
  props.setProperty(MAPPINGS_KEY, JSON.stringify(all));
  return true;
}

/** The reports in this file, for the sidebar's links (none when the file cannot be read yet). */
function reportLinks(svc: Services, t: Messages): ReportLink[] {
  let reports: Map<string, Report>;
  try {
    reports = listReports(svc);
  } catch {
    return []; // AuthMode.NONE
  }
  const links: ReportLink[] = [];
  for (const [period, report] of reports) {
    const first = report.metrics ?? report.volume ?? report.formulas;
    if (!first) continue;
    const [year, month] = period.split('-').map(Number);
    links.push({
      period,
      label: periodLabel({ year, firstMonth: month }, t),
      name: first.sheet.getName(),
      id: first.sheet.getSheetId(),
      tabs: TAB_KEYS.flatMap((k) => {
        const tab = report[k];
        return tab ? [{ name: tab.sheet.getName(), id: tab.sheet.getSheetId() }] : [];
      }),
    });
  }
  return links.sort((a, b) => (a.period < b.period ? 1 : -1));
}

export interface GenerateReply extends GenerateResult {
  period: string;
  seconds: number;
  message: string;
}

/**
 * Runs a change to the document holding its lock (one run at a time per document); an
 * unexpected error comes back in the user's words.
 */
function locked<T>(svc: Services, t: Messages, body: () => T): T {
  const lock = svc.LockService.getDocumentLock();
  if (!lock.tryLock(1000)) throw new UserError(t.errors.busy);
  try {
    return body();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${t.errors.unexpected} (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // The change is done (or undone); Apps Script releases the lock when the script ends.
    }
  }
}

/** The sidebar's Generate button. One run at a time per document. */
export function generateFromSidebar(raw: unknown): GenerateReply {
  const options = checkOptions(raw);
  const svc = services();
  const t = messages(options.language);
  const started = Date.now();
  return locked(svc, t, () => {
    const result = generateReport(svc, options);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const done = result.created ? t.sidebar.created : t.sidebar.updated;
    return { ...result, period: periodOf(options), seconds, message: fill(done, { seconds }) };
  });
}

/** What the sidebar's import sends with each part (untrusted until checked). */
export interface ImportRequest extends PartRequest {
  language: string;
  businessHours?: boolean;
  /** The help desk the file came from, as the import recognised it (null: a plain list). */
  desk?: string | null;
}

export interface ImportReply {
  done: boolean;
  /** The staging sheet, for the next parts to name. */
  stage?: number;
  summary?: ImportSummary;
  /** Set when the report of the saved period was updated to read the Tickets tab. */
  reportUpdated?: string;
}

/** Rows as the import sends them: arrays of the Tickets columns, text or finite numbers. */
/**
 * A part's rows, decoded: decodeRows already refuses a wrong width, a field that is not a
 * whole number where one belongs, and a row without an id; here, what it does not bound.
 */
function checkRows(rows: TicketRow[] | null, t: Messages): TicketRow[] {
  if (
    !rows ||
    rows.length > 200_000 ||
    rows.some((row) => row.some((v) => typeof v === 'string' && v.length > 500))
  )
    throw new UserError(t.import.errors.payload);
  return rows;
}

/**
 * The sidebar's import, one part per call. Parts before the last are staged; the last one
 * upserts everything into the Tickets tab at once, then updates the report of the period
 * last generated (if there is one) so its ticket inputs read the tab.
 */
export function importTickets(raw: unknown): ImportReply {
  const r = (raw ?? {}) as Record<string, unknown>;
  const language: Language = isLanguage(r.language) ? r.language : 'en';
  const t = messages(language);
  const rows = checkRows(typeof r.rows === 'string' ? decodeRows(r.rows) : null, t);
  const batch = String(r.batch ?? '');
  const part = Number(r.part);
  const parts = Number(r.parts);
  const offset = Number(r.offset);
  const total = Number(r.total);
  if (
    !/^[A-Za-z0-9]{1,24}$/.test(batch) ||
    !Number.isInteger(part) ||
    !Number.isInteger(parts) ||
    !Number.isInteger(offset) ||
    !Number.isInteger(total) ||
    total < offset + rows.length ||
    total > 10_000_000 ||
    part < 0 ||
    part >= parts ||
    offset < 0
  )
    throw new UserError(t.import.errors.payload);
  const stage = r.stage === undefined ? undefined : Number(r.stage);
  if (stage !== undefined && !Number.isInteger(stage)) throw new UserError(t.import.errors.payload);
  if (part > 0 && stage === undefined) throw new UserError(t.import.errors.payload);
  if (r.desk !== undefined && r.desk !== null && !isHelpDesk(r.desk))
    throw new UserError(t.import.errors.payload);
  const desk = r.desk as HelpDesk | null | undefined;
  const svc = services();
  if (part < parts - 1)
    return { done: false, stage: stageTickets(svc, batch, offset, total, rows, stage) };
  return locked(svc, t, () => {
    const summary = commitTickets(
      svc,
      rows,
      t.tabs.tickets,
      t.import.errors.tooLarge,
      parts > 1 ? stage : undefined,
      desk,
    );
    const reply: ImportReply = { done: true, summary };
    const saved = savedOptions(svc);
    if (saved) {
      const options: Options = { ...saved };
      if (r.businessHours === true) options.businessHours = true;
      else delete options.businessHours;
      // The tickets are in; a report that cannot be updated now is updated by its next
      // Generate (its own journal has undone whatever it began).
      try {
        if (listReports(svc).has(periodOf(options))) {
          generateReport(svc, options);
          reply.reportUpdated = fill(t.import.reportUpdated, {
            period: periodLabel(options, messages(options.language)),
          });
        }
      } catch {
        reply.reportUpdated = undefined;
      }
    }
    return reply;
  });
}

/** Shows a tab of the report (the sidebar's "Open the report"). */
export function openReportTab(sheetId: number): boolean {
  const sheet = services().SpreadsheetApp.getActiveSpreadsheet().getSheetById(Number(sheetId));
  if (!sheet) return false;
  sheet.activate();
  return true;
}

export function showSidebar(): void {
  const svc = services();
  const t = messages(defaultOptions(svc).language);
  const html = svc.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t.sidebar.title);
  svc.SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu item: generate with the options last used in this document (or defaults). */
export function generateFromMenu(): void {
  const reply = generateFromSidebar(defaultOptions());
  openReportTab(reply.sheets[0].id);
}

export function showHelp(): void {
  const svc = services();
  const t = messages(defaultOptions(svc).language);
  const body = `<div style="font:14px/1.5 Roboto,Arial,sans-serif;padding:8px">${escapeHtml(t.menu.helpText)}</div>`;
  svc.SpreadsheetApp.getUi().showModalDialog(
    svc.HtmlService.createHtmlOutput(body),
    t.sidebar.title,
  );
}

/** The add-on menu. Works in AuthMode.NONE: falls back to English when the file cannot be read. */
export function onOpen(): void {
  const svc = services();
  const t = messages(localeLanguage(svc));
  svc.SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.menu.openSidebar, 'showSidebar')
    .addItem(t.menu.generate, 'generateFromMenu')
    .addSeparator()
    .addItem(t.menu.help, 'showHelp')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}
