/** The sidebar in real Chromium, talking to the real server functions over a local shim. */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allFunctions } from '../../src/catalogue';
import { OPTIONS_KEY } from '../../src/report/generate';
import { DEFAULT_TABLES, sqlStatement, type SqlOptions } from '../../src/warehouse/sql';
import { TEAM_HEADERS } from '../../src/report/extract';
import { SERIAL_EPOCH } from '../../src/tickets/columns';
import { locate } from '../helpers/report';
import { ARTIFACTS, launch, withSidebar, type SidebarPage } from './page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function sidebar(
  run: (page: Page, sp: SidebarPage) => Promise<void>,
  locale?: string,
): Promise<void> {
  return withSidebar(browser, run, { locale });
}

/** Waits until `read()` gives `expected` (or fails after 5 s, showing the last value). */
async function poll<T>(read: () => T | Promise<T>, expected: T): Promise<void> {
  const until = Date.now() + 5000;
  let last: T = await read();
  while (last !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toBe(expected);
}

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(ARTIFACTS, `${name}.png`),
    clip: { x: 0, y: 0, width: 300, height: 560 },
  });

test('idle → busy → success: Generate builds the three tabs, once, and offers to open them', async () => {
  await sidebar(async (page, sp) => {
    expect(await page.textContent('#generate')).toBe('Generate monthly report');
    expect(await page.inputValue('#year')).toBe(String(new Date().getFullYear()));
    expect(await page.locator('label[for=currency]').textContent()).toBe('Currency');
    await shot(page, 'sidebar-idle');

    await page.fill('#year', '2026');
    await page.selectOption('#firstMonth', '4');
    await page.fill('#currency', '€');
    sp.delay.ms = 700;
    await page.click('#generate');
    await page.click('#generate', { force: true }).catch(() => undefined); // a double click
    expect(await page.isDisabled('#generate')).toBe(true);
    expect(await page.getAttribute('#generate', 'aria-busy')).toBe('true');
    expect(await page.textContent('#status')).toBe('Generating the report…');
    await shot(page, 'sidebar-busy');

    await page.waitForSelector('#status.ok');
    expect(await page.textContent('#status')).toMatch(/^Report created in [\d.]+ s\.$/);
    expect(await page.isDisabled('#generate')).toBe(false);
    expect(sp.calls.generateFromSidebar).toBe(1);
    expect(sp.emu.spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Monthly metrics',
      'Ticket volume',
      'Formulas & definitions',
      'Sheet1',
    ]);
    expect(sp.emu.spreadsheet.sheet('Monthly metrics').getRange(3, 4, 1, 1).getValues()).toEqual([
      ['Apr 2026'],
    ]);

    sp.emu.spreadsheet.active = sp.emu.spreadsheet.sheet('Sheet1');
    await page.click('#open');
    await poll(() => sp.emu.spreadsheet.active?.name, 'Monthly metrics');

    // The same period again: the report is updated in place, and the sidebar says so.
    sp.delay.ms = 0;
    await page.click('#generate');
    await poll(() => sp.calls.generateFromSidebar, 2);
    await page.waitForFunction(() =>
      document.getElementById('status')!.textContent!.startsWith('Report updated'),
    );
    expect(await page.textContent('#status')).toMatch(
      /^Report updated in [\d.]+ s\. Everything you typed or added was kept\.$/,
    );
    await shot(page, 'sidebar-success');
    // Another period has no report yet: no link to open until it is created.
    await page.fill('#year', '2027');
    await page.locator('#year').dispatchEvent('change');
    expect(await page.isHidden('#open-row')).toBe(true);
    await page.fill('#year', '2026');
    await page.locator('#year').dispatchEvent('change');
    expect(await page.isHidden('#open-row')).toBe(false);
  });
});

