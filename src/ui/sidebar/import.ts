/**
 * The sidebar's ticket import: a file picked or dropped is read and parsed here, in the
 * browser (src/tickets: papaparse, header recognition, dates in the spreadsheet's zone); an
 * unknown file gets a mapping step with best guesses (remembered in the document); rows go
 * to the server in parts under 2 MB with a progress bar and Cancel; a summary lists what was
 * added, updated and rejected. Text from the file is only ever set with textContent.
 */
import {
  columnStats,
  DURATION_FIELDS,
  FIELDS,
  hasBusinessHours,
  HELP_DESK_NAMES,
  ImportFileError,
  leavesOut,
  partsOf,
  prepare,
  rowsOf,
  sendParts,
  unitFromHeader,
  type ColumnStats,
  type Field,
  type Mapping,
  type PartRequest,
  type Prepared,
} from '../../tickets';
import { fill } from '../../i18n/messages';
import { deskLines, feedLines } from '../feeds';
import { formatCount } from '../../i18n/numbers';
import type { ImportReply, SidebarState } from '../server';
import { $, option, setStatusOf, showMessage } from './dom';

type Server = <T>(fn: string, ...args: unknown[]) => Promise<T>;

export interface ImportUi {
  /** New texts (the sidebar's language changed). */
  render(state: SidebarState): void;
}

