/** Loads the built dist/Code.js into a fresh node:vm context, as Apps Script does. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

export const CODE_PATH = path.resolve(__dirname, '../../dist/Code.js');

export function bundleSource(): string {
  if (!fs.existsSync(CODE_PATH))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
  return fs.readFileSync(CODE_PATH, 'utf8');
}

export type Context = vm.Context & Record<string, unknown>;

/** A bare context (no Apps Script globals unless given) with the bundle evaluated in it. */
export function loadBundle(globals: Record<string, unknown> = {}): Context {
  const ctx = vm.createContext({ ...globals }) as Context;
  vm.runInContext(bundleSource(), ctx, { filename: 'Code.js' });
  return ctx;
}

/** Calls a global function of the context the way Sheets calls a custom function. */
export function call(ctx: Context, name: string, ...args: unknown[]): unknown {
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** The message of the Error a call throws (fails the test if it does not throw). */
export function errorOf(thunk: () => unknown): string {
  try {
    thunk();
  } catch (e) {
    // Errors from the vm realm are not `instanceof Error` here; check the shape instead.
    const err = e as { name?: string; message?: string };
    if (typeof err?.message !== 'string') throw new Error(`threw a non-Error: ${String(e)}`);
    return `${err.name}: ${err.message}`;
  }
  throw new Error('expected an error, but the call returned');
}
