/** The shape every language's message catalogue must fill: a missing key is a compile error. */
import type {
  Check,
  DESK_NOTES,
  MetricId,
  NotedDesk,
  TeamColumnId,
  TrackedInputId,
} from '../catalogue';

export const LANGUAGES = ['en', 'sl', 'zh', 'ru', 'ro', 'fi'] as const;

/** The fields of a ticket export (src/tickets/profiles.ts), named in the mapping step. */
export type ImportField =
  | 'id'
  | 'created'
  | 'first_reply_at'
  | 'solved'
  | 'updated'
  | 'status'
  | 'channel'
  | 'category'
  | 'rating'
  | 'reopens'
  | 'replies'
  | 'first_contact'
  | 'frt'
  | 'frt_business'
  | 'resolution'
  | 'resolution_business'
  | 'assignee'
  | 'group'
  | 'priority'
  | 'tags'
  | 'brand'
  | 'form'
  | 'frt_sla'
  | 'resolution_sla';
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** The language for a spreadsheet locale such as "sl_SI" or "zh_CN"; English otherwise. */
export function languageForLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '')
    .slice(0, 2)
    .toLowerCase();
  return isLanguage(code) ? code : 'en';
}

/** Each language's own spreadsheet locale (the demo's emulator, numbers in the sidebar). */
export const LOCALES: Record<Language, string> = {
  en: 'en_US',
  sl: 'sl_SI',
  zh: 'zh_CN',
  ru: 'ru_RU',
  ro: 'ro_RO',
  fi: 'fi_FI',
};

/** Replaces `{name}` placeholders. Here, beside the types, so the sidebar can use it alone. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) =>
    k in values ? String(values[k]) : all,
  );
}

export const CATEGORY_IDS = [
  'sales',
  'technical',
  'cancellation',
  'return',
  'shipping',
  'availability',
  'other',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export const CHANNEL_IDS = ['email', 'phone', 'chat', 'social', 'other'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** A metric's texts; `inputs` are the calculator's input labels in catalogue order. */
export interface MetricText {
  name: string;
  definition: string;
  formula: string;
  source: string;
  inputs: string[];
}

/** A fixed-length array type: Tuple<string, 12> is twelve strings. */
type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N
  ? R
  : Tuple<T, N, [T, ...R]>;

