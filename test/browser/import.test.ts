/**
 * The sidebar's ticket import in real Chromium: the file is parsed in the page by the same
 * code as in Node (src/tickets, bundled into the sidebar) and sent to the real server
 * functions of dist/Code.js running against the emulator.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { prepare, rowsOf } from '../../src/tickets';
import { MAPPINGS_KEY } from '../../src/ui/server';
import { exportOf, makeTickets } from '../helpers/exports';
import { encodeText, exploreSummaries, jiraSpanish, serviceNowList } from '../helpers/layouts';
import {
  ARTIFACTS,
  launch,
  openSidebar,
  serveSidebar,
  withSidebar,
  type SidebarPage,
} from './page';

const ZONE = 'Europe/Ljubljana';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function sidebar(run: (page: Page, sp: SidebarPage) => Promise<void>): Promise<void> {
  return withSidebar(browser, run, { timeZone: ZONE });
}

const shot = (page: Page, name: string) =>
  page.locator('section[aria-labelledby=import-heading]').screenshot({
    path: path.join(ARTIFACTS, `${name}.png`),
  });

const pick = (page: Page, name: string, text: string | Buffer) =>
  page.setInputFiles('#file', {
    name,
    mimeType: 'text/csv',
    buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  });

/** The Tickets tab's values, header first. */
function ticketsTab(sp: SidebarPage): unknown[][] {
  const sheet = sp.emu.spreadsheet.sheets.find((s) => s.name === 'Tickets');
  return sheet ? sheet.getDataRange().getValues() : [];
}

test('a Zendesk export: recognised, imported with progress, summarised; the same rows as in Node', async () => {
  await sidebar(async (page, sp) => {
    const tickets = makeTickets(40, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), 5);
    const text = exportOf('zendesk', tickets, ZONE);
    await page.click('#generate'); // a report first: the import then updates it
    await page.waitForSelector('#status.ok');
    await pick(page, 'tickets.csv', text);
    await page.waitForSelector('#import-setup:not([hidden])');
    expect(await page.textContent('#import-found')).toBe('Zendesk export. Rows: 40.');
    expect(await page.isHidden('#mapping')).toBe(true);
    expect(await page.inputValue('#import-zone')).toBe(ZONE);
    expect(await page.isVisible('#business-row')).toBe(true);
    // Zendesk leaves tickets out: the sidebar offers to keep them, unticked.
    expect(await page.isVisible('#excluded-row')).toBe(true);
    expect(await page.isChecked('#keep-excluded')).toBe(false);
    await shot(page, 'sidebar-import-recognised');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    expect(await page.textContent('#import-status')).toBe(
      'Done. Added: 40, updated: 0, unchanged: 0. Tickets in the Tickets tab: 40. ' +
        'One-touch as Zendesk counts it: a solved ticket with fewer than two agent replies, even if a “thanks” reopened it. ' +
        'Solved as Zendesk counts it: in the month of the latest solve, and only while the ticket is still solved or closed. ' +
        // The made-up export has no Tags column: the summary says what that costs.
        'No “Tags” column: merged tickets (tag closed_by_merge) cannot be told apart and are counted. ' +
        'The report 2026 now takes its ticket numbers from the Tickets tab.'.replace(
          ' 2026',
          ` ${new Date().getFullYear()}`,
        ),
    );
    await shot(page, 'sidebar-import-done');
    // The browser parsed the file exactly as Node does.
    const p = prepare(new TextEncoder().encode(text));
    const expected = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: false }).rows;
    const tab = ticketsTab(sp);
    expect(tab.slice(1).map((r) => r.slice(0, expected[0].length))).toEqual(
      expected.map((r) => r.map((v) => v)),
    );
    expect(sp.calls.importTickets).toBe(1);
  });
});

