/**
 * Build: esbuild bundles src/main.ts into one IIFE (global `SupportMetrics`, target
 * es2020), then writes a top-level declaration for every export so Apps Script sees it:
 * custom functions keep the JSDoc from src/functions/*.ts (Sheets' autocomplete reads it),
 * and the rest (onOpen, sidebar callbacks) delegate plainly. Output goes to dist/.
 */
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import ts from 'typescript';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
export const GLOBAL_NAME = 'SupportMetrics';

export interface CustomFunctionSource {
  name: string;
  params: string[];
  jsdoc: string;
}

/** Exported functions of the modules in src/functions/ whose JSDoc says @customfunction. */
export function customFunctionsIn(dir = path.join(root, 'src/functions')): CustomFunctionSource[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => customFunctionsInFile(path.join(dir, f)));
}

function customFunctionsInFile(file: string): CustomFunctionSource[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const found: CustomFunctionSource[] = [];
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name) continue;
    if (!st.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const docs = ts.getJSDocCommentsAndTags(st).filter(ts.isJSDoc);
    const doc = docs[docs.length - 1];
    if (!doc) continue;
    const jsdoc = text.slice(doc.getStart(sf), doc.getEnd());
    if (!/@customfunction\b/.test(jsdoc)) continue;
    found.push({ name: st.name.text, params: st.parameters.map((p) => p.name.getText(sf)), jsdoc });
  }
  return found;
}

function stubs(exported: string[], custom: CustomFunctionSource[]): string {
  const byName = new Map(custom.map((c) => [c.name, c]));
  const out: string[] = [];
  for (const name of exported) {
    const c = byName.get(name);
    if (c) {
      out.push(
        `${c.jsdoc}\nfunction ${name}(${c.params.join(', ')}) {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}\n`,
      );
    } else {
      out.push(
        `function ${name}() {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}\n`,
      );
    }
  }
  return out.join('\n');
}

/** Names the bundle exports, read by evaluating it in an empty context. */
function exportsOf(bundle: string): string[] {
  const ctx = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.__names = Object.keys(${GLOBAL_NAME});`, ctx);
  return (ctx as { __names: string[] }).__names;
}

export async function buildAll(): Promise<void> {
  fs.mkdirSync(dist, { recursive: true });
  const result = await build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    // Every custom-function call loads the whole bundle: no comments or indentation in it
    // (the stubs below keep their JSDoc for autocomplete). Names stay, for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const bundle = result.outputFiles[0].text;
  const names = exportsOf(bundle);
  const custom = customFunctionsIn();
  const missing = custom.filter((c) => !names.includes(c.name));
  if (missing.length)
    throw new Error(`not exported from src/main.ts: ${missing.map((c) => c.name).join(', ')}`);
  const header = '// Support Metrics: built by scripts/build.ts from src/. Do not edit.\n';
  fs.writeFileSync(path.join(dist, 'Code.js'), `${header}${bundle}\n${stubs(names, custom)}`);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), await sidebarHtml());
}

/** The sidebar as one file: its CSS and bundled client inlined (no CDN, no external fonts). */
export async function sidebarHtml(): Promise<string> {
  const dir = path.join(root, 'src/ui/sidebar');
  const client = await build({
    entryPoints: [path.join(dir, 'client.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  const js = client.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = fs.readFileSync(path.join(dir, 'style.css'), 'utf8');
  const html = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');
  if (!html.includes('/* STYLE */') || !html.includes('/* SCRIPT */'))
    throw new Error('sidebar.html lacks its placeholders');
  return html.replace('/* STYLE */', () => css).replace('/* SCRIPT */', () => js);
}

if (require.main === module) {
  const started = Date.now();
  buildAll().then(
    () => {
      const size = fs.statSync(path.join(dist, 'Code.js')).size;
      console.log(
        `built dist/Code.js (${(size / 1024).toFixed(1)} KB) in ${Date.now() - started} ms`,
      );
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
