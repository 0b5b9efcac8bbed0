/**
 * The metric catalogue: one entry per metric, one module per family (survey, retention,
 * time, tickets), like src/metrics and src/functions. The single source of truth for the
 * custom functions' docs (checked by test/unit/catalogue.test.ts), tab 1 and tab 3 of the
 * report, the sidebar's Functions help and the README's tables. Texts here are English; other
 * languages translate names and definitions by metric id in src/i18n.
 */
import { RETENTION_METRICS } from './retention';
import { SURVEY_METRICS } from './survey';
import { TICKET_METRICS } from './tickets';
import { TIME_METRICS } from './time';
import type { FunctionDoc, Metric } from './types';

export * from './types';
export * from './team';
export * from './desks';

/** Every metric, in catalogue order (the order of tab 1, tab 3 and the docs). */
export const METRICS: Metric[] = [
  ...SURVEY_METRICS,
  ...RETENTION_METRICS,
  ...TIME_METRICS,
  ...TICKET_METRICS,
];

/** Every documented custom function, in catalogue order. */
export function allFunctions(): FunctionDoc[] {
  return METRICS.flatMap((x) => x.functions);
}

/** The function's syntax as shown in help: NPS(scores), CSAT(scores, [scale_max=5], …). */
export function syntaxOf(f: FunctionDoc): string {
  return `${f.name}(${f.params.join(', ')})`;
}

/** The metrics tracked month by month in tab 1, in catalogue order. */
export function trackedMetrics(): Metric[] {
  return METRICS.filter((x) => x.tracked);
}