test('a sort that separated the labels from their rows is explained in the sidebar', async () => {
  await sidebar(async (page, sp) => {
    await page.fill('#year', '2026');
    await page.click('#generate');
    await page.waitForSelector('#status.ok');
    const m = sp.emu.spreadsheet.sheet('Monthly metrics');
    const at = locate(m);
    m.getRange(at.row('i.promoters'), 1, 23, at.col('n')).sort({
      column: at.col('label'),
      ascending: false,
    });
    await page.click('#generate');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(
      /^The report was not generated: Nothing was changed\. In 'Monthly metrics', the labels no longer match their rows \(\d+ rows; row \d+ says ".+" where ".+" belongs\): a sort or a move separated them\. Undo it \(Edit > Undo\) or put the rows back, then update again\./,
    );
    await shot(page, 'sidebar-sorted');
  });
});

test('a server error is shown in plain words, and the button works again', async () => {
  await sidebar(async (page, sp) => {
    sp.emu.lock.heldElsewhere = true;
    await page.click('#generate');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toBe(
      'The report was not generated: Another report is being generated in this file. Try again in a moment.',
    );
    expect(await page.getAttribute('#error', 'role')).toBe('alert');
    expect(await page.isDisabled('#generate')).toBe(false);
    await shot(page, 'sidebar-error');

    // Bad input typed by the user: refused by the server with the reason.
    sp.emu.lock.heldElsewhere = false;
    await page.fill('#year', '1999');
    await page.click('#generate');
    await page.waitForFunction(() =>
      document.getElementById('error')!.textContent!.includes('2000'),
    );
    expect(await page.textContent('#error')).toBe(
      'The report was not generated: Choose a year from 2000 to 2100.',
    );
    expect(await page.textContent('#error')).not.toMatch(/at |\.js|Error:/);
  });
});

test('Functions help: generated from the catalogue, searchable, copies the example', async () => {
  await sidebar(async (page) => {
    const items = page.locator('#function-list li');
    expect(await items.count()).toBe(allFunctions().length);
    expect(allFunctions().length).toBe(30);
    await page.fill('#search', 'retention');
    const visible = page.locator('#function-list li:not([hidden])');
    await poll(() => visible.count(), 1);
    expect(await visible.locator('.name').textContent()).toBe('CRR(S, E, N)');
    expect(await visible.locator('code').textContent()).toBe('=CRR(200, 200, 20)');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await visible.locator('button').click();
    // The label changes once the clipboard has taken the text (a promise).
    await poll(() => visible.locator('button').textContent(), 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('=CRR(200, 200, 20)');
    await page.fill('#search', 'no such metric at all');
    await poll(() => page.isHidden('#no-match'), false);
    await page.fill('#search', 'nps');
    // NPS, NPS_CATEGORY, NPS_BREAKDOWN, NPS_MOE, NPS_CHANGE.
    await poll(() => visible.count(), 5);
    await shot(page, 'sidebar-functions');
  });
});

test('keyboard: tab order reaches every control with a visible focus, Enter generates', async () => {
  await sidebar(async (page, sp) => {
    await page.focus('#year');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      order.push(await page.evaluate(() => document.activeElement!.id));
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['year', 'firstMonth', 'language', 'currency', 'generate']);
    const outline = await page.evaluate(() => {
      (document.getElementById('generate') as HTMLButtonElement).focus();
      return getComputedStyle(document.getElementById('generate')!).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await page.focus('#currency');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#status.ok');
    expect(sp.calls.generateFromSidebar).toBe(1);
    // Every control has a label tied to it.
    const unlabeled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select')]
        .filter((el) => !document.querySelector(`label[for="${el.id}"]`))
        .map((el) => el.id),
    );
    expect(unlabeled).toEqual([]);
  });
});

test('text from the spreadsheet or the user is shown as text, never run', async () => {
  const evil = '<img src=x onerror="window.__xss=1">';
  await sidebar(async (page, sp) => {
    // A report exists; the user renamed its tab, and the stored currency is markup.
    await page.click('#generate');
    await page.waitForSelector('#status.ok');
    sp.emu.spreadsheet.sheet('Monthly metrics').setName(evil);
    const options = JSON.parse(sp.emu.properties.store.get(OPTIONS_KEY)!);
    options.currency = evil.slice(0, 12);
    sp.emu.properties.store.set(OPTIONS_KEY, JSON.stringify(options));
    await page.reload();
    await page.waitForSelector('#open-row:not([hidden])');
    expect(await page.textContent('#open')).toBe(`Open the report: ${evil}`);
    expect(await page.inputValue('#currency')).toBe(evil.slice(0, 12));
    expect(await page.locator('img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
  });
});

test('works at 300 px: nothing sticks out sideways', async () => {
  await sidebar(async (page) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(300);
  });
});

test.each([
  ['zh_CN', 'zh', '生成月度报告'],
  ['ru_RU', 'ru', 'Сформировать ежемесячный отчёт'],
])(
  'in %s the sidebar speaks %s and long words and CJK fit in 300 px',
  async (locale, lang, button) => {
    await sidebar(async (page) => {
      expect(await page.textContent('#generate')).toBe(button);
      expect(await page.inputValue('#language')).toBe(lang);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('label, button, h2, .name, code')]
          .filter(
            (el) =>
              el.offsetParent !== null &&
              !el.classList.contains('visually-hidden') &&
              el.scrollWidth > el.clientWidth + 1,
          )
          .map((el) => el.textContent),
      );
      expect(overflow).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        300,
      );
      await page.click('#generate');
      await page.waitForSelector('#status.ok');
      await shot(page, `sidebar-${lang}`);
    }, locale);
  },
);

