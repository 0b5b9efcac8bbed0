/** Custom-function errors in Russian. Names are quoted after "значение" so no case has to agree. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

const where = (t: Say, place?: Place): string => (place ? ` (${t.at(place)})` : '');
const v = (name: string): string => `значение «${name}»`;

export function ru(): ProblemCatalogue {
  return {
    words: {
      quantities: {
        promoters: 'промоутеры',
        passives: 'нейтралы',
        detractors: 'критики',
        responses: 'ответы',
        'satisfied answers': 'положительные ответы',
        'surveys sent': 'отправленные опросы',
        customers: 'клиенты',
        'customers at start': 'клиенты на начало',
        'customers at start (S)': 'клиенты на начало (S)',
        'customers at end (E)': 'клиенты на конец (E)',
        'new customers (N)': 'новые клиенты (N)',
        'customers lost': 'ушедшие клиенты',
        'customers acquired': 'привлечённые клиенты',
        'customers referred': 'клиенты по рекомендации',
        'average purchase value': 'средняя сумма покупки',
        'purchases per year': 'покупок в год',
        'customer lifespan in years': 'срок жизни клиента в годах',
        'acquisition cost (cac)': 'стоимость привлечения клиента (cac)',
        'gross margin': 'валовая маржа',
        spend: 'расходы',
        contacts: 'контакты',
        'answered in time': 'контакты, принятые вовремя',
        'contacts offered': 'поступившие контакты',
        'abandoned contacts': 'необслуженные контакты',
        'total wait': 'общее время ожидания',
        'contacts served': 'обслуженные контакты',
        'total time': 'общее время',
        inquiries: 'запросы',
        tickets: 'обращения',
        'all tickets': 'все обращения',
        'resolved tickets': 'решённые обращения',
        'resolved on first contact': 'решённые с первого обращения',
        'open at start': 'открытые обращения на начало',
        'tickets created': 'новые обращения',
        'tickets resolved': 'решённые обращения',
        'tickets reopened': 'повторно открытые обращения',
        'one-touch tickets': 'обращения, решённые с первого ответа',
      },
      row: (n) => `строка ${n}`,
      column: (n) => `столбец ${n}`,
      cell: (r, c) => `строка ${r}, столбец ${c}`,
      show: {
        text: (x) => `«${x.text}»`,
        error: (x) => `ошибка «${x.text}»`,
        hugeText: (x) => `«${x.text}» (слишком большое число для таблицы)`,
        number: (x, t) => t.n(x.n),
        notFinite: (x) => `${x.text} (такое число таблица хранить не может)`,
        literal: (x) => x.text,
        date: () => 'дата',
        invalidDate: () => 'недопустимая дата',
        other: () => 'значение, которое не является ни числом, ни текстом, ни датой',
      },
      subject: (name, place) =>
        name && place ? `${name} (${place})` : (name ?? place ?? 'ячейка'),
    },
    texts: {
      notFinite: (p, t) => `${v(t.name(p.what))} должно быть конечным числом`,
      negative: (p, t) =>
        `${v(t.name(p.what))} не может быть отрицательным (получено ${t.n(p.got)})`,
      notWhole: (p, t) => `${v(t.name(p.what))} должно быть целым числом (получено ${t.n(p.got)})`,
      notAboveZero: (p, t) => `${v(t.name(p.what))} должно быть больше 0`,
      partOverWhole: (p, t) =>
        `${v(t.name(p.part))} (${t.n(p.partN)}) не может быть больше значения «${t.name(p.whole)}» (${t.n(p.wholeN)})`,
      noScores: () => 'нет ответов (нет оценок от 0 до 10)',
      noScaleAnswers: () => 'нет ответов по шкале',
      noValues: () => 'нет значений',
      noContacts: () => 'нет контактов (все строки пусты)',
      noWaits: () => 'нет значений времени ожидания',
      noPurchases: () => 'нет сумм покупок',
      noTickets: (p) => `нет обращений (в ${p.arg} нет чисел)`,
      noPairs: (p) => `ни в одной строке нет одновременно ${p.start} и ${p.end}`,
      probability: (p, t) => `вероятность ${t.n(p.got)} должна быть от 0 до 1`,
      confidence: (p, t) =>
        `значение confidence должно быть от 0 до 1, например ${t.n(0.95)} (получено ${t.n(p.got)})`,
      scaleMax: (p, t) =>
        `значение scale_max должно быть целым числом от 2 до 10 (получено ${t.n(p.got)})`,
      threshold: (p, t) =>
        `значение ${p.arg} должно быть целым числом от 1 до ${t.n(p.max)} (получено ${t.n(p.got)})`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? 'отрицательное число; суммы покупок должны быть не меньше 0'
            : f.kind === 'offScale'
              ? `вне шкалы ${t.n(f.min)}–${t.n(f.max)}`
              : `не целая оценка по шкале ${t.n(f.min)}–${t.n(f.max)}`;
        return `${t.at(p.place)}: ${t.n(p.n)} — ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N меньше 0: E = ${t.n(p.end)}, N = ${t.n(p.added)} (N не может быть больше E)`,
      keptOverStart: (p, t) =>
        `E − N (${t.n(p.kept)}) больше числа клиентов на начало (S), равного ${t.n(p.start)}`,
      marginOver100: (p, t) => `валовая маржа ${t.n(p.got)} больше 100 %`,
      backlogNegative: (p, t) =>
        `значение «открытые на начало + новые − решённые» (${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)}) не может быть отрицательным (получилось ${t.n(p.open + p.created - p.resolved)})`,
      unknownWord: (p) =>
        `неизвестное значение «${p.word}» для ${p.arg}; допустимые: ${p.accepted.join(', ')}`,
      periodEmpty: (p) => `в периоде ${p.period} нет ответов`,
      periodOver: (p) => `в периоде ${p.period} положительных ответов больше, чем всех ответов`,
      emptyDay: (p) => `в «${p.text}» пропущен день`,
      notADay: (p) => `«${p.text}» — не день недели (используйте пн–вс или Mon–Sun)`,
      notATimeOfDay: (p) => `«${p.text}»: ${p.time} — недопустимое время`,
      notATimeRange: (p) => `«${p.text}» — не интервал времени вида 09:00-17:00`,
      emptyShift: (p) => `интервал «${p.text}» пуст`,
      emptySchedule: () => 'расписание пусто',
      daysFirst: (p) =>
        `в «${p.text}» сначала должны идти дни, затем часы, например «пн-пт 09:00-17:00»`,
      datesTooFar: () => 'даты отстоят друг от друга больше чем на 400 лет',
      openingHours: (p, t) =>
        `рабочие часы ${t.n(p.opens)}–${t.n(p.closes)} должны быть в пределах 0–24, причём начало — раньше конца`,
      holds: (p, t) => `${t.subject(p.subject)}: в ячейке ${t.show(p.value)}`,
      notANumber: (p, t) => `${t.subject(p.subject)}: ${t.show(p.value)} — не число`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)}: ${t.show(p.value)} — не дата со временем`
          : `${t.show(p.value)} — не дата со временем`,
      notACount: (p, t) => `${t.subject(p.subject)}: ${t.n(p.n)} — не целое неотрицательное число`,
      mixedRatings: (p, t) =>
        `смешаны числа и оценки Good/Bad (${t.at(p.number)} — число, ${t.at(p.rating)} — оценка); используйте что-то одно`,
      blankArg: (p) => `значение ${p.arg} не заполнено`,
      singleValue: (p) => `значение ${p.arg} должно быть одной ячейкой, а не диапазоном`,
      numberArg: (p, t) => `значение ${p.arg} должно быть числом, получено: ${t.show(p.value)}`,
      wordArg: (p, t) =>
        `значение ${p.arg} должно быть словом, например «${p.example}», получено: ${t.show(p.value)}`,
      thresholdKind: () => 'значение threshold должно быть числом или длительностью',
      waitKinds: (p, t) =>
        `${t.at(p.place)}: ${p.thresholdIsDuration ? 'обычное число' : 'длительность'}, а threshold — ${p.thresholdIsDuration ? 'длительность' : 'обычное число'}; задайте оба одинаково`,
      shapes: (p, t) =>
        `${t.name(p.a)} (${t.n(p.aRows)}×${t.n(p.aCols)}) и ${t.name(p.b)} (${t.n(p.bRows)}×${t.n(p.bCols)}) должны быть одного размера`,
      emptyRange: (p, t) => `диапазон «${t.name(p.what)}» пуст`,
      endWithoutStart: (p, t) => `${p.end} указано, а ${p.start} — нет${where(t, p.place)}`,
      mixDateNumber: (p, t) =>
        `в ${p.start} и ${p.end} смешаны дата и обычное число${where(t, p.place)}`,
      mixDateDuration: (p, t) =>
        `в ${p.start} и ${p.end} смешаны дата со временем и длительность${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} раньше, чем ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) =>
        `для расписания нужны даты со временем, а не длительности${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} — отрицательное значение`,
      dateTimeNotDuration: () =>
        'дата со временем — не длительность (длительность вводится так: 0:05:30)',
      notATime: (p, t) => `${t.show(p.value)} — не длительность`,
      durationNotDate: (p, t) => `${t.subject(p.subject)}: длительность, а не дата`,
      durationNotDateTime: (p, t) => `${t.subject(p.subject)}: длительность, а не дата со временем`,
      notARow: (p) => `строка ${p.row + 1} диапазона — не строка ячеек`,
      arity: (p, t) =>
        `ожидается аргументов: ${p.min === p.max ? t.n(p.min) : `от ${t.n(p.min)} до ${t.n(p.max)}`} (${p.params.join(', ')}), передано: ${t.n(p.got)}`,
      tooLarge: () => 'результат слишком велик для таблицы; проверьте входные данные',
      unexpected: (p) => `непредвиденная ошибка (${p.detail})`,
      context: (p, t) => `${p.arg ? `${p.arg}: ` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
