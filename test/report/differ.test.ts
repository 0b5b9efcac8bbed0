/**
 * Tab 3's "Why our numbers may differ from your help desk's" (src/catalogue/desks.ts): the
 * checks, each desk's documented definitions with their sources, for the desks whose exports
 * the Tickets tab holds (every documented desk when it holds none), in every language. The
 * files are made up (each desk's header layout, no real export's rows).
 */
import * as fs from 'node:fs';
import {
  CHECKS,
  DESK_NOTES,
  NOTED_DESKS,
  notedChecks,
  notesOf,
  type NotedDesk,
} from '../../src/catalogue';
import { fill, LANGUAGES, messages } from '../../src/i18n';
import { Layout, tabsOf } from '../../src/report/layout';
import { formulasAndDefinitions } from '../../src/report/tab-formulas';
import { DESKS_KEY } from '../../src/report/tickets';
import { encodeRows } from '../../src/tickets';
import { HELP_DESK_NAMES, type HelpDesk } from '../../src/tickets/profiles';
import type { FakeSheet } from '../emulator/emulator';
import { call, errorOf } from '../helpers/bundle';
import { exportOf, makeTickets } from '../helpers/exports';
import { importFile } from '../helpers/import';
import { cellAt, generate, locate, newWorkbook, OPTIONS, sheetOf } from '../helpers/report';
import { describeWithShared, sharedPath } from '../helpers/shared';

const ZONE = 'Europe/Ljubljana';
const TICKETS = makeTickets(12, Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 1), 7);
const PLAIN = 'Ticket,Created,Solved\r\nA-1,2026-03-02 09:00,2026-03-03 10:00\r\n';

/** The desk blocks of a tab 3 spec's rows, and the desks named as having no notes. */
function blocks(desks: HelpDesk[]): { noted: string[]; other: string[] } {
  const rows = formulasAndDefinitions(OPTIONS, messages('en'), false, desks).rows;
  return {
    noted: NOTED_DESKS.filter((d) => rows.includes(`why.${d}`)),
    other: rows.filter((r) => r.startsWith('why.none.')).map((r) => r.slice('why.none.'.length)),
  };
}