test('an unknown file: the mapping step guesses, the choice is remembered in the document', async () => {
  await sidebar(async (page, sp) => {
    const file = [
      'Case number,Opened on,Closed on,Queue,Origin,Customer name',
      '1,03/02/2026 09:15,03/02/2026 11:00,Billing,Phone,Ann Example',
      '2,03/02/2026 10:00,,Returns,Email,Bob Example',
      '3,14/02/2026 10:00,15/02/2026 10:00,Billing,Email,Cy Example',
    ].join('\n');
    await pick(page, 'cases.csv', file);
    await page.waitForSelector('#mapping:not([hidden])');
    expect(await page.textContent('#import-found')).toBe(
      'Not a known export (rows: 3). Say which column holds what:',
    );
    expect(await page.inputValue('#map-id')).toBe('0');
    expect(await page.inputValue('#map-created')).toBe('1');
    expect(await page.inputValue('#map-solved')).toBe('2');
    // The guess for the category is wrong here: the user picks "Queue" and "Origin".
    await page.selectOption('#map-category', '3');
    await page.selectOption('#map-channel', '4');
    await shot(page, 'sidebar-import-mapping');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    const tab = ticketsTab(sp);
    expect(tab.length).toBe(4);
    // Day first: 14/02 decides the whole column, so 03/02 is 3 February.
    const created = tab[1][1] as number;
    expect(new Date((created - 25569) * 86400000).toISOString().slice(0, 10)).toBe('2026-02-03');
    expect(tab.slice(1).map((r) => [r[6], r[7]])).toEqual([
      ['Phone', 'Billing'],
      ['Email', 'Returns'],
      ['Email', 'Billing'],
    ]);
    expect(JSON.stringify(tab)).not.toMatch(/Example/); // no customer names
    const saved = JSON.parse(sp.emu.properties.getProperty(MAPPINGS_KEY) ?? '{}') as Record<
      string,
      Record<string, { column: number }>
    >;
    expect(Object.values(saved)[0].category.column).toBe(3);
    // The same headers again: the remembered mapping is chosen.
    await page.reload();
    await page.waitForFunction(
      () => !(document.getElementById('generate') as HTMLButtonElement).disabled,
    );
    await pick(page, 'cases.csv', file);
    await page.waitForSelector('#mapping:not([hidden])');
    expect(await page.inputValue('#map-category')).toBe('3');
  });
});

test('bad files are refused with a clear message and nothing is sent', async () => {
  await sidebar(async (page, sp) => {
    for (const [name, bytes, message] of [
      [
        'report.pdf',
        Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
        'This is a PDF. Export the tickets as CSV and try again.',
      ],
      ['empty.csv', Buffer.alloc(0), 'The file is empty.'],
      ['headers.csv', Buffer.from('Id,Created at\n'), 'The file has headers but no tickets.'],
      [
        'image.csv',
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0,
        ]),
        'This is not a text file (CSV). Export the tickets as CSV and try again.',
      ],
    ] as const) {
      await pick(page, name, bytes);
      await page.waitForSelector('#import-error:not([hidden])');
      expect(await page.textContent('#import-error')).toBe(message);
    }
    await shot(page, 'sidebar-import-error');
    expect(sp.calls.importTickets ?? 0).toBe(0);
  });
});

test('rows that cannot be read are listed by file row, the first 20; hostile headers stay text', async () => {
  await sidebar(async (page, sp) => {
    const lines = ['Id,Created at,Status,<img src=x onerror=alert(1)>'];
    for (let i = 1; i <= 30; i++)
      lines.push(`${i},${i % 2 ? '2026-01-05 10:00:00' : 'soon'},open,x`);
    await pick(page, 'zendesk.csv', lines.join('\n'));
    await page.waitForSelector('#import-setup:not([hidden])');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    const items = await page.locator('#import-rejected li').allTextContents();
    expect(items[0]).toBe('Rows that could not be read and were left out: 15.');
    expect(items.slice(1)).toHaveLength(15);
    expect(items[1]).toBe('Row 3: Created at "soon" is not a date');
    expect(await page.locator('img').count()).toBe(0);
    expect(ticketsTab(sp).length).toBe(16);
    await shot(page, 'sidebar-import-rejected');
  });
});

