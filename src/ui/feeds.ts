/**
 * The import summary's lines on what the file fed (sidebar and CLI alike): the report inputs
 * counted from the file, and for the rest, left typed, the export column that would give them
 * (the help desk's own name for it, else the field's name).
 */
import { fill, type Messages } from '../i18n/messages';
import {
  DEFINITION_NEEDS,
  deskHeader,
  EXCLUSIONS,
  feedsOf,
  HELP_DESK_NAMES,
  type HelpDesk,
  type Mapping,
  type Normalized,
  type TicketInputId,
} from '../tickets';

export function feedLines(
  t: Messages['import'],
  inputs: Record<TicketInputId, string>,
  mapping: Mapping,
  desk: HelpDesk | null,
): string[] {
  const { fed, missing } = feedsOf(mapping, desk);
  const names = (ids: TicketInputId[]) => ids.map((id) => inputs[id]).join('; ');
  const lines: string[] = [];
  if (fed.length) lines.push(fill(t.fed, { inputs: names(fed) }));
  for (const m of missing) {
    const column = (desk && deskHeader(desk, m.field)) || t.fields[m.field];
    lines.push(fill(t.unfed, { inputs: names(m.inputs), column }));
  }
  return lines;
}

/**
 * The import summary's lines on the desk's own definitions: the tickets left out (or kept) by
 * reason, tickets reopened since their solve, the definitions applied, and those the file
 * lacks a column for (the report's definition applies then).
 */
export function deskLines(
  t: Messages['import'],
  n: Normalized,
  desk: HelpDesk | null,
  count: (n: number) => string = String,
): string[] {
  if (!desk) return [];
  // The rules are Zendesk's whether the file came from Support or Explore.
  const name = HELP_DESK_NAMES[desk === 'explore' ? 'zendesk' : desk];
  const lines: string[] = [];
  const left = EXCLUSIONS.reduce((s, e) => s + n.excluded[e], 0);
  if (n.keptExcluded && left) lines.push(fill(t.keptExcluded, { count: count(left), desk: name }));
  else
    for (const e of EXCLUSIONS)
      if (n.excluded[e])
        lines.push(fill(t.excluded[e], { count: count(n.excluded[e]), desk: name }));
  if (n.unsolved) lines.push(fill(t.unsolved, { count: count(n.unsolved), desk: name }));
  for (const d of n.definitions)
    if (d === 'oneTouch' || d === 'stillSolved') lines.push(fill(t.applied[d], { desk: name }));
  for (const d of n.fallbacks) {
    const field = DEFINITION_NEEDS[d][0];
    const column = deskHeader(desk, field) || t.fields[field];
    lines.push(fill(t.fallback[d], { column, desk: name }));
  }
  return lines;
}
