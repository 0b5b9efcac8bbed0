/**
 * The exports people have, through the built bundle in the emulator as the sidebar and the
 * CLI import them: a report input the file cannot feed stays typed (never a 0 counted from an
 * empty column), and the real exports in ../shared/real-exports (read here only; nothing of
 * them is copied) import with every ticket in its created month, or are refused as summaries.
 */
import * as fs from 'node:fs';
import { COLUMN_INDEX, ImportFileError, prepare, rowsOf, SERIAL_EPOCH } from '../../src/tickets';
import { EMAIL } from '../../src/tickets/guess';
import { TICKET_INPUT_IDS } from '../../src/tickets/feeds';
import { createEmulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { makeTickets } from '../helpers/exports';
import { importFile } from '../helpers/import';
import { exploreExport, exploreResaved } from '../helpers/layouts';
import { errorsShown, locate, monthKeys } from '../helpers/report';
import { describeWithShared, sharedPath } from '../helpers/shared';

const ZONE = 'Europe/Ljubljana';

async function imported(file: string | Uint8Array, year: number, zone = ZONE) {
  const emu = createEmulator({ locale: 'en_US', timeZone: zone });
  const ctx = loadBundle(emu.globals);
  const options = { year, firstMonth: 1, language: 'en', currency: '€' };
  call(ctx, 'generateFromSidebar', options);
  const run = await importFile(ctx, file, { zone });
  const metrics = emu.spreadsheet.sheet('Monthly metrics');
  return { emu, run, metrics, months: monthKeys(options) };
}

/** An input's twelve month cells: formulas and shown values. */
function inputRow(metrics: FakeSheet, months: string[], id: string) {
  const m = locate(metrics);
  const range = metrics.getRange(m.row(`i.${id}`), m.col(months[0]), 1, 12);
  return { formulas: range.getFormulas()[0], values: range.getValues()[0] };
}

test('an input the file cannot feed stays typed; the ones it can are counts over the Tickets tab', async () => {
  const tickets = makeTickets(40, Date.UTC(2026, 0, 3), Date.UTC(2026, 10, 1), 31);
  const { run, metrics, months } = await imported(exploreResaved(tickets, ZONE), 2026);
  expect(run.reply!.summary!.added).toBe(tickets.length);
  const created = inputRow(metrics, months, 'tickets_created');
  expect(created.formulas.every((f) => /^=COUNTIFS\(/.test(f))).toBe(true);
  expect(created.values.reduce((a: number, b) => a + Number(b), 0)).toBe(tickets.length);
  for (const id of TICKET_INPUT_IDS.filter((i) => i !== 'tickets_created')) {
    const row = inputRow(metrics, months, id);
    expect([id, row.formulas.filter(Boolean)]).toEqual([id, []]);
    expect([id, row.values.filter((v) => v !== '')]).toEqual([id, []]);
  }
});

test('a Zendesk Explore report feeds tickets resolved and first replies, each ticket once', async () => {
  const tickets = makeTickets(40, Date.UTC(2026, 0, 3), Date.UTC(2026, 10, 1), 32);
  const { metrics, months, emu } = await imported(exploreExport(tickets, ZONE), 2026);
  const sum = (id: string) =>
    inputRow(metrics, months, id).values.reduce((a: number, b) => a + Number(b || 0), 0);
  expect(sum('tickets_created')).toBe(tickets.length);
  expect(sum('tickets_resolved')).toBe(tickets.filter((t) => t.solved !== undefined).length);
  expect(sum('frt_tickets')).toBe(tickets.filter((t) => t.firstReply !== undefined).length);
  expect(errorsShown(metrics, emu.spreadsheet.sheet('Ticket volume'))).toEqual([]);
});

/** The real exports and what each must give: a ticket list, or a summary refused. */
const REAL: [string, 'tickets' | 'summary'][] = [
  ['freshdesk-comparefoods-feb2026.csv', 'tickets'],
  ['freshdesk-es-maswer-jun2026.csv', 'tickets'],
  ['freshdesk-thingtrax-feb2025.csv', 'tickets'],
  ['freshdesk-trial-sample-devrev.csv', 'tickets'],
  ['jira-sm-es-helpdesk-simulation.csv', 'tickets'],
  ['jira-software-en-reporting-dashboard.csv', 'tickets'],
  ['servicenow-duke-incident.csv', 'tickets'],
  ['servicenow-pdi-demo-incident.csv', 'tickets'],
  ['servicenow-uci-incident-event-log.csv', 'tickets'],
  ['zendesk-explore-branch-q425.csv', 'tickets'],
  ['zendesk-explore-branch-tickets-export.csv', 'tickets'],
  ['zendesk-explore-branch-weekly.csv', 'tickets'],
  ['zendesk-explore-dashboard-assignee-activity.csv', 'summary'],
  ['zendesk-explore-dashboard-first-reply-brackets.csv', 'summary'],
];

/**
 * The column each real ticket list's assignee and group come from (headers only; none of
 * the names in them is written here): never the requester, reporter, caller, an id column or
 * the project lead or account manager.
 */
const AGENT_COLUMNS: Record<string, [string | null, string | null]> = {
  'freshdesk-comparefoods-feb2026.csv': ['Agent', 'Group'],
  'freshdesk-es-maswer-jun2026.csv': [null, 'Grupo'],
  'freshdesk-thingtrax-feb2025.csv': ['Agent', 'Group'],
  'freshdesk-trial-sample-devrev.csv': [null, null],
  'jira-sm-es-helpdesk-simulation.csv': ['Persona asignada', null],
  'jira-software-en-reporting-dashboard.csv': ['Assignee', null],
  'servicenow-duke-incident.csv': [null, 'assignment_group'],
  'servicenow-pdi-demo-incident.csv': ['assigned_to', 'assignment_group'],
  'servicenow-uci-incident-event-log.csv': ['assigned_to', 'assignment_group'],
  'zendesk-explore-branch-q425.csv': ['Assignee name', null],
  'zendesk-explore-branch-tickets-export.csv': [null, null],
  'zendesk-explore-branch-weekly.csv': ['Assignee name', null],
};

describeWithShared('the real exports in ../shared/real-exports', () => {
  test.each(Object.entries(AGENT_COLUMNS))(
    "%s: assignee and group from the agents' columns only",
    (file, [assignee, group]) => {
      const p = prepare(fs.readFileSync(sharedPath('real-exports', file)));
      const header = (f: 'assignee' | 'group') =>
        p.mapping[f] ? p.headers[p.mapping[f]!.column] : null;
      expect([header('assignee'), header('group')]).toEqual([assignee, group]);
      // Off, no agent's name is kept; no e-mail address ever is.
      const off = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true, keepAgentNames: false });
      expect(off.rows.every((r) => r[COLUMN_INDEX.assignee] === '')).toBe(true);
      const on = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true });
      for (const r of on.rows)
        for (const k of ['assignee', 'group'] as const)
          expect(String(r[COLUMN_INDEX[k]])).not.toMatch(EMAIL);
      if (assignee) expect(on.rows.some((r) => r[COLUMN_INDEX.assignee] !== '')).toBe(true);
    },
  );

  test.each([
    ['freshdesk-comparefoods-feb2026.csv', 'First response status', 'frt_sla'],
    ['freshdesk-thingtrax-feb2025.csv', 'First response status', 'frt_sla'],
    ['freshdesk-es-maswer-jun2026.csv', 'Estado de resolución', 'resolution_sla'],
    ['servicenow-uci-incident-event-log.csv', 'made_sla', 'resolution_sla'],
  ] as const)(
    "%s: the desk's own SLA status (%s) is kept as met or breached, ticket by ticket",
    (file, header, key) => {
      const p = prepare(fs.readFileSync(sharedPath('real-exports', file)));
      expect(p.headers[p.mapping[key]!.column]).toBe(header);
      const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true, keepExcluded: true });
      // The file's words, by ticket (the last row of an id wins, as the import keeps it).
      const column = p.headers.indexOf(header);
      const idColumn = p.mapping.id!.column;
      const said = new Map(p.table.slice(1).map((r) => [r[idColumn].trim(), r[column].trim()]));
      let statuses = 0;
      for (const r of n.rows) {
        const word = said.get(String(r[COLUMN_INDEX.id]))!;
        const want = /^(within sla|true)$/i.test(word)
          ? 1
          : /^(sla violated|false)$/i.test(word)
            ? 0
            : '';
        expect([word, r[COLUMN_INDEX[key]]]).toEqual([word, want]);
        if (want !== '') statuses++;
      }
      expect(statuses).toBeGreaterThan(0);
    },
  );

  test('every file there is listed here', () => {
    const files = fs.readdirSync(sharedPath('real-exports')).filter((f) => f.endsWith('.csv'));
    expect(files.sort()).toEqual(REAL.map(([f]) => f).sort());
  });

  test.each(REAL)(
    '%s',
    async (file, kind) => {
      const bytes = fs.readFileSync(sharedPath('real-exports', file));
      if (kind === 'summary') {
        expect(() => prepare(bytes)).toThrow(ImportFileError);
        try {
          prepare(bytes);
        } catch (e) {
          expect((e as ImportFileError).reason).toMatch(/^summary/);
        }
        return;
      }
      const p = prepare(bytes);
      const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true });
      expect(n.rejected).toEqual([]);
      expect(n.rows.length).toBeGreaterThan(0);
      // No character lost to a wrong encoding, in what the file says or what is kept of it.
      expect(p.headers.join('').includes('\uFFFD')).toBe(false);
      expect(n.rows.some((r) => r.some((v) => String(v).includes('\uFFFD')))).toBe(false);
      // Dates are date-times (serial numbers), never text.
      for (const r of n.rows) {
        expect(typeof r[COLUMN_INDEX.created]).toBe('number');
        for (const k of ['first_reply', 'solved', 'updated'] as const)
          expect(['number', 'string']).toContain(typeof r[COLUMN_INDEX[k]]);
        for (const k of ['first_reply', 'solved', 'updated'] as const)
          if (typeof r[COLUMN_INDEX[k]] === 'string') expect(r[COLUMN_INDEX[k]]).toBe('');
      }
      // Every ticket lands in its created month of the report of the newest ticket's year.
      let newest = -Infinity;
      for (const r of n.rows) newest = Math.max(newest, r[COLUMN_INDEX.created] as number);
      const year = new Date((newest - SERIAL_EPOCH) * 86400000).getUTCFullYear();
      const { metrics, months, emu } = await imported(bytes, year);
      const perMonth = Array(12).fill(0);
      for (const r of n.rows) {
        const d = new Date(((r[COLUMN_INDEX.created] as number) - SERIAL_EPOCH) * 86400000);
        if (d.getUTCFullYear() === year) perMonth[d.getUTCMonth()]++;
      }
      expect(inputRow(metrics, months, 'tickets_created').values.map(Number)).toEqual(perMonth);
      const tab = emu.spreadsheet.sheet('Tickets');
      expect(tab.getRange(2, 2, 1, 1).getValues()[0][0]).toEqual(expect.any(Number));
      expect(tab.getRange(2, 2, 1, 1).getNumberFormats()[0][0]).toMatch(/yyyy/);
    },
    60000,
  );
});
