/**
 * The report as data: its three tabs in order (src/report/tab-metrics.ts, tab-volume.ts,
 * tab-formulas.ts), built on the shared layout helpers of src/report/spec.ts.
 */
import { messages } from '../i18n';
import type { TicketsRef } from './formulas';
import { validateOptions, type Options, type TabSpec } from './spec';
import { formulasAndDefinitions } from './tab-formulas';
import { monthlyMetrics } from './tab-metrics';
import { ticketVolume } from './tab-volume';

export { calculatorSize } from './tab-formulas';
export { MAX_LISTED } from './tab-volume';

/** The three tabs, in order. */
export function reportSpec(o: Options, tickets?: TicketsRef): TabSpec[] {
  validateOptions(o);
  const t = messages(o.language);
  return [monthlyMetrics(o, t, tickets), ticketVolume(o, t, tickets), formulasAndDefinitions(o, t)];
}
