/**
 * Why a figure may differ from the help desk's own dashboard (tab 3): the checks a lead runs
 * when two numbers disagree, and for each desk whose definitions are documented, the checks
 * where it counts differently, each with its sources (research:
 * ../shared/research/desk-definitions-and-demand-2026-12-05.md §2). The texts are in src/i18n
 * (`differ`); a language that lacks one fails to compile.
 */

export const CHECKS = [
  'population',
  'solved',
  'clock',
  'statistic',
  'zone',
  'freshness',
  'oneTouch',
  'sla',
] as const;
export type Check = (typeof CHECKS)[number];

const ZENDESK = 'https://support.zendesk.com/hc/en-us/articles/';
const FRESHDESK = 'https://support.freshdesk.com/en/support/solutions/articles/';
/** Zendesk's Explore Support datasets and their metrics. */
const Z_METRICS = `${ZENDESK}4408827693594`;
/** Zendesk's ticket time metrics: first reply, resolution, calendar and business hours. */
const Z_TIMES = `${ZENDESK}4408834848154`;
/** A Freshdesk staff answer on first response time and first-contact resolution. */
const F_TIMES =
  'https://community.freshworks.com/archives-freshdesk-11421/how-are-first-contact-resolution-and-average-first-response-time-defined-10470';

/** Each desk's checks that differ from the report's, with sources, in CHECKS order. */
export const DESK_NOTES = {
  zendesk: {
    population: [Z_METRICS, 'https://support.swifteq.com/hc/en-us/articles/21944293820561'],
    solved: [Z_METRICS],
    clock: [Z_TIMES],
    statistic: [`${ZENDESK}4408846897178`, Z_TIMES],
    zone: [
      'https://support.zendesk.com/hc/pt-br/articles/4409156215194',
      `${ZENDESK}4408823242778`,
    ],
    freshness: [Z_METRICS],
    oneTouch: [Z_METRICS],
    sla: [Z_METRICS, Z_TIMES],
  },
  freshdesk: {
    population: [`${FRESHDESK}50000000041`],
    solved: [
      'https://community.freshworks.com/freshservice-11247/how-exactly-reports-are-calculated-13786',
    ],
    clock: [F_TIMES],
    statistic: [F_TIMES],
    oneTouch: [
      F_TIMES,
      'https://support.freshservice.com/en/support/solutions/articles/50000004904',
    ],
  },
  intercom: {
    statistic: ['https://www.intercom.com/help/en/articles/3653556'],
  },
} as const satisfies Record<string, Partial<Record<Check, readonly string[]>>>;

export type NotedDesk = keyof typeof DESK_NOTES;
export const NOTED_DESKS = Object.keys(DESK_NOTES) as NotedDesk[];

/** A desk's noted checks, in CHECKS order. */
export function notedChecks(desk: NotedDesk): Check[] {
  const notes: Partial<Record<Check, readonly string[]>> = DESK_NOTES[desk];
  return CHECKS.filter((c) => notes[c]);
}

/** A desk's sources for a check (none when the desk counts as the report does). */
export function notesOf(desk: NotedDesk, check: Check): readonly string[] {
  const notes: Partial<Record<Check, readonly string[]>> = DESK_NOTES[desk];
  return notes[check] ?? [];
}
