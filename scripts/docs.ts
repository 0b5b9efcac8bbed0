/**
 * Writes the README's generated tables from the metric catalogue (`npm run docs`).
 * test/unit/readme.test.ts fails when the README is out of date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { METRICS, syntaxOf, TEAM_COLUMNS } from '../src/catalogue';

export const README = path.resolve(__dirname, '../README.md');
const START = '<!-- generated:functions -->';
const END = '<!-- /generated:functions -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function functionsTable(): string {
  const lines = ['| Function | What it returns | Example |', '| --- | --- | --- |'];
  for (const metric of METRICS) {
    for (const f of metric.functions) {
      lines.push(`| \`${cell(syntaxOf(f))}\` | ${cell(f.summary)} | \`${cell(f.example)}\` |`);
    }
  }
  lines.push('', '| Metric | Formula | Worked example |', '| --- | --- | --- |');
  for (const metric of METRICS) {
    const inputs = metric.inputs.map((i) => `${i.name} ${i.example}`).join(', ');
    lines.push(
      `| ${cell(metric.name)} | ${cell(metric.formula)} | ${cell(inputs)} → ${metric.example} |`,
    );
  }
  lines.push('', '| Team tab column | What it counts | Formula |', '| --- | --- | --- |');
  for (const c of TEAM_COLUMNS)
    lines.push(
      `| ${cell(c.name)}${c.of ? ` (beside it: ${cell(c.of)})` : ''} | ${cell(c.definition)} | ${cell(c.formula)} |`,
    );
  return lines.join('\n');
}

export function renderReadme(current: string): string {
  const a = current.indexOf(START);
  const b = current.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${current.slice(0, a + START.length)}\n${functionsTable()}\n${current.slice(b)}`;
}

if (require.main === module) {
  fs.writeFileSync(README, renderReadme(fs.readFileSync(README, 'utf8')));
  console.log('README.md tables written from src/catalogue/');
}