test('changing the language in the sidebar relabels it and keeps what was typed', async () => {
  await sidebar(async (page) => {
    await page.fill('#year', '2027');
    await page.fill('#currency', 'CHF');
    await page.selectOption('#language', 'fi');
    await page.waitForFunction(
      () => document.getElementById('generate')!.textContent === 'Luo kuukausiraportti',
    );
    expect(await page.inputValue('#year')).toBe('2027');
    expect(await page.inputValue('#currency')).toBe('CHF');
    expect(await page.textContent('label[for=firstMonth]')).toBe('Ensimmäinen kuukausi');
  });
});

test("Tickets in BigQuery?: the statement for the form's period in the file's zone, copied whole; a bad table name is said", async () => {
  await sidebar(async (page, sp) => {
    const zone = sp.emu.spreadsheet.getSpreadsheetTimeZone();
    expect(await page.textContent('#warehouse-heading')).toBe('Tickets in BigQuery?');
    await page.fill('#year', '2026');
    await page.selectOption('#firstMonth', '4');
    await page.dispatchEvent('#year', 'change');
    // The period and zone of the form: only what each step changes is said.
    const statement = (o: Partial<SqlOptions>) =>
      sqlStatement({
        query: 'monthly',
        source: 'tickets',
        year: 2026,
        firstMonth: 4,
        timeZone: zone,
        ...o,
      });
    const monthly = statement({});
    await poll(() => page.inputValue('#sql'), monthly);
    await page.selectOption('#sql-query', 'breakdown');
    await page.selectOption('#sql-source', 'dbt_zendesk');
    await page.fill('#sql-table', 'acme.zendesk_prod.zendesk__ticket_metrics');
    const dbt = {
      source: 'dbt_zendesk',
      table: 'acme.zendesk_prod.zendesk__ticket_metrics',
    } as const;
    const breakdown = statement({ query: 'breakdown', ...dbt });
    await poll(() => page.inputValue('#sql'), breakdown);
    expect(await page.getAttribute('#sql-table', 'placeholder')).toBe(DEFAULT_TABLES.dbt_zendesk);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.click('#sql-copy');
    await poll(() => page.textContent('#sql-copy'), 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(breakdown);
    expect(await page.textContent('[data-w=steps]')).toMatch(
      /Data ▸ Data connectors ▸ Connect to BigQuery/,
    );
    // The team statement: the first-reply target shown with it, and counted within.
    expect(await page.isHidden('#sql-target-field')).toBe(true);
    await page.selectOption('#sql-query', 'team');
    expect(await page.isHidden('#sql-target-field')).toBe(false);
    expect(await page.textContent('label[for=sql-target]')).toBe('First-reply target (h)');
    await page.fill('#sql-target', '8');
    await poll(() => page.inputValue('#sql'), statement({ query: 'team', ...dbt, targetHours: 8 }));
    await page.fill('#sql-target', '0');
    await poll(
      () => page.textContent('#sql-error'),
      'Type the target as a number of hours above 0.',
    );
    expect(await page.isDisabled('#sql-copy')).toBe(true);
    await page.fill('#sql-target', '24');
    await poll(() => page.isDisabled('#sql-copy'), false);
    // A name that would change the statement: no statement, a message, Copy off.
    await page.fill('#sql-table', 'x`; DROP TABLE y');
    await poll(() => page.inputValue('#sql'), '');
    expect(await page.textContent('#sql-error')).toMatch(/^Type the table as dataset\.table/);
    expect(await page.isDisabled('#sql-copy')).toBe(true);
    // No server call was needed for any of it.
    expect(Object.keys(sp.calls).filter((k) => /sql|warehouse/i.test(k))).toEqual([]);
    await page.fill('#sql-table', '');
    await page.selectOption('#language', 'sl');
    await poll(() => page.textContent('#warehouse-heading'), 'Zahtevki v BigQueryju?');
    await page.locator('#warehouse-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-bigquery.png'), fullPage: true });
  });
});

