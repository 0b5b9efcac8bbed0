/**
 * The sidebar client: bundled by scripts/build.ts and inlined into dist/Sidebar.html.
 * Everything from the server or the spreadsheet is written with textContent or .value,
 * never as HTML.
 */
import type { GenerateReply, SidebarState } from '../server';
import { $, option, setStatusOf, showMessage } from './dom';
import { setUpImport } from './import';
import { setUpWarehouse } from './warehouse';

interface Runner {
  withSuccessHandler(f: (value: never) => void): Runner;
  withFailureHandler(f: (error: { message?: string } | string) => void): Runner;
  [fn: string]: (...args: never[]) => unknown;
}
declare const google: { script: { run: Runner } };

const form = $<HTMLFormElement>('options');
const year = $<HTMLInputElement>('year');
const firstMonth = $<HTMLSelectElement>('firstMonth');
const language = $<HTMLSelectElement>('language');
const currency = $<HTMLInputElement>('currency');
const ticketSource = $<HTMLSelectElement>('ticket-source');
const sourceRow = $<HTMLDivElement>('source-row');
const generate = $<HTMLButtonElement>('generate');
const status = $<HTMLDivElement>('status');
const error = $<HTMLDivElement>('error');
const openRow = $<HTMLDivElement>('open-row');
const tabLinks = $<HTMLDivElement>('tab-links');
const tabsLabel = $<HTMLSpanElement>('tabs-label');
const tabList = $<HTMLUListElement>('tab-list');
const open = $<HTMLButtonElement>('open');
const search = $<HTMLInputElement>('search');
const list = $<HTMLUListElement>('function-list');
const noMatch = $<HTMLParagraphElement>('no-match');

let state: SidebarState | null = null;
let running = false;
let reportId: number | null = null;

/** Calls a server function; resolves with its value, rejects with a plain message. */
function server<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value: never) => resolve(value as T))
      .withFailureHandler((e) => reject(new Error(plain(e))));
    (run[fn] as (...a: unknown[]) => void)(...args);
  });
}

/** An error as words for people: no "Error:" prefixes, no stack. */
function plain(e: { message?: string } | string): string {
  const text = typeof e === 'string' ? e : (e?.message ?? '');
  return text.replace(/^(?:\w*(?:Error|Exception)\s*:\s*)+/, '').split('\n')[0] || 'Unknown error';
}

function showError(message: string | null): void {
  showMessage(error, message);
}

function setStatus(text: string, kind: '' | 'busy' | 'ok' = ''): void {
  setStatusOf(status, text, kind);
}

type OpenLink = { name: string; id: number; tabs: { name: string; id: number }[] };

/** The link to the report's first tab, and one to each of its tabs. */
function showOpen(report: OpenLink | null): void {
  reportId = report ? report.id : null;
  openRow.hidden = !report;
  if (!report || !state) return;
  open.textContent = `${state.text.openReport}: ${report.name}`;
  tabLinks.hidden = report.tabs.length < 2;
  tabsLabel.textContent = state.text.reportTabs;
  tabList.replaceChildren(
    ...report.tabs.map((tab) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = tab.name;
      button.addEventListener('click', () => {
        void server<boolean>('openReportTab', tab.id).catch((e: Error) => showError(e.message));
      });
      item.append(button);
      return item;
    }),
  );
}

/** The report of the period chosen in the form, if this file has one. */
function reportForForm(s: SidebarState): OpenLink | null {
  const period = `${year.value}-${String(firstMonth.value).padStart(2, '0')}`;
  return s.reports.find((r) => r.period === period) ?? null;
}

/** Applies the texts of the chosen language; keeps what the user typed. */
function applyTexts(s: SidebarState): void {
  document.documentElement.lang = s.options.language;
  document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
    const key = el.dataset.t as keyof SidebarState['text'];
    if (s.text[key]) el.textContent = s.text[key];
  });
  search.placeholder = s.text.search;
  const month = firstMonth.value;
  firstMonth.replaceChildren(...s.months.map((m, i) => option(String(i + 1), m)));
  firstMonth.value = month || String(s.options.firstMonth);
  renderFunctions(s);
}

function render(s: SidebarState, first: boolean): void {
  state = s;
  if (first) {
    year.value = String(s.options.year);
    currency.value = s.options.currency;
    language.replaceChildren(...s.languages.map((l) => option(l.code, l.name)));
  }
  language.value = s.options.language;
  applyTexts(s);
  renderSources(s);
  importUi.render(s);
  warehouseUi.render(s);
  showOpen(reportForForm(s));
  generate.disabled = running;
}

