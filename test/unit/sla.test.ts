/** SLA by priority's parts outside the sheet: the desks' status words, default targets, order. */
import { slaMet } from '../../src/tickets/columns';
import { byRank, slaDefaults, SLA_OTHER } from '../../src/report/sla';

test("a desk's SLA status: met, breached, or none", () => {
  const cases: [string, 0 | 1 | ''][] = [
    ['Within SLA', 1],
    ['SLA Violated', 0],
    ['TRUE', 1],
    ['false', 0],
    ['Achieved', 1],
    ['Breached', 0],
    ['Not met', 0],
    ['Met', 1],
    ['Dentro del SLA', 1],
    ['SLA incumplido', 0],
    ['', ''],
    ['  ', ''],
    ['Paused', ''],
    ['Active', ''],
  ];
  for (const [text, want] of cases) expect([text, slaMet(text)]).toEqual([text, want]);
});

test('default targets by the priority’s words, in the languages of the report', () => {
  const cases: [string, number, number][] = [
    ['Urgent', 1, 4],
    ['1 - Critical', 1, 4],
    ['P1', 1, 4],
    ['Highest', 1, 4],
    ['High', 4, 24],
    ['2 - High', 4, 24],
    ['Medium', 8, 72],
    ['Normal', 8, 72],
    ['3 - Moderate', 8, 72],
    ['Low', 24, 120],
    ['Lowest', 24, 120],
    ['5 - Planning', 24, 120],
    ['Срочный', 1, 4],
    ['Высокий', 4, 24],
    ['Низкий', 24, 120],
    ['紧急', 1, 4],
    ['低', 24, 120],
    ['Kiireellinen', 1, 4],
    ['Nujno', 1, 4],
    ['Something else', SLA_OTHER.frt, SLA_OTHER.resolution],
  ];
  for (const [name, frt, resolution] of cases)
    expect([name, slaDefaults(name).frt, slaDefaults(name).resolution]).toEqual([
      name,
      frt,
      resolution,
    ]);
});

test('priorities in order: urgent, high, normal, low, then the rest as given', () => {
  expect(byRank(['Zeta', 'Low', 'Normal', 'Urgent', 'Alpha', 'High', 'Critical'])).toEqual([
    'Urgent',
    'Critical',
    'High',
    'Normal',
    'Low',
    'Zeta',
    'Alpha',
  ]);
});
