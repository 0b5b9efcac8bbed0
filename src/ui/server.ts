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
  generateReport,
  reportState,
  type GenerateResult,
  type ReportState,
} from '../report/generate';
import { liveServices, type Services } from '../report/gas';
import type { Options } from '../report/spec';
import { escapeHtml } from './html';

/** The live services, looked up when called (tests install the emulator as the globals). */
function services(): Services {
  return liveServices();
}

/** A problem the user can fix, shown in the sidebar as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

function localeLanguage(svc: Services): Language {
  try {
    return languageForLocale(svc.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en'; // AuthMode.NONE: the document cannot be read yet.
  }
}

/** The report's stored state, or null when there is none or the file cannot be read yet. */
function savedState(svc: Services): ReportState | null {
  try {
    return reportState(svc);
  } catch {
    return null; // AuthMode.NONE
  }
}

/** The options last used in this document, or defaults from its locale. */
export function defaultOptions(svc: Services = services(), state = savedState(svc)): Options {
  if (state) return state.options;
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
  return { year, firstMonth, language, currency };
}

export interface SidebarState {
  options: Options;
  /** The current report's first tab, when there is one (its name as the user sees it now). */
  report: { name: string; id: number } | null;
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
}

/** Everything the sidebar shows, in one round trip. */
export function sidebarState(language?: string): SidebarState {
  const svc = services();
  const state = savedState(svc);
  const options = defaultOptions(svc, state);
  const lang = isLanguage(language) ? language : options.language;
  const t = messages(lang);
  return {
    options: { ...options, language: lang },
    report: currentReport(svc, state),
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
  };
}

function currentReport(
  svc: Services,
  state: ReportState | null,
): { name: string; id: number } | null {
  try {
    const id = state?.sheets.metrics?.id;
    const sheet =
      id === undefined ? null : svc.SpreadsheetApp.getActiveSpreadsheet().getSheetById(id);
    return sheet && id !== undefined ? { name: sheet.getName(), id } : null;
  } catch {
    return null;
  }
}

export interface GenerateReply extends GenerateResult {
  seconds: number;
  message: string;
}

/** The sidebar's Generate button. One run at a time per document. */
export function generateFromSidebar(raw: unknown): GenerateReply {
  const options = checkOptions(raw);
  const svc = services();
  const t = messages(options.language);
  const lock = svc.LockService.getDocumentLock();
  if (!lock.tryLock(1000)) throw new UserError(t.errors.busy);
  const started = Date.now();
  try {
    const result = generateReport(svc, options);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    return { ...result, seconds, message: fill(t.sidebar.done, { seconds }) };
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${t.errors.unexpected} (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    lock.releaseLock();
  }
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
