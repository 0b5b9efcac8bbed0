/** Custom-function errors in Simplified Chinese. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

const where = (t: Say, place?: Place): string => (place ? `（${t.at(place)}）` : '');

const LATIN_AFTER_HAN = /([\u3400-\u9fff])([A-Za-z0-9_([])/g;
const HAN_AFTER_LATIN = /([A-Za-z0-9_%)\]])([\u3400-\u9fff])/g;
const SPACE_BETWEEN_HAN = /([\u3400-\u9fff]) +(?=[\u3400-\u9fff])/g;

/**
 * One space between Han and Latin letters or digits, none between two Han characters,
 * whatever the templates put around an inserted name (an English argument name or a Chinese
 * quantity); quoted cell text (“…”) is left as the user wrote it.
 */
export function spaceHan(sentence: string): string {
  return sentence
    .split(/(“[^”]*”)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(LATIN_AFTER_HAN, '$1 $2')
            .replace(HAN_AFTER_LATIN, '$1 $2')
            .replace(SPACE_BETWEEN_HAN, '$1'),
    )
    .join('');
}

export function zh(): ProblemCatalogue {
  return {
    finish: spaceHan,
    words: {
      quantities: {
        promoters: '推荐者数',
        passives: '被动者数',
        detractors: '贬损者数',
        responses: '回答数',
        'satisfied answers': '满意回答数',
        'surveys sent': '已发送问卷数',
        customers: '客户数',
        'customers at start': '期初客户数',
        'customers at start (S)': '期初客户数（S）',
        'customers at end (E)': '期末客户数（E）',
        'new customers (N)': '新客户数（N）',
        'customers lost': '流失客户数',
        'customers acquired': '获取的客户数',
        'customers referred': '经推荐而来的客户数',
        'average purchase value': '平均购买金额',
        'purchases per year': '每年购买次数',
        'customer lifespan in years': '客户生命周期（年）',
        'acquisition cost (cac)': '获客成本（cac）',
        'gross margin': '毛利率',
        spend: '支出',
        contacts: '联系次数',
        'answered in time': '在目标时间内接听的联系次数',
        'contacts offered': '呼入联系次数',
        'abandoned contacts': '放弃的联系次数',
        'total wait': '总等待时间',
        'contacts served': '已接待的联系次数',
        'total time': '总时间',
        inquiries: '咨询数',
        tickets: '工单数',
        'all tickets': '全部工单数',
        'resolved tickets': '已解决工单数',
        'resolved on first contact': '首次联系即解决的工单数',
        'open at start': '期初未结工单数',
        'tickets created': '新建工单数',
        'tickets resolved': '已解决工单数',
        'tickets reopened': '重新打开的工单数',
        'one-touch tickets': '一次回复即解决的工单数',
      },
      row: (n) => `第 ${n} 行`,
      column: (n) => `第 ${n} 列`,
      cell: (r, c) => `第 ${r} 行第 ${c} 列`,
      show: {
        text: (x) => `“${x.text}”`,
        error: (x) => `错误值“${x.text}”`,
        hugeText: (x) => `“${x.text}”（数字太大，电子表格无法保存）`,
        number: (x, t) => t.n(x.n),
        notFinite: (x) => `${x.text}（电子表格无法保存的数字）`,
        literal: (x) => x.text,
        date: () => '日期',
        invalidDate: () => '无效日期',
        other: () => '不是数字、文本或日期的值',
      },
      subject: (name, place) =>
        name && place ? `${name}（${place}）` : (name ?? place ?? '某个单元格'),
    },
    texts: {
      notFinite: (p, t) => `${t.name(p.what)}必须是有限数字`,
      negative: (p, t) => `${t.name(p.what)}不能为负数（当前为 ${t.n(p.got)}）`,
      notWhole: (p, t) => `${t.name(p.what)}必须是整数（当前为 ${t.n(p.got)}）`,
      notAboveZero: (p, t) => `${t.name(p.what)}必须大于 0`,
      partOverWhole: (p, t) =>
        `${t.name(p.part)}（${t.n(p.partN)}）不能多于${t.name(p.whole)}（${t.n(p.wholeN)}）`,
      noScores: () => '没有回答（没有 0 到 10 的评分）',
      noScaleAnswers: () => '没有在量表范围内的回答',
      noValues: () => '没有数值',
      noContacts: () => '没有联系记录（所有行都为空）',
      noWaits: () => '没有等待时间',
      noPurchases: () => '没有购买金额',
      noTickets: (p) => `没有工单（${p.arg} 中没有数字）`,
      noPairs: (p) => `没有任何一行同时填写了 ${p.start} 和 ${p.end}`,
      probability: (p, t) => `概率 ${t.n(p.got)} 必须在 0 和 1 之间`,
      confidence: (p, t) =>
        `confidence 必须在 0 和 1 之间，例如 ${t.n(0.95)}（当前为 ${t.n(p.got)}）`,
      scaleMax: (p, t) => `scale_max 必须是 2 到 10 的整数（当前为 ${t.n(p.got)}）`,
      threshold: (p, t) => `${p.arg} 必须是 1 到 ${t.n(p.max)} 的整数（当前为 ${t.n(p.got)}）`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? '是负数；购买金额必须大于或等于 0'
            : f.kind === 'offScale'
              ? `超出了 ${t.n(f.min)}–${t.n(f.max)} 的量表范围`
              : `不是 ${t.n(f.min)}–${t.n(f.max)} 量表上的整数评分`;
        return `${t.at(p.place)}的 ${t.n(p.n)} ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N 小于 0：期末 ${t.n(p.end)} 减去新增 ${t.n(p.added)}（N 不能大于 E）`,
      keptOverStart: (p, t) => `E − N（${t.n(p.kept)}）大于期初客户数 S（${t.n(p.start)}）`,
      marginOver100: (p, t) => `毛利率 ${t.n(p.got)} 超过了 100%`,
      backlogNegative: (p, t) =>
        `期初未结 + 新建 − 已解决（${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)}）不能为负数（结果为 ${t.n(p.open + p.created - p.resolved)}）`,
      unknownWord: (p) =>
        `${p.arg} 的值“${p.word}”无法识别；请使用以下之一：${p.accepted.join('、')}`,
      periodEmpty: (p) => `${p.period} 这一期没有回答`,
      periodOver: (p) => `${p.period} 这一期的满意回答多于全部回答`,
      emptyDay: (p) => `“${p.text}”中有一项星期几为空`,
      notADay: (p) => `“${p.text}”不是星期几（请使用周一至周日或 Mon–Sun）`,
      notATimeOfDay: (p) => `“${p.text}”：${p.time} 不是有效的时刻`,
      notATimeRange: (p) => `“${p.text}”不是 09:00-17:00 这样的时间段`,
      emptyShift: (p) => `时间段“${p.text}”为空`,
      emptySchedule: () => '排班为空',
      daysFirst: (p) => `“${p.text}”应先写星期再写时间，例如“周一至周五 09:00-17:00”`,
      datesTooFar: () => '日期相隔超过 400 年',
      openingHours: (p, t) =>
        `营业时间 ${t.n(p.opens)}–${t.n(p.closes)} 必须在 0–24 之内，且开始早于结束`,
      holds: (p, t) => `${t.subject(p.subject)}包含${t.show(p.value)}`,
      notANumber: (p, t) => `${t.subject(p.subject)}是${t.show(p.value)}，不是数字`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)}是${t.show(p.value)}，不是日期时间`
          : `${t.show(p.value)}不是日期时间`,
      notACount: (p, t) => `${t.subject(p.subject)}是 ${t.n(p.n)}，不是大于或等于 0 的整数`,
      mixedRatings: (p, t) =>
        `混用了数字和 Good/Bad 评价（${t.at(p.number)}是数字，${t.at(p.rating)}是评价）；请只用其中一种`,
      blankArg: (p) => `${p.arg} 为空`,
      singleValue: (p) => `${p.arg} 必须是单个值，不能是范围`,
      numberArg: (p, t) => `${p.arg} 必须是数字，当前为${t.show(p.value)}`,
      wordArg: (p, t) => `${p.arg} 必须是“${p.example}”这样的词，当前为${t.show(p.value)}`,
      thresholdKind: () => 'threshold 必须是数字或时长',
      waitKinds: (p, t) =>
        `${t.at(p.place)}是${p.thresholdIsDuration ? '普通数字' : '时长'}，而 threshold 是${p.thresholdIsDuration ? '时长' : '普通数字'}；请用同一种方式填写`,
      shapes: (p, t) =>
        `${t.name(p.a)}（${t.n(p.aRows)}×${t.n(p.aCols)}）和${t.name(p.b)}（${t.n(p.bRows)}×${t.n(p.bCols)}）的大小必须相同`,
      emptyRange: (p, t) => `${t.name(p.what)}的范围为空`,
      endWithoutStart: (p, t) => `${p.end} 已填写，但 ${p.start} 为空${where(t, p.place)}`,
      mixDateNumber: (p, t) => `${p.start} 和 ${p.end} 混用了日期和普通数字${where(t, p.place)}`,
      mixDateDuration: (p, t) => `${p.start} 和 ${p.end} 混用了日期时间和时长${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} 早于 ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) => `排班计算需要日期时间，而不是时长${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} 是负数`,
      dateTimeNotDuration: () => '日期时间不是时长（请按 0:05:30 的格式输入）',
      notATime: (p, t) => `${t.show(p.value)}不是时长`,
      durationNotDate: (p, t) => `${t.subject(p.subject)}是时长，不是日期`,
      durationNotDateTime: (p, t) => `${t.subject(p.subject)}是时长，不是日期时间`,
      notARow: (p) => `范围的第 ${p.row + 1} 行不是一行单元格`,
      arity: (p, t) =>
        `需要 ${p.min === p.max ? t.n(p.min) : `${t.n(p.min)} 到 ${t.n(p.max)}`} 个参数（${p.params.join(', ')}），实际为 ${t.n(p.got)} 个`,
      tooLarge: () => '结果太大，电子表格无法显示；请检查输入',
      unexpected: (p) => `意外问题（${p.detail}）`,
      context: (p, t) => `${p.arg ? `${p.arg}：` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