test('Ticket numbers from: a sheet holding a BigQuery extract can be chosen, and the report reads it', async () => {
  await sidebar(async (page, sp) => {
    expect(await page.isHidden('#source-row')).toBe(true);
    const ss = sp.emu.spreadsheet;
    const monthly = ss.insertSheet('BQ monthly', ss.sheets.length);
    monthly.getRange(1, 1, 3, 3).setValues([
      ['month', 'tickets_created', 'tickets_resolved'],
      ["'2026-01", 120, 100],
      ["'2026-02", 90, 95],
    ]);
    // A team extract beside it (one agent's January): the Team tab reads it too.
    const team = ss.insertSheet('BQ team', ss.sheets.length);
    const jan = Date.UTC(2026, 0, 1) / 86400000 + SERIAL_EPOCH;
    team
      .getRange(1, 1, 2, TEAM_HEADERS.length)
      .setValues([
        [...TEAM_HEADERS],
        TEAM_HEADERS.map((h) =>
          h === 'month'
            ? "'2026-01"
            : h === 'month_start'
              ? jan
              : h === 'dimension'
                ? "'assignee"
                : h === 'name'
                  ? "'Ana"
                  : h === 'target_hours'
                    ? 24
                    : 5,
        ),
      ]);
    await page.reload();
    await page.waitForSelector('#source-row:not([hidden])');
    expect(await page.locator('label[for=ticket-source]').textContent()).toBe(
      'Ticket numbers from',
    );
    expect(await page.locator('#ticket-source option').allTextContents()).toEqual([
      'The Tickets tab',
      'BQ monthly',
    ]);
    await page.fill('#year', '2026');
    await page.selectOption('#ticket-source', String(monthly.getSheetId()));
    await page.click('#generate');
    await page.waitForSelector('#status.ok');
    const metrics = ss.sheet('Monthly metrics');
    const at = locate(metrics);
    expect(metrics.getRange(at.row('i.tickets_created'), 1, 1, 1).getValues()[0][0]).toBe(
      'Tickets created (from BQ monthly)',
    );
    expect(
      metrics.getRange(at.row('i.tickets_created'), at.col('2026-02'), 1, 1).getValues()[0][0],
    ).toBe(90);
    const tab = ss.sheet('Team');
    const t = locate(tab);
    expect(tab.getRange(t.row('ag.n1'), 1, 1, 2).getValues()[0]).toEqual(['Ana', 5]);
    // The choice is remembered for the next time the sidebar opens.
    await page.reload();
    await page.waitForSelector('#source-row:not([hidden])');
    expect(await page.inputValue('#ticket-source')).toBe(String(monthly.getSheetId()));
  });
});
