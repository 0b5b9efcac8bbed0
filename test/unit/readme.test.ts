/** The README's tables come from the catalogue; regenerate with `npm run docs`. */
import * as fs from 'node:fs';
import { README, renderReadme } from '../../scripts/docs';

test('README function and metric tables match the catalogue', () => {
  const current = fs.readFileSync(README, 'utf8');
  expect(renderReadme(current)).toBe(current);
});

test('README states the two set-up commands', () => {
  const current = fs.readFileSync(README, 'utf8');
  expect(current).toContain('npm ci && npm run demo');
  expect(current).toContain('npm ci && npm test');
});