describe('which desks the section explains', () => {
  test('the desks the Tickets tab came from; Explore is Zendesk; none known: every documented desk', () => {
    expect(blocks([])).toEqual({ noted: ['zendesk', 'freshdesk', 'intercom'], other: [] });
    expect(blocks(['zendesk'])).toEqual({ noted: ['zendesk'], other: [] });
    expect(blocks(['explore', 'zendesk'])).toEqual({ noted: ['zendesk'], other: [] });
    expect(blocks(['freshdesk', 'hubspot'])).toEqual({ noted: ['freshdesk'], other: ['hubspot'] });
    expect(blocks(['jira', 'servicenow'])).toEqual({ noted: [], other: ['jira', 'servicenow'] });
  });

  test('every check is listed, and each desk block holds exactly its noted checks', () => {
    const rows = formulasAndDefinitions(OPTIONS, messages('en'), false, []).rows;
    for (const x of CHECKS) expect(rows).toContain(`why.${x}`);
    for (const d of NOTED_DESKS) {
      const mine = rows.filter((r) => r.startsWith(`why.${d}.`)).map((r) => r.split('.')[2]);
      expect(mine).toEqual(notedChecks(d));
      expect(mine.length).toBeGreaterThan(0);
    }
  });

  test('every noted check has at least one source, each an https address', () => {
    for (const d of NOTED_DESKS)
      for (const x of notedChecks(d)) {
        expect([d, x, notesOf(d, x).length > 0]).toEqual([d, x, true]);
        for (const url of notesOf(d, x)) expect(url).toMatch(/^https:\/\/[^\s]+$/);
      }
  });

  test('every language words every check and every desk note (what the report does too)', () => {
    for (const language of LANGUAGES) {
      const w = messages(language).differ;
      for (const x of CHECKS) {
        expect(w.checks[x].name.trim()).not.toBe('');
        expect(w.checks[x].ours.trim()).not.toBe('');
      }
      for (const d of NOTED_DESKS) {
        const notes: Record<string, { desk: string; ours?: string }> = w.desks[d];
        expect(Object.keys(notes).sort()).toEqual(Object.keys(DESK_NOTES[d]).sort());
        for (const note of Object.values(notes)) expect(note.desk.trim()).not.toBe('');
      }
      // The check names identify rows: no two alike.
      const names = CHECKS.map((x) => w.checks[x].name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

test("in every language, the section's labels are unique in tab 3 (rows come and go with the desks; the writer tells them apart by their labels)", () => {
  for (const language of LANGUAGES) {
    const spec = formulasAndDefinitions({ ...OPTIONS, language }, messages(language), true, [
      'hubspot',
    ]);
    const all = formulasAndDefinitions({ ...OPTIONS, language }, messages(language), true, []);
    for (const s of [spec, all]) {
      const layout = Layout.canonical(s.rows, s.cols);
      const cells = s.render(layout, tabsOf({})).cells;
      const label = (rk: string) => cells.get(`${layout.row(rk)},${layout.col('name')}`)?.value;
      const labels = s.rows
        .filter(Boolean)
        .map(label)
        .filter((v): v is string => typeof v === 'string' && v !== '');
      const twice = s.rows
        .filter((rk) => rk.startsWith('why'))
        .map(label)
        .filter((v) => typeof v === 'string' && labels.indexOf(v) !== labels.lastIndexOf(v));
      expect([language, twice]).toEqual([language, []]);
    }
  }
});

describeWithShared('each claim is sourced in the research', () => {
  test("every source address (or its article number) is one the research cites for that desk's definitions", () => {
    const research = fs.readFileSync(
      sharedPath('research', 'desk-definitions-and-demand-2026-12-05.md'),
      'utf8',
    );
    for (const d of NOTED_DESKS)
      for (const x of notedChecks(d))
        for (const url of notesOf(d, x)) {
          const article = /articles\/(\d{6,})/.exec(url)?.[1];
          const cited = research.includes(url) || (!!article && research.includes(article));
          expect([d, x, url, cited]).toEqual([d, x, url, true]);
        }
  });
});

/** Tab 3's section as the sheet shows it: row key → [name, def, formula, source]. */
function section(sheet: FakeSheet): Map<string, string[]> {
  const at = locate(sheet);
  const out = new Map<string, string[]>();
  for (const key of at.rows.keys())
    if (key === 'why' || key.startsWith('why.'))
      out.set(
        key,
        ['name', 'def', 'formula', 'source'].map((c) =>
          String(cellAt(sheet, key, c).getValues()[0][0] ?? ''),
        ),
      );
  return out;
}

describe('in the report, end to end', () => {
  test('before any import: every documented desk, each note beside what the report does, with its sources', () => {
    const wb = newWorkbook();
    const t = messages('en');
    const shown = section(sheetOf(wb, generate(wb), 'formulas'));
    expect(shown.get('why')![0]).toBe(t.differ.title);
    expect(shown.get('why.statistic')!.slice(0, 2)).toEqual([
      t.differ.checks.statistic.name,
      fill(t.differ.checks.statistic.ours, { metrics: t.tabs.metrics }),
    ]);
    expect(shown.get('why.statistic')![1]).toContain('“Monthly metrics” tab');
    for (const d of NOTED_DESKS) {
      expect(shown.get(`why.${d}`)!.slice(0, 2)).toEqual([
        HELP_DESK_NAMES[d],
        fill(t.differ.asDesk, { desk: HELP_DESK_NAMES[d] }),
      ]);
      for (const x of notedChecks(d)) {
        const notes: Record<string, { desk: string; ours?: string }> = t.differ.desks[d];
        const [name, desk, ours, source] = shown.get(`why.${d}.${x}`)!;
        expect(name).toBe(`${HELP_DESK_NAMES[d]}: ${t.differ.checks[x].name}`);
        expect(desk).toBe(notes[x].desk);
        expect(ours).toBe(
          fill(notes[x].ours ?? t.differ.checks[x].ours, {
            tickets: t.tabs.tickets,
            metrics: t.tabs.metrics,
            sla: t.tabs.sla,
          }),
        );
        expect(source.split('\n')).toEqual([...notesOf(d, x)]);
      }
    }
    expect(shown.get('why.zendesk.oneTouch')![1]).toMatch(/fewer than two agent replies/);
  });

  test('a Zendesk import: Zendesk alone; then a Freshdesk one adds Freshdesk, a plain list adds nothing; a note typed beside the section stays', async () => {
    const wb = newWorkbook();
    await importFile(wb.ctx, exportOf('zendesk', TICKETS, ZONE), { zone: ZONE });
    const props = wb.emu.globals.PropertiesService as {
      getDocumentProperties(): { getProperty(k: string): string | null };
    };
    expect(props.getDocumentProperties().getProperty(DESKS_KEY)).toBe('["zendesk"]');
    const reply = generate(wb);
    const sheet = sheetOf(wb, reply, 'formulas');
    let shown = section(sheet);
    expect(shown.has('why.zendesk')).toBe(true);
    expect(shown.has('why.intercom')).toBe(false);
    expect(shown.has('why.freshdesk')).toBe(false);
    // The lead's own note, right of the Zendesk block.
    const at = locate(sheet);
    const noteCol = at.col('source') + 1;
    sheet
      .getRange(at.row('why.zendesk.zone'), noteCol, 1, 1)
      .setValues([['Our Explore is in CET']]);
    // A Freshdesk export into the same Tickets tab: the report (its period saved) is updated.
    const run = await importFile(wb.ctx, exportOf('freshdesk', TICKETS.slice(0, 4), ZONE), {
      zone: ZONE,
    });
    expect(run.reply?.reportUpdated).toBeTruthy();
    await importFile(wb.ctx, PLAIN, { zone: ZONE });
    expect(props.getDocumentProperties().getProperty(DESKS_KEY)).toBe('["zendesk","freshdesk"]');
    generate(wb);
    shown = section(sheet);
    expect(shown.has('why.zendesk')).toBe(true);
    expect(shown.has('why.freshdesk')).toBe(true);
    expect(shown.has('why.intercom')).toBe(false);
    const now = locate(sheet);
    expect(sheet.getRange(now.row('why.zendesk.zone'), noteCol, 1, 1).getValues()).toEqual([
      ['Our Explore is in CET'],
    ]);
  });

  test('a HubSpot import: the checks, and a line saying no HubSpot definitions are applied', async () => {
    const wb = newWorkbook();
    await importFile(wb.ctx, exportOf('hubspot', TICKETS, ZONE), { zone: ZONE });
    const shown = section(sheetOf(wb, generate(wb), 'formulas'));
    expect(shown.get('why.none.hubspot')![0]).toBe(
      fill(messages('en').differ.undocumented, { desk: 'HubSpot' }),
    );
    for (const d of NOTED_DESKS) expect(shown.has(`why.${d}`)).toBe(false);
    for (const x of CHECKS) expect(shown.has(`why.${x}`)).toBe(true);
  });

  test.each(LANGUAGES.filter((l) => l !== 'en'))(
    'in %s: the section in that language, the tab names its own',
    async (language) => {
      const wb = newWorkbook();
      await importFile(wb.ctx, exportOf('zendesk', TICKETS, ZONE), { zone: ZONE, language });
      const t = messages(language);
      const shown = section(sheetOf(wb, generate(wb, { language }), 'formulas'));
      expect(shown.get('why')![0]).toBe(t.differ.title);
      expect(shown.get('why.population')![1]).toContain(t.tabs.tickets);
      expect(shown.get('why.zendesk.oneTouch')![1]).toBe(t.differ.desks.zendesk.oneTouch.desk);
      expect(shown.get('why.zendesk.oneTouch')![2]).toBe(t.differ.desks.zendesk.oneTouch.ours);
    },
  );

  test('an import naming a desk that is none of ours is refused, and records nothing', () => {
    const wb = newWorkbook();
    const message = errorOf(() =>
      call(wb.ctx, 'importTickets', {
        batch: 'b1',
        part: 0,
        parts: 1,
        offset: 0,
        total: 0,
        rows: encodeRows([]),
        language: 'en',
        desk: 'toString',
      }),
    );
    expect(message).toContain(messages('en').import.errors.payload);
    const props = wb.emu.globals.PropertiesService as {
      getDocumentProperties(): { getProperty(k: string): string | null };
    };
    expect(props.getDocumentProperties().getProperty(DESKS_KEY)).toBeNull();
  });
});

/** Each noted desk's notes are keyed like DESK_NOTES (a compile-time fact, held at run time too). */
test('the texts and the sources name the same checks for each desk', () => {
  for (const d of NOTED_DESKS as NotedDesk[])
    expect(Object.keys(messages('en').differ.desks[d])).toEqual(notedChecks(d));
});
