/**
 * The report in every language: same values as the English one, every label translated
 * (no English left but names, abbreviations and formula code), inputs kept when switching.
 */
import { TICKET_COLUMNS } from '../../src/tickets/columns';
import { METRICS, trackedMetrics } from '../../src/catalogue';
import { LANGUAGES, messages, type Language } from '../../src/i18n';
import {
  call,
  cellAt,
  locate,
  generate,
  newWorkbook,
  readMetrics,
  sheetOf,
  typeMonths,
  randomMonth,
  seeded,
  calculatorInputs,
} from '../helpers/report';

/** Words that may stay as they are in any language: abbreviations, names, formula code. */
const ALLOWED = new Set(
  [
    ...METRICS.flatMap((m) =>
      m.functions.flatMap((f) => [f.name, ...f.params.map((p) => p.replace(/[[\]]|=.*$/g, ''))]),
    ),
    ...[
      'NPS',
      'CSAT',
      'CES',
      'CRR',
      'CAC',
      'CLV',
      'FCR',
      'AHT',
      'ASA',
      'MOE',
      'Support',
      'Metrics',
      'xlsx',
      // Help desks and native functions, named as they are everywhere.
      'Zendesk',
      'Freshdesk',
      'Explore',
      'Intercom',
      'Freshservice',
      // A tag as Zendesk writes it.
      'closed_by_merge',
      'NETWORKDAYS',
      'INTL',
    ],
    // Arguments of the example formulas in tab 3 (function arguments stay English).
    ...['hours', 'minutes', 'days', 'seconds', 'mean', 'median'],
  ].map((w) => w.toLowerCase()),
);

/** Names quoted as a desk's export or the Tickets tab writes them (the same in every language). */
const VERBATIM = [
  'First response status',
  'Resolution status',
  'Within SLA',
  'SLA Violated',
  ...TICKET_COLUMNS.map((c) => c.header),
];

/** English words the English report uses (4+ letters), to look for in the others. */
function englishWords(): Set<string> {
  const wb = newWorkbook();
  const reply = generate(wb, { language: 'en' });
  const words = new Set<string>();
  for (const s of reply.sheets) {
    for (const row of sheetOf(wb, reply, s.key).getDataRange().getValues()) {
      for (const v of row)
        if (typeof v === 'string' && !v.startsWith('='))
          for (const w of v.match(/[A-Za-z][A-Za-z_]{3,}/g) ?? []) words.add(w.toLowerCase());
    }
  }
  return words;
}

const ENGLISH = englishWords();

describe.each(LANGUAGES.filter((l) => l !== 'en'))('report in %s', (language) => {
  const wb = newWorkbook();
  const reply = generate(wb, { language });
  const t = messages(language as Language);

  test('tab names and headings in the language', () => {
    expect(reply.sheets.map((s) => s.name)).toEqual([
      t.tabs.metrics,
      t.tabs.volume,
      t.tabs.formulas,
    ]);
    const metrics = sheetOf(wb, reply, 'metrics');
    expect(cellAt(metrics, 'title', 'label').getValues()[0][0]).toBe(
      t.report.title.replace('{year}', '2026'),
    );
    expect(cellAt(metrics, 'head', '2026-01').getValues()[0][0]).toBe(`${t.months[0]} 2026`);
  });

  test('no English left except names, abbreviations and formula code', () => {
    const leftovers = new Set<string>();
    for (const s of reply.sheets) {
      for (const row of sheetOf(wb, reply, s.key).getDataRange().getValues()) {
        for (const v of row) {
          if (typeof v !== 'string' || v.startsWith('=')) continue;
          // Formula examples after the "custom function" label are code.
          // So are the sources' addresses.
          let text = (v.startsWith(t.report.customFunction) ? '' : v).replace(
            /https?:\/\/\S+/g,
            '',
          );
          // A desk's own column names and values, and the Tickets tab's headers, as written.
          for (const term of VERBATIM) text = text.split(term).join('');
          for (const w of text.match(/[A-Za-z][A-Za-z_]{3,}/g) ?? []) {
            if (ENGLISH.has(w.toLowerCase()) && !ALLOWED.has(w.toLowerCase())) leftovers.add(w);
          }
        }
      }
    }
    // Words these languages spell like English, checked by hand: sl "agent" (agent), "Formula";
    // ro "Date" (data), "media" (average), "care" (which), "contact", "cost", "calculator",
    // "marketing", "standard", "Chat live"; fi "Slovenian-", "romanian-" (genitive stems),
    // "Sosiaalinen media".
    const shared: Record<string, string[]> = {
      sl: ['agent', 'Formula', 'formula', 'test', 'status'],
      ro: [
        'Chat',
        'Date',
        'Media',
        'agent',
        'calculator',
        'care',
        'contact',
        'cost',
        'formula',
        'Formula',
        'live',
        'Real',
        'real',
        // "Net Promoter Score" stays English in Romanian usage and in the Romanian guide.
        'Promoter',
        'Score',
        'marketing',
        'media',
        'standard',
        // Romanian words too (data, import, export, moment, plan, spam), and "rate" the end of
        // "numărate" (the word split at its ă).
        'data',
        'import',
        'export',
        'moment',
        'plan',
        'spam',
        'rate',
        'Total',
      ],
      fi: ['Slovenian', 'slovenian', 'media', 'romanian'],
      ru: [],
      zh: [],
    };
    expect([...leftovers].filter((w) => !shared[language].includes(w)).sort()).toEqual([]);
  });

  test('the same values as the English report', () => {
    const month = randomMonth(seeded(99));
    typeMonths(sheetOf(wb, reply, 'metrics'), [month]);
    const computed = readMetrics(sheetOf(wb, reply, 'metrics'));
    for (const metric of trackedMetrics()) {
      expect([metric.id, computed[metric.id][0]]).toEqual([
        metric.id,
        expect.closeTo(metric.compute(calculatorInputs(metric, month)), 9),
      ]);
    }
    for (const metric of METRICS) {
      const result = metric.change
        ? cellAt(sheetOf(wb, reply, 'formulas'), `k.${metric.id}.change`, 'def')
        : cellAt(sheetOf(wb, reply, 'formulas'), `x.${metric.id}`, 'result');
      expect([metric.id, result.getValues()[0][0]]).toEqual([
        metric.id,
        expect.closeTo(metric.example, 9),
      ]);
    }
  });
});