export interface Messages {
  /** The language's own name, for the sidebar's language list. */
  languageName: string;
  /** Default currency label for money formats. */
  currency: string;
  /** Units shown after times in the report's number formats ("2.5 h"). */
  units: { hours: string; minutes: string };
  tabs: {
    metrics: string;
    volume: string;
    formulas: string;
    team: string;
    weekly: string;
    sla: string;
    tickets: string;
  };
  /** The Weekly tab (src/report/tab-weekly.ts). */
  weekly: {
    /** `{year}` is replaced. */
    title: string;
    intro: string;
    /** Added to the intro when the report reads BigQuery extracts (no weeks in them). */
    noExtract: string;
    /** Label of the latest week's Monday. */
    latest: string;
    week: string;
    columns: {
      start: string;
      created: string;
      solved: string;
      frt: string;
      frt_median: string;
      csat: string;
      backlog: string;
    };
    /** The week's first day, the language's way. */
    dateFormat: string;
  };
  /** The SLA tab (src/report/tab-sla.ts). */
  sla: {
    /** `{year}` is replaced. */
    title: string;
    intro: string;
    /** Added to the intro when the report reads BigQuery extracts (no priorities in them). */
    noExtract: string;
    /** Which the tab counts: the desk's SLA status where tickets have one, or times only. */
    fromDesk: string;
    fromTimes: string;
    month: string;
    priority: string;
    targets: { frt: string; res: string };
    columns: Record<'frt_n' | 'frt_met' | 'frt_pct' | 'res_n' | 'res_met' | 'res_pct', string>;
    other: string;
    none: string;
    all: string;
    /** Below the table: the targets a new priority starts with. */
    defaults: string;
  };
  /** Tab 2's backlog by age (src/report/backlog.ts): the heading, rows and note. */
  backlog: {
    heading: string;
    /** The row of the moment each month's backlog is counted at. */
    at: string;
    /** The age bands: under 1 day, 1–3, 3–7, 7–30 and 30 days or more. */
    ages: { lt1: string; d1: string; d3: string; d7: string; d30: string };
    total: string;
    oldest: string;
    /** Beside the heading: how it is counted. */
    note: string;
  };
  report: {
    /** `{year}` is replaced. */
    title: string;
    intro: string;
    metric: string;
    inputs: string;
    metrics: string;
    target: string;
    goodWhen: string;
    ytd: string;
    volumeTitle: string;
    volumeIntro: string;
    byCategory: string;
    byChannel: string;
    total: string;
    share: string;
    difference: string;
    formulasTitle: string;
    formulasIntro: string;
    definition: string;
    formula: string;
    source: string;
    result: string;
    customFunction: string;
    noFunction: string;
    protectedWarning: string;
    validationCount: string;
    validationAmount: string;
    validationNumber: string;
    /** Tab 1: the significance of month-to-month changes (NPS and CSAT). */
    confidence: string;
    change: string;
    margin: string;
    changePoints: string;
    changeNote: string;
    /** Tab 3: the "is the change real?" calculators. */
    pValue: string;
    verdict: string;
    verdictReal: string;
    verdictNoise: string;
    calculatorBelow: string;
    /** After the label of an input computed from the Tickets tab. */
    fromTickets: string;
    /** After the label of an input looked up in a BigQuery extract: `{sheet}`. */
    fromSheet: string;
    /** Tab 1 and the Team tab: labels of the median and 90th-percentile time rows. */
    timeStatistics: Record<'frt' | 'resolution_time', Record<'median' | 'p90', string>>;
    /** Header of the column saying how many months year to date covers. */
    monthsCounted: string;
    /** A median's cell once tickets lie below the rows it reads: the report needs an update. */
    staleTickets: string;
    /** Tab 3 calculator column, `{n}` = 1…4. */
    input: string;
    value: string;
  };
  /** The Team tab (DESIGN §7) and its block in tab 3. */
  team: {
    /** `{period}` is replaced. */
    title: string;
    intro: string;
    /** Label of the month dropdown. */
    month: string;
    /** Label of the first-reply target, in hours. */
    target: string;
    agents: string;
    groups: string;
    chosenMonth: string;
    others: string;
    /** The table's last row: every ticket solved in the period. */
    all: string;
    /** Title of the bar chart of tickets solved per agent. */
    chart: string;
    validationMonth: string;
    /** Beside the target while a team extract counted within another: `{hours}` is its target. */
    extractTarget: string;
    /** Tab 3: the heading of the Team tab's definitions. */
    definitions: string;
    columns: Record<
      TeamColumnId,
      { name: string; definition: string; formula: string; of?: string }
    >;
  };
  /**
   * Tab 3: why a figure may differ from the help desk's own dashboard. The checks, and each
   * documented desk's definition where it differs (`desk`), with what the report does when the
   * import applied that desk's rule (`ours`; otherwise the check's own `ours`).
   */
  differ: {
    title: string;
    intro: string;
    /** Header of the checks' column. */
    check: string;
    /** Header of what this report does. */
    inReport: string;
    /** `{desk}`: header of what the desk does. */
    asDesk: string;
    /** `{desk}`: a recognised desk with no documented definitions of its own here. */
    undocumented: string;
    /** `{desk}`, `{check}`: a check in a desk's block (labels are unique in a tab). */
    deskCheck: string;
    checks: Record<Check, { name: string; ours: string }>;
    desks: {
      [D in NotedDesk]: {
        [C in keyof (typeof DESK_NOTES)[D]]: { desk: string; ours?: string };
      };
    };
  };
  /** The sidebar's "Tickets in BigQuery?" section (DESIGN §8). */
  warehouse: {
    heading: string;
    intro: string;
    query: string;
    source: string;
    table: string;
    /** The team statement's first-reply target, in hours. */
    target: string;
    queries: Record<'monthly' | 'breakdown' | 'team' | 'weekly' | 'sla' | 'backlog', string>;
    sources: Record<'tickets' | 'dbt_zendesk', string>;
    steps: string;
    badTable: string;
    badTarget: string;
  };
  months: Tuple<string, 12>;
  /** A period that starts in a month other than January: `{month}`, `{year}` ("Apr 2027", "2027年4月"). */
  monthYear: string;
  categories: Record<CategoryId, string>;
  channels: Record<ChannelId, string>;
  inputs: Record<TrackedInputId, string>;
  metrics: Record<MetricId, MetricText>;
  sidebar: {
    title: string;
    reportHeading: string;
    year: string;
    firstMonth: string;
    language: string;
    currency: string;
    generate: string;
    /** The choice of where the report's ticket numbers come from. */
    ticketsFrom: string;
    ticketsTab: string;
    generating: string;
    /** `{seconds}` is replaced. */
    created: string;
    updated: string;
    openReport: string;
    /** Before the links to each of the report's tabs. */
    reportTabs: string;
    failed: string;
    functionsHeading: string;
    search: string;
    noMatch: string;
    copy: string;
    copied: string;
    example: string;
  };
  /** The sidebar's ticket import; `{name}` placeholders are replaced. */
  import: {
    heading: string;
    intro: string;
    choose: string;
    drop: string;
    /** `{desk}`, `{rows}` */
    recognised: string;
    /** `{rows}` */
    unknown: string;
    /** `{desk}`, `{rows}`: a help desk's export whose id or created column was guessed. */
    guessed: string;
    fields: Record<ImportField, string>;
    notInFile: string;
    zone: string;
    business: string;
    /** The option to keep assignees' names (off: groups only). */
    keepAgents: string;
    start: string;
    cancel: string;
    /** `{done}`, `{total}` */
    progress: string;
    /** `{added}`, `{updated}`, `{unchanged}`, `{total}` */
    done: string;
    /** `{count}` */
    rejected: string;
    /** `{count}` */
    duplicates: string;
    /** The option to keep the tickets the help desk leaves out (deleted, spam, merged). */
    keepExcluded: string;
    /** `{count}`, `{desk}`: tickets left out at import, by why the desk leaves them out. */
    excluded: Record<'deleted' | 'spam' | 'merged' | 'unassigned', string>;
    /** `{count}`, `{desk}`: the same tickets, kept because the user chose to. */
    keptExcluded: string;
    /** `{count}`, `{desk}`: tickets with a solved date whose status is no longer solved. */
    unsolved: string;
    /** `{desk}`: a definition of the desk's the import applied. */
    applied: Record<'oneTouch' | 'stillSolved', string>;
    /** `{column}`, `{desk}`: a desk's definition the file lacks a column for. */
    fallback: Record<'oneTouch' | 'stillSolved' | 'byStatus' | 'byTag' | 'unassigned', string>;
    /** `{inputs}`: the report inputs the file feeds. */
    fed: string;
    /** `{inputs}`, `{column}`: inputs left typed, and an export column that would feed them. */
    unfed: string;
    cancelled: string;
    /** `{row}`, `{reason}` */
    row: string;
    reasons: {
      noId: string;
      /** `{field}`, `{value}` */
      badDate: string;
      noCreated: string;
      /** `{field}` */
      beforeCreated: string;
      longId: string;
      /** `{field}`, `{value}` */
      farDate: string;
    };
    errors: {
      empty: string;
      headersOnly: string;
      binary: string;
      pdf: string;
      noId: string;
      noCreated: string;
      noDates: string;
      summary: string;
      summaryExplore: string;
      tooLarge: string;
      unreadable: string;
      payload: string;
    };
    /** `{period}` */
    reportUpdated: string;
  };
  menu: { openSidebar: string; generate: string; help: string; helpText: string };
  errors: {
    busy: string;
    year: string;
    firstMonth: string;
    language: string;
    currency: string;
    unexpected: string;
    /** `{tab}`, `{count}`, `{row}`, `{found}`, `{expected}` are replaced. */
    moved: string;
  };
}
