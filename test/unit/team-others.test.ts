/**
 * The Team tab's Others row (#32): a <> criterion matches blank cells, so over whole columns
 * an engine tests every one of a million rows once per listed name (LibreOffice took 11 s for
 * this row alone over 10 000 tickets). Its figures read the tab's rows when the report was
 * made, guarded as the medians are; the other rows keep whole columns. Its values are held
 * equal to plain counts by test/report/team.test.ts's fast-check test.
 */
import { teamRowFormulas, TEAM_FIGURES } from '../../src/report/team-formulas';
import type { TicketsRef } from '../../src/report/formulas';

const ref: TicketsRef = {
  sheet: 'Tickets',
  cols: { solved: 'D', frt_h: 'M', resolution_h: 'N', assignee: 'Q', rating: 'R', reopens: 'S' },
  business: false,
  categories: [],
  channels: [],
  lastRow: 5001,
  stale: '"update"',
};
const period = { chosen: '$B$3', from: '$C$3', to: 'DATE(YEAR($C$3),MONTH($C$3)+1,1)' };
const formulas = (row: Parameters<typeof teamRowFormulas>[1]) =>
  teamRowFormulas({ kind: 'tickets', ref }, row, period, '$B$4', (f) => `Z${f.length}`);

test('the Others row reads bounded rows with the stale guard; a name row whole columns', () => {
  const others = formulas({ kind: 'others', column: 'assignee', listed: ['Ana', 'Bo', 'Cy'] });
  const named = formulas({ kind: 'name', column: 'assignee', name: 'Ana' });
  let checked = 0;
  for (const f of TEAM_FIGURES) {
    if (!others[f]) continue;
    checked++;
    expect([f, /'Tickets'!\$[A-Z]+:\$[A-Z]+,"<>/.test(others[f])]).toEqual([f, false]);
    expect([f, others[f].includes(`'Tickets'!$Q$1:$Q$5001,"<>Bo"`)]).toEqual([f, true]);
    expect([f, others[f].includes(`COUNT('Tickets'!$D:$D)>COUNT('Tickets'!$D$1:$D$5001)`)]).toEqual(
      [f, true],
    );
  }
  expect(checked).toBeGreaterThan(10);
  expect(named.solved).toContain(`'Tickets'!$Q:$Q,"=Ana"`);
  expect(named.solved).not.toContain('"update"');
});
