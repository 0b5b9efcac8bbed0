/**
 * The import summary's lines on what the file fed (sidebar and CLI alike): the report inputs
 * counted from the file, and for the rest, left typed, the export column that would give them
 * (the help desk's own name for it, else the field's name).
 */
import { fill, type Messages } from '../i18n/messages';
import { deskHeader, feedsOf, type HelpDesk, type Mapping, type TicketInputId } from '../tickets';

export function feedLines(
  t: Messages['import'],
  inputs: Record<TicketInputId, string>,
  mapping: Mapping,
  desk: HelpDesk | null,
): string[] {
  const { fed, missing } = feedsOf(mapping);
  const names = (ids: TicketInputId[]) => ids.map((id) => inputs[id]).join('; ');
  const lines: string[] = [];
  if (fed.length) lines.push(fill(t.fed, { inputs: names(fed) }));
  for (const m of missing) {
    const column = (desk && deskHeader(desk, m.field)) || t.fields[m.field];
    lines.push(fill(t.unfed, { inputs: names(m.inputs), column }));
  }
  return lines;
}
