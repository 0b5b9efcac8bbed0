/**
 * Dependencies point one way: ui → report → catalogue → metrics, functions → sheets → metrics
 * (i18n sits beside the catalogue it translates). A back edge fails here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

/** The layer of a source file: its first folder, or its file name at the top. */
function layer(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.ts$/, '');
}

const ALLOWED: Record<string, string[]> = {
  metrics: [],
  sheets: ['metrics', 'i18n'],
  functions: ['sheets', 'metrics'],
  catalogue: ['metrics'],
  i18n: ['catalogue', 'metrics'],
  report: ['catalogue', 'i18n', 'metrics', 'tickets'],
  ui: ['report', 'catalogue', 'i18n', 'tickets', 'warehouse'],
  tickets: ['metrics'],
  // The SLA tab's default targets and the backlog's age bands are the catalogue's.
  warehouse: ['tickets', 'catalogue'],
  main: ['functions', 'ui'],
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

test('no module imports against the direction of the layers', () => {
  const wrong: string[] = [];
  for (const file of sources(SRC)) {
    const from = layer(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import) '(\.[^']+)'/g)) {
      const target = layer(
        path.resolve(path.dirname(file), m[1]) + (m[1].endsWith('.ts') ? '' : '.ts'),
      );
      if (target !== from && !ALLOWED[from]?.includes(target))
        wrong.push(`${path.relative(SRC, file)} → ${m[1]}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(Object.keys(ALLOWED).sort()).toEqual([...new Set(sources(SRC).map(layer))].sort());
});
