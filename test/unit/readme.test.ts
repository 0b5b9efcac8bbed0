/** The README's tables come from the catalogue; regenerate with `npm run docs`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { README, renderReadme } from '../../scripts/docs';
import { tryEmulator } from '../../scripts/try-emulator';

test('README function and metric tables match the catalogue', () => {
  const current = fs.readFileSync(README, 'utf8');
  expect(renderReadme(current)).toBe(current);
});

test('README states the two set-up commands', () => {
  const current = fs.readFileSync(README, 'utf8');
  expect(current).toContain('npm ci && npm run demo');
  expect(current).toContain('npm ci && npm test');
});

test('README quotes scripts/try-emulator.ts as it is, and the script does what it says', () => {
  const current = fs.readFileSync(README, 'utf8');
  const file = fs.readFileSync(path.resolve(__dirname, '../../scripts/try-emulator.ts'), 'utf8');
  const quoted =
    /<!-- include:scripts\/try-emulator\.ts -->\n```ts\n([\s\S]*?)```\n<!-- \/include -->/.exec(
      current,
    );
  expect(quoted?.[1]).toBe(file);
  expect(tryEmulator()).toMatchObject({ nps: 60, tab: 'Mesečni kazalniki' });
});