test('a large file goes in parts with a progress bar; Cancel between parts changes nothing', async () => {
  const sp = await serveSidebar('en_US', ZONE);
  // The harness asks the sidebar for 300 kB parts (Apps Script's limit is 2 MB), so a
  // 40 000-ticket file takes several calls without a heavy emulator run.
  sp.partBytes.bytes = 300_000;
  const page = await openSidebar(browser, sp.url);
  try {
    const tickets = makeTickets(20000, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), 8);
    const text = exportOf('zendesk', tickets, ZONE);
    sp.importDelay.ms = 400;
    await pick(page, 'big.csv', text);
    await page.waitForSelector('#import-setup:not([hidden])');
    await page.click('#import-start');
    await page.waitForSelector('#import-progress:not([hidden])');
    await page.waitForFunction(
      () => Number((document.getElementById('import-bar') as HTMLProgressElement).value) > 0,
    );
    await shot(page, 'sidebar-import-progress');
    await page.click('#import-cancel');
    await page.waitForFunction(() =>
      /cancelled/.test(document.getElementById('import-status')!.textContent ?? ''),
    );
    expect(ticketsTab(sp)).toEqual([]);
    const cancelledAfter = sp.calls.importTickets;
    expect(cancelledAfter).toBeLessThan(5);
    // Again, to the end: every part under the limit, all tickets in, in order.
    sp.importDelay.ms = 0;
    await pick(page, 'big.csv', text);
    await page.waitForSelector('#import-setup:not([hidden])');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok', { timeout: 60_000 });
    const tab = ticketsTab(sp);
    expect(tab.length).toBe(20001);
    expect(tab.slice(1).map((r) => r[0])).toEqual(tickets.map((t) => t.id));
    const sent = sp.sizes.importTickets.slice(cancelledAfter);
    expect(sent.length).toBeGreaterThan(4);
    expect(Math.max(...sent)).toBeLessThan(300_000);
  } finally {
    await page.close();
    await sp.close();
  }
}, 120_000);

test("every help desk's export is parsed in Chromium exactly as in Node", async () => {
  await sidebar(async (page, sp) => {
    const desks = ['zendesk', 'freshdesk', 'intercom', 'hubspot', 'jira'] as const;
    for (const desk of desks) {
      const tickets = makeTickets(25, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), 60).map((t) => ({
        ...t,
        id: `${desk}-${t.id}`,
      }));
      const text = `\uFEFF${exportOf(desk, tickets, 'America/Chicago')}`;
      await pick(page, `${desk}.csv`, text);
      await page.waitForSelector('#import-setup:not([hidden])');
      expect(await page.textContent('#import-found')).toMatch(/export\. Rows: 25\.$/);
      if (desk !== 'intercom') await page.selectOption('#import-zone', 'America/Chicago');
      await page.click('#import-start');
      await page.waitForSelector('#import-status.ok');
      await page.evaluate(() => (document.getElementById('import-status')!.className = 'status'));
      const p = prepare(new TextEncoder().encode(text));
      const expected = rowsOf(p, p.mapping, {
        sheetZone: ZONE,
        exportZone: 'America/Chicago',
        dayFirst: false,
      }).rows;
      const got = ticketsTab(sp)
        .slice(1)
        .filter(
          (r) => String(r[0]).includes(desk) || (desk === 'jira' && /^SUP-/.test(String(r[0]))),
        );
      expect([desk, got.slice(-25).map((r) => r.slice(0, expected[0].length))]).toEqual([
        desk,
        expected,
      ]);
    }
  });
}, 60_000);

test('a file dropped on the import area is read like a picked one; the section follows the language', async () => {
  await sidebar(async (page, sp) => {
    const text = exportOf(
      'freshdesk',
      makeTickets(12, Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 1), 70),
      ZONE,
    );
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'freshdesk.csv', { type: 'text/csv' }));
      const drop = document.getElementById('drop')!;
      drop.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      drop.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await page.waitForSelector('#import-setup:not([hidden])');
    expect(await page.textContent('#import-found')).toBe('Freshdesk export. Rows: 12.');
    await page.selectOption('#language', 'sl');
    await page.waitForFunction(
      () => document.getElementById('import-heading')!.textContent === 'Uvoz zahtevkov',
    );
    expect(await page.textContent('#import-start')).toBe('Uvozi');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    expect(await page.textContent('#import-status')).toMatch(/^Končano\. Dodano: 12/);
    // The tab gets the import's language; a frozen header and a filter over every row.
    const tab = sp.emu.spreadsheet.sheets.find((s) => s.name === 'Zahtevki')!;
    expect(tab.frozenRows).toBe(1);
    expect(tab.getFilter()?.block).toMatchObject({ row: 1, col: 1, rows: 13 });
    await shot(page, 'sidebar-import-sl');
  });
});