test('switching language and regenerating relabels everything and keeps every input', () => {
  const wb = newWorkbook();
  let reply = generate(wb, { language: 'en' });
  const month = randomMonth(seeded(5));
  typeMonths(sheetOf(wb, reply, 'metrics'), [month, month]);
  const inputs = () => {
    const m = sheetOf(wb, reply, 'metrics');
    const at = locate(m);
    return m.getRange(at.row('i.promoters'), at.col('2026-01'), 23, 2).getValues();
  };
  const before = inputs();
  for (const language of [...LANGUAGES, 'en'] as Language[]) {
    reply = generate(wb, { language });
    expect(sheetOf(wb, reply, 'metrics').getName()).toBe(messages(language).tabs.metrics);
    expect(inputs()).toEqual(before);
  }
  expect(wb.emu.spreadsheet.sheets.map((s) => s.name).sort()).toEqual([
    'Formulas & definitions',
    'Monthly metrics',
    'Sheet1',
    'Ticket volume',
  ]);
});

test('the default language follows the spreadsheet locale, and the choice is remembered per document', () => {
  const wb = newWorkbook('ru_RU');
  const state = () =>
    JSON.parse(JSON.stringify(call(wb.ctx, 'sidebarState'))) as {
      options: { language: string; currency: string };
      text: { generate: string };
    };
  expect(state().options).toMatchObject({ language: 'ru', currency: '₽' });
  expect(state().text.generate).toBe('Сформировать ежемесячный отчёт');
  call(wb.ctx, 'onOpen');
  expect(wb.emu.ui.menus[0].items[0].caption).toBe('Открыть боковую панель');
  generate(wb, { language: 'fi', currency: '€' });
  expect(state().options).toMatchObject({ language: 'fi', currency: '€' });
});

test('in a comma-decimal locale the same formulas show locale numbers', () => {
  const wb = newWorkbook('sl_SI');
  const reply = generate(wb, { language: 'sl', currency: '€' });
  const metrics = sheetOf(wb, reply, 'metrics');
  typeMonths(metrics, [
    {
      ...randomMonth(seeded(8)),
      promoters: 70,
      passives: 20,
      detractors: 10,
      spend: 1234.5,
      customers_acquired: 1,
    },
  ]);
  const en = newWorkbook();
  const enMetrics = sheetOf(en, generate(en, { currency: '€' }), 'metrics');
  expect(metrics.getDataRange().getFormulas()).toEqual(enMetrics.getDataRange().getFormulas());
  expect(cellAt(metrics, 'm.nps', '2026-01').getDisplayValues()[0][0]).toBe('60,0');
  expect(cellAt(metrics, 'm.cac', '2026-01').getDisplayValues()[0][0]).toBe('1.234,50 €');
});

test.each([
  ['en', '2.5 h'],
  ['ru', '2,5 ч'],
  ['zh', '2.5 小时'],
])('in %s, times in the report carry the units of the language: %s', (language, shown) => {
  const locales: Record<string, string> = { en: 'en_US', ru: 'ru_RU', zh: 'zh_CN' };
  const wb = newWorkbook(locales[language]);
  const metrics = sheetOf(wb, generate(wb, { language: language as Language }), 'metrics');
  typeMonths(metrics, [{ ...randomMonth(seeded(4)), frt_hours: 300, frt_tickets: 120 }]);
  expect(cellAt(metrics, 'm.frt', '2026-01').getDisplayValues()[0][0]).toBe(shown);
});
