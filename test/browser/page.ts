/**
 * A local page for the sidebar: serves the built dist/Sidebar.html with a google.script.run
 * shim whose calls reach the real server functions of dist/Code.js, running in node:vm
 * against the offline emulator. Loopback only.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createEmulator, type Emulator } from '../emulator/emulator';
import { loadBundle, type Context } from '../helpers/bundle';

const SHIM = `(function () {
  function runner(success, failure) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, failure); },
      withFailureHandler: function (f) { return runner(success, f); },
    };
    return new Proxy(base, {
      get: function (t, prop) {
        if (prop in t) return t[prop];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + String(prop), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (res) { if (res.ok) { if (success) success(res.value); } else if (failure) failure(res.error); })
            .catch(function (e) { if (failure) failure({ message: String(e) }); });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

const SERVER_FUNCTIONS = new Set([
  'sidebarState',
  'generateFromSidebar',
  'openReportTab',
  'importTickets',
  'saveTicketMapping',
]);

export interface SidebarPage {
  url: string;
  emu: Emulator;
  ctx: Context;
  calls: Record<string, number>;
  /** Milliseconds to hold each generateFromSidebar reply (to see the busy state). */
  delay: { ms: number };
  /** Milliseconds to hold each importTickets reply (to see progress and cancel). */
  importDelay: { ms: number };
  /** Bytes of each request body, by server function. */
  sizes: Record<string, number[]>;
  /** When set, the sidebar is told to keep import requests under this many bytes. */
  partBytes: { bytes?: number };
  close(): Promise<void>;
}

export async function serveSidebar(
  locale = 'en_US',
  timeZone = 'Europe/Ljubljana',
): Promise<SidebarPage> {
  const emu = createEmulator({ locale, timeZone });
  const ctx = loadBundle(emu.globals);
  const calls: Record<string, number> = {};
  const sizes: Record<string, number[]> = {};
  const delay = { ms: 0 };
  const importDelay = { ms: 0 };
  const partBytes: { bytes?: number } = {};
  const html = fs
    .readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8')
    .replace('<head>', '<head><script src="/shim.js"></script>');
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'GET' && url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.method === 'GET' && url === '/shim.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(SHIM);
    } else if (req.method === 'POST' && url.startsWith('/rpc/')) {
      const fn = url.slice(5);
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        calls[fn] = (calls[fn] ?? 0) + 1;
        (sizes[fn] ??= []).push(Buffer.byteLength(body));
        const reply = () => {
          let out: unknown;
          try {
            if (!SERVER_FUNCTIONS.has(fn)) throw new Error(`Script function not found: ${fn}`);
            const value = (ctx[fn] as (...a: unknown[]) => unknown)(
              ...(JSON.parse(body) as unknown[]),
            );
            const plain = JSON.parse(JSON.stringify(value ?? null)) as {
              import?: { partBytes: number };
            };
            if (fn === 'sidebarState' && plain?.import && partBytes.bytes)
              plain.import.partBytes = partBytes.bytes;
            out = { ok: true, value: plain };
          } catch (e) {
            const err = e as { name?: string; message?: string };
            out = { ok: false, error: { name: err.name, message: err.message } };
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
        };
        if (fn === 'generateFromSidebar' && delay.ms) setTimeout(reply, delay.ms);
        else if (fn === 'importTickets' && importDelay.ms) setTimeout(reply, importDelay.ms);
        else reply();
      });
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emu,
    ctx,
    calls,
    delay,
    importDelay,
    sizes,
    partBytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; run scripts/ensure-chromium.sh (npm test does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A 300 px wide page, as Sheets shows a sidebar. */
export async function openSidebar(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(
    () => !(document.getElementById('generate') as HTMLButtonElement).disabled,
  );
  return page;
}

export const ARTIFACTS = path.resolve(__dirname, '../artifacts');
fs.mkdirSync(ARTIFACTS, { recursive: true });

/**
 * Runs `run` on a fresh sidebar page over a fresh emulator; fails on any page error or
 * dialog (script injected by data would show one).
 */
export async function withSidebar(
  browser: Browser,
  run: (page: Page, sp: SidebarPage) => Promise<void>,
  opts: { locale?: string; timeZone?: string; setUp?: (sp: SidebarPage) => void } = {},
): Promise<void> {
  const sp = await serveSidebar(opts.locale, opts.timeZone);
  opts.setUp?.(sp);
  const page = await openSidebar(browser, sp.url);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  try {
    await run(page, sp);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
    await sp.close();
  }
}