test('an export in another language: the guesses with a sample beside each, what the file fed; summaries and Windows-1252 in the page as in Node', async () => {
  await sidebar(async (page, sp) => {
    const tickets = makeTickets(12, Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 1), 8);
    const text = jiraSpanish(tickets, ZONE);
    await page.click('#generate');
    await page.waitForSelector('#status.ok');
    await pick(page, 'jira-es.csv', text);
    await page.waitForSelector('#mapping:not([hidden])');
    expect(await page.textContent('#import-found')).toBe(
      'Jira Service Management export in another layout or language. Rows: 12. Check which column holds what:',
    );
    const p = prepare(new TextEncoder().encode(text));
    expect(await page.inputValue('#map-created')).toBe(String(p.mapping.created!.column));
    const sample = (field: string) =>
      page.textContent(`#map-${field} + .sample`).then((s) => s ?? '');
    expect(await sample('created')).toBe(p.samples[p.mapping.created!.column]);
    expect(await sample('created')).toMatch(/^\d{2}\/[a-z]{3}\/26 \d{1,2}:\d{2} [AP]M$/);
    expect(await sample('first_reply_at')).toBe('');
    await page.selectOption('#map-first_reply_at', String(p.mapping.updated!.column));
    expect(await sample('first_reply_at')).toBe(p.samples[p.mapping.updated!.column]);
    await page.selectOption('#map-first_reply_at', '');
    await shot(page, 'sidebar-import-guessed');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    const feeds = await page.$$eval('#import-feeds li', (li) => li.map((l) => l.textContent));
    expect(feeds[0]).toBe(
      'From this file the report counts: Tickets created; Tickets resolved; Open tickets at start; Resolution time, total (hours); CSAT satisfied answers (4–5 of 5); CSAT responses.',
    );
    expect(feeds[1]).toMatch(/^Still typed by you: Tickets with a first reply; .*"First reply at"/);
    await shot(page, 'sidebar-import-feeds');
    expect(ticketsTab(sp).length).toBe(13);

    // A dashboard summary: refused, with how to export a ticket list.
    await pick(page, 'Assignee activity.csv', exploreSummaries().assignees);
    await page.waitForSelector('#import-error:not([hidden])');
    expect(await page.textContent('#import-error')).toMatch(
      /^This is a Zendesk Explore summary .* download it as CSV\.$/,
    );

    // Windows-1252 bytes: decoded in the page as in Node.
    const bytes = encodeText(serviceNowList(tickets, ZONE), 'windows1252');
    const parsed = await page.evaluate(
      (b) => new TextDecoder('windows-1252').decode(new Uint8Array(b)),
      [...bytes],
    );
    expect(parsed).toBe(serviceNowList(tickets, ZONE));
  });
});

test('after an import the sidebar offers every tab of the report, the Weekly and SLA tabs among them, and opens each', async () => {
  await sidebar(async (page, sp) => {
    const tickets = makeTickets(30, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 1), 6);
    tickets.forEach((t, i) => (t.priority = ['Urgent', 'Low', 'High'][i % 3]));
    await pick(page, 'tickets.csv', exportOf('zendesk', tickets, ZONE));
    await page.waitForSelector('#import-setup:not([hidden])');
    await page.click('#import-start');
    await page.waitForSelector('#import-status.ok');
    await page.click('#generate');
    await page.waitForSelector('#status.ok');
    const names = [
      'Monthly metrics',
      'Ticket volume',
      'Formulas & definitions',
      'Team',
      'Weekly',
      'SLA by priority',
    ];
    expect(await page.isVisible('#tab-links')).toBe(true);
    expect(await page.textContent('#tabs-label')).toBe('Its tabs:');
    expect(await page.locator('#tab-list button').allTextContents()).toEqual(names);
    for (const name of ['SLA by priority', 'Weekly', 'Monthly metrics']) {
      await page.locator('#tab-list button', { hasText: name }).click();
      const until = Date.now() + 5000;
      while (sp.emu.spreadsheet.active?.name !== name && Date.now() < until)
        await new Promise((r) => setTimeout(r, 50));
      expect(sp.emu.spreadsheet.active?.name).toBe(name);
    }
    // Opened again, the sidebar lists the same tabs from the file.
    await page.reload();
    await page.waitForSelector('#open-row:not([hidden])');
    expect(await page.locator('#tab-list button').allTextContents()).toEqual(names);
    await page
      .locator('section[aria-labelledby=report-heading]')
      .screenshot({
        path: path.join(ARTIFACTS, 'sidebar-report-tabs.png'),
      })
      .catch(() => undefined);
  });
});
