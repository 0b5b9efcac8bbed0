/**
 * The report as data: its tabs in order (src/report/tab-metrics.ts, tab-volume.ts,
 * tab-formulas.ts, and tab-team.ts when there are assignees or groups), built on
 * the shared layout helpers of src/report/spec.ts.
 */
import { messages } from '../i18n';
import type { ExtractRef } from './extract';
import type { TicketsRef } from './formulas';
import { validateOptions, type Options, type TabSpec } from './spec';
import { formulasAndDefinitions } from './tab-formulas';
import { monthlyMetrics } from './tab-metrics';
import { team } from './tab-team';
import { ticketVolume } from './tab-volume';
import { sla } from './tab-sla';
import { weekly } from './tab-weekly';

export { calculatorSize } from './tab-formulas';
export { MAX_LISTED } from './tab-volume';

/**
 * The tabs, in order. The Team tab is there when the Tickets tab has assignees or groups, when
 * the report reads a team extract, or when it has one already (`keepTeam`: it is updated,
 * never deleted). The Weekly and SLA tabs likewise, when the Tickets tab has created dates.
 */
export function reportSpec(
  o: Options,
  tickets?: TicketsRef,
  keepTeam = false,
  extract?: ExtractRef,
  keepWeekly = false,
  keepSla = false,
): TabSpec[] {
  validateOptions(o);
  const t = messages(o.language);
  const withTeam = !!tickets?.agents || keepTeam || !!extract?.team;
  const specs = [
    monthlyMetrics(o, t, tickets, extract),
    ticketVolume(o, t, tickets, extract),
    formulasAndDefinitions(o, t, withTeam, extract ? [] : (tickets?.desks ?? [])),
  ];
  if (withTeam) specs.push(team(o, t, tickets, extract));
  if (tickets?.cols.created || keepWeekly) specs.push(weekly(o, t, tickets, !!extract));
  if (tickets?.cols.created || keepSla) specs.push(sla(o, t, tickets, !!extract));
  return specs;
}