export function setUpImport(server: Server, language: () => string): ImportUi {
  const fileInput = $<HTMLInputElement>('file');
  const drop = $<HTMLDivElement>('drop');
  const setup = $<HTMLDivElement>('import-setup');
  const found = $<HTMLParagraphElement>('import-found');
  const mappingBox = $<HTMLDivElement>('mapping');
  const zone = $<HTMLSelectElement>('import-zone');
  const businessRow = $<HTMLLabelElement>('business-row');
  const business = $<HTMLInputElement>('business');
  const agentsRow = $<HTMLLabelElement>('agents-row');
  const keepAgents = $<HTMLInputElement>('keep-agents');
  const excludedRow = $<HTMLLabelElement>('excluded-row');
  const keepExcluded = $<HTMLInputElement>('keep-excluded');
  const start = $<HTMLButtonElement>('import-start');
  const progress = $<HTMLDivElement>('import-progress');
  const bar = $<HTMLProgressElement>('import-bar');
  const count = $<HTMLSpanElement>('import-count');
  const cancel = $<HTMLButtonElement>('import-cancel');
  const status = $<HTMLDivElement>('import-status');
  const rejectedList = $<HTMLUListElement>('import-rejected');
  const feeds = $<HTMLUListElement>('import-feeds');
  const error = $<HTMLDivElement>('import-error');

  let state: SidebarState | null = null;
  let prepared: Prepared | null = null;
  /** What each column of the file holds (for a duration's unit), when the mapping step is shown. */
  let stats: ColumnStats[] = [];
  let cancelled = false;
  let running = false;
  const text = () => state!.import.text;
  /** A count the sidebar's language's way ("250 000" in Russian). */
  const formatted = (n: number) => formatCount(n, language());

  const showError = (message: string | null) => showMessage(error, message);
  const setStatus = (message: string, kind: '' | 'busy' | 'ok' = '') =>
    setStatusOf(status, message, kind);
  const fileError = (e: unknown): string =>
    e instanceof ImportFileError
      ? text().errors[e.reason]
      : e instanceof Error
        ? e.message
        : String(e);

  function zones(current: string): string[] {
    const all =
      (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ??
      [];
    return [...new Set([current, ...all, 'UTC'])];
  }

  /**
   * The mapping step: a dropdown per field, the best guess (or the remembered one) chosen,
   * and a value of the chosen column beside it (from the file, set as text).
   */
  function renderMapping(p: Prepared, mapping: Mapping): void {
    const t = text();
    mappingBox.replaceChildren(
      ...FIELDS.map((field) => {
        const div = document.createElement('div');
        div.className = 'field';
        const label = document.createElement('label');
        label.htmlFor = `map-${field}`;
        label.textContent = t.fields[field];
        const select = document.createElement('select');
        select.id = `map-${field}`;
        select.dataset.field = field;
        // One option a column, appended one by one: a file may have 20 000 columns, more
        // than a call's arguments can hold.
        select.append(option('', t.notInFile));
        p.headers.forEach((h, i) => select.append(option(String(i), h || `#${i + 1}`)));
        select.value = mapping[field] ? String(mapping[field]!.column) : '';
        const sample = document.createElement('span');
        sample.className = 'sample';
        const showSample = () =>
          (sample.textContent = select.value === '' ? '' : p.samples[Number(select.value)]);
        showSample();
        select.addEventListener('change', showSample);
        div.append(label, select, sample);
        return div;
      }),
    );
  }

  function chosenMapping(): Mapping {
    if (!prepared) return {};
    if (!prepared.guessed) return prepared.mapping;
    const mapping: Mapping = {};
    mappingBox.querySelectorAll<HTMLSelectElement>('select').forEach((select) => {
      const field = select.dataset.field as Field;
      if (select.value === '') return;
      const column = Number(select.value);
      mapping[field] = DURATION_FIELDS.includes(field)
        ? { column, unit: unitFromHeader(prepared!.headers[column], stats[column]) }
        : { column };
    });
    return mapping;
  }

  async function onFile(file: File | undefined): Promise<void> {
    if (!file || !state || running) return;
    showError(null);
    setStatus('');
    rejectedList.hidden = true;
    feeds.hidden = true;
    setup.hidden = true;
    prepared = null;
    try {
      prepared = prepare(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      showError(fileError(e));
      return;
    }
    const t = text();
    const rows = formatted(prepared.table.length - 1);
    const remembered = state.import.mappings[prepared.signature];
    const desk = prepared.desk && HELP_DESK_NAMES[prepared.desk];
    found.textContent = !desk
      ? fill(t.unknown, { rows })
      : prepared.guessed
        ? fill(t.guessed, { desk, rows })
        : fill(t.recognised, { desk, rows });
    mappingBox.hidden = !prepared.guessed;
    if (prepared.guessed) {
      stats = columnStats(prepared.table);
      renderMapping(prepared, remembered ?? prepared.mapping);
    }
    const current = prepared.zone ?? state.import.timeZone;
    zone.replaceChildren(...zones(current).map((z) => option(z, z)));
    zone.value = current;
    zone.disabled = !!prepared.zone;
    const hasBusiness = !!(prepared.mapping.frt_business || prepared.mapping.resolution_business);
    businessRow.hidden = !hasBusiness;
    business.checked = hasBusiness && !!state.options.businessHours;
    agentsRow.hidden = !prepared.mapping.assignee;
    excludedRow.hidden = !leavesOut(prepared.desk);
    setup.hidden = false;
    start.focus();
  }

  async function onStart(): Promise<void> {
    if (!prepared || !state || running) return;
    const t = text();
    showError(null);
    rejectedList.hidden = true;
    const mapping = chosenMapping();
    let normalized;
    try {
      normalized = rowsOf(prepared, mapping, {
        sheetZone: state.import.timeZone,
        exportZone: zone.value || undefined,
        dayFirst: state.import.dayFirst,
        keepAgentNames: keepAgents.checked,
        keepExcluded: keepExcluded.checked,
      });
    } catch (e) {
      showError(fileError(e));
      return;
    }
    if (prepared.guessed)
      void server('saveTicketMapping', prepared.signature, mapping).catch(() => undefined);
    const desk = prepared.desk ?? null;
    const parts = partsOf(normalized.rows, state.import.partBytes);
    const total = normalized.rows.length;
    running = true;
    cancelled = false;
    start.disabled = true;
    setup.hidden = true;
    progress.hidden = false;
    bar.max = Math.max(1, total);
    bar.value = 0;
    count.textContent = fill(t.progress, { done: formatted(0), total: formatted(total) });
    setStatus('');
    try {
      const reply = await sendParts<ImportReply>(
        parts,
        (request: PartRequest) =>
          server<ImportReply>('importTickets', {
            ...request,
            language: language(),
            businessHours: business.checked && hasBusinessHours(normalized.rows),
            desk,
          }),
        (done) => {
          bar.value = done;
          count.textContent = fill(t.progress, { done: formatted(done), total: formatted(total) });
        },
        () => cancelled,
      );
      if (!reply?.summary) {
        setStatus(t.cancelled);
        return;
      }
      const s = reply.summary;
      const lines = [
        fill(t.done, {
          added: formatted(s.added),
          updated: formatted(s.updated),
          unchanged: formatted(s.unchanged),
          total: formatted(s.total),
        }),
      ];
      if (normalized.duplicates)
        lines.push(fill(t.duplicates, { count: formatted(normalized.duplicates) }));
      lines.push(...deskLines(t, normalized, prepared.desk, formatted));
      if (reply.reportUpdated) lines.push(reply.reportUpdated);
      setStatus(lines.join(' '), 'ok');
      feeds.replaceChildren(
        ...feedLines(t, state.import.inputs, mapping, prepared.desk).map((line) => {
          const li = document.createElement('li');
          li.textContent = line;
          return li;
        }),
      );
      feeds.hidden = false;
      if (normalized.rejected.length) {
        const head = document.createElement('li');
        head.textContent = fill(t.rejected, { count: formatted(normalized.rejected.length) });
        head.className = 'head';
        rejectedList.replaceChildren(
          head,
          ...normalized.rejected.slice(0, 20).map((r) => {
            const li = document.createElement('li');
            // The file's own header says best which column is meant.
            const source = r.field ? mapping[r.field] : undefined;
            const field = source
              ? prepared!.headers[source.column]
              : r.field
                ? t.fields[r.field]
                : '';
            const reason = fill(t.reasons[r.reason], { field, value: r.value ?? '' });
            li.textContent = fill(t.row, { row: r.row, reason });
            return li;
          }),
        );
        rejectedList.hidden = false;
      }
    } catch (e) {
      setStatus('');
      showError(e instanceof Error ? e.message : String(e));
      setup.hidden = false;
    } finally {
      running = false;
      start.disabled = false;
      progress.hidden = true;
    }
  }

  fileInput.addEventListener('change', () => void onFile(fileInput.files?.[0]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void onFile(e.dataTransfer?.files?.[0]);
  });
  start.addEventListener('click', () => void onStart());
  cancel.addEventListener('click', () => {
    cancelled = true;
    cancel.disabled = true;
    setTimeout(() => (cancel.disabled = false), 500);
  });

  return {
    render(s: SidebarState): void {
      state = s;
      document.querySelectorAll<HTMLElement>('[data-i]').forEach((el) => {
        const key = el.dataset.i as keyof SidebarState['import']['text'];
        const value = s.import.text[key];
        if (typeof value === 'string') el.textContent = value;
      });
      if (prepared?.guessed) renderMapping(prepared, chosenMapping());
    },
  };
}