/** Where the ticket numbers come from: the Tickets tab, or a BigQuery extract sheet. */
function renderSources(s: SidebarState): void {
  const chosen = ticketSource.value || String(s.options.extract?.monthly ?? '');
  ticketSource.replaceChildren(
    option('', s.text.ticketsTab),
    ...s.extracts.monthly.map((x) => option(String(x.id), x.name)),
  );
  ticketSource.value = s.extracts.monthly.some((x) => String(x.id) === chosen) ? chosen : '';
  sourceRow.hidden = !s.extracts.monthly.length;
}

function renderFunctions(s: SidebarState): void {
  const items = s.functions.map((f) => {
    const li = document.createElement('li');
    li.dataset.search = `${f.name} ${f.title} ${f.description}`.toLowerCase();
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = f.syntax;
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = f.title;
    const desc = document.createElement('p');
    desc.textContent = f.description;
    const example = document.createElement('div');
    example.className = 'example';
    example.setAttribute('role', 'group');
    example.setAttribute('aria-label', s.text.example);
    const code = document.createElement('code');
    code.textContent = f.example;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'secondary';
    copy.textContent = s.text.copy;
    copy.setAttribute('aria-label', `${s.text.copy} ${f.example}`);
    copy.addEventListener('click', () => copyText(f.example, copy, s));
    example.append(code, copy);
    li.append(name, title, desc, example);
    return li;
  });
  list.replaceChildren(...items);
  filter();
}

function filter(): void {
  const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  list.querySelectorAll<HTMLLIElement>('li').forEach((li) => {
    const hit = words.every((w) => (li.dataset.search ?? '').includes(w));
    li.hidden = !hit;
    if (hit) shown++;
  });
  noMatch.hidden = shown > 0;
}

async function copyText(text: string, button: HTMLButtonElement, s: SidebarState): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.textContent = s.text.copied;
  setTimeout(() => (button.textContent = s.text.copy), 1500);
}

async function onGenerate(event: Event): Promise<void> {
  event.preventDefault();
  if (running || !state) return;
  running = true;
  generate.disabled = true;
  generate.setAttribute('aria-busy', 'true');
  showError(null);
  setStatus(state.text.generating, 'busy');
  try {
    const reply = await server<GenerateReply>('generateFromSidebar', {
      year: Number(year.value),
      firstMonth: Number(firstMonth.value),
      language: language.value,
      currency: currency.value,
      ...(ticketSource.value
        ? {
            extract: {
              monthly: Number(ticketSource.value),
              breakdown: state.extracts.breakdown[0]?.id,
              team: state.extracts.team[0]?.id,
            },
          }
        : {}),
    });
    setStatus(reply.message, 'ok');
    const first = reply.sheets[0];
    if (first) {
      const tabs = reply.sheets.map(({ name, id }) => ({ name, id }));
      state.reports = [
        { period: reply.period, label: reply.period, name: first.name, id: first.id, tabs },
        ...state.reports.filter((r) => r.period !== reply.period),
      ];
    }
    showOpen(first ? state.reports[0] : null);
  } catch (e) {
    setStatus('');
    showError(`${state.text.failed} ${(e as Error).message}`);
  } finally {
    running = false;
    generate.disabled = false;
    generate.removeAttribute('aria-busy');
  }
}

const importUi = setUpImport(server, () => language.value);
const warehouseUi = setUpWarehouse(
  () => ({ year: Number(year.value), firstMonth: Number(firstMonth.value) }),
  (text, button) => state && void copyText(text, button, state),
);

form.addEventListener('submit', onGenerate);
for (const field of [year, firstMonth])
  field.addEventListener('change', () => {
    if (!state) return;
    showOpen(reportForForm(state));
    warehouseUi.render(state);
  });
search.addEventListener('input', filter);
open.addEventListener('click', () => {
  if (reportId !== null)
    void server<boolean>('openReportTab', reportId).catch((e: Error) => showError(e.message));
});
language.addEventListener('change', () => {
  void server<SidebarState>('sidebarState', language.value).then(
    (s) => render(s, false),
    (e: Error) => showError(e.message),
  );
});

server<SidebarState>('sidebarState').then(
  (s) => render(s, true),
  (e: Error) => showError(e.message),
);
