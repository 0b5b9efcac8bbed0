/**
 * Which of the report's ticket inputs a file can feed: an input whose column the file lacks
 * (no solved time, no first reply, no rating) stays typed rather than becoming a count over
 * an empty column, which would show a false 0 (DESIGN §6.1). The import summary says which
 * inputs the file fed, and which export column would feed the rest.
 */
import { rulesOf } from './desks';
import type { Field, Mapping } from './fields';
import type { HelpDesk } from './profiles';

/**
 * The report inputs a BigQuery monthly statement gives, month by month (DESIGN §8: exactly
 * these, each with the meaning of the Tickets tab's COUNTIFS).
 */
export const STATEMENT_INPUT_IDS = [
  'tickets_created',
  'tickets_resolved',
  'open_start',
  'frt_tickets',
  'frt_hours',
  'resolution_hours',
  'tickets_first_contact',
  'csat_satisfied',
  'csat_responses',
] as const;

/** The report inputs a Tickets tab gives: those, and the surveys offered where it says so. */
export const TICKET_INPUT_IDS = [...STATEMENT_INPUT_IDS, 'surveys_offered'] as const;
export type TicketInputId = (typeof TICKET_INPUT_IDS)[number];

/**
 * The Team tab's sums for one agent or group and one month (DESIGN §7), over the tickets solved
 * in it: the columns of the team statement and of its extract, from which the Team tab's
 * figures are made as they are from the Tickets tab's COUNTIFS (src/report/team-formulas.ts).
 */
export const TEAM_MEASURE_IDS = [
  'solved',
  'frt_tickets',
  'frt_hours',
  'frt_within_target',
  'resolution_tickets',
  'resolution_hours',
  'csat_satisfied',
  'csat_responses',
  'one_touch',
  'one_touch_known',
  'reopened',
  'reopened_known',
] as const;
export type TeamMeasureId = (typeof TEAM_MEASURE_IDS)[number];

/** What each input needs: every group, and in a group any one of its fields. */
export const INPUT_NEEDS: Record<TicketInputId, Field[][]> = {
  tickets_created: [['created']],
  tickets_resolved: [['solved']],
  open_start: [['created'], ['solved']],
  frt_tickets: [['first_reply_at', 'frt']],
  frt_hours: [['first_reply_at', 'frt']],
  resolution_hours: [['solved']],
  tickets_first_contact: [['solved'], ['first_contact', 'replies']],
  csat_satisfied: [['solved'], ['rating']],
  csat_responses: [['solved'], ['rating']],
  // Only where the desk's rating column says which tickets were offered a survey (DESK_RULES
  // surveyWords): elsewhere no column feeds it and it stays typed, unlisted.
  surveys_offered: [['solved'], ['rating']],
};

/** Inputs that only some desks' exports feed, and whether a desk's does. */
const DESK_INPUTS: Partial<Record<TicketInputId, (desk: HelpDesk | null | undefined) => boolean>> =
  { surveys_offered: (desk) => rulesOf(desk).surveyWords };

export interface Feeds {
  fed: TicketInputId[];
  /** The inputs left typed, grouped by the field whose column would feed them. */
  missing: { field: Field; inputs: TicketInputId[] }[];
}

/**
 * The inputs a mapping feeds, and for the rest the first field each lacks; an input only some
 * desks' exports feed is neither, from another desk's file.
 */
export function feedsOf(mapping: Mapping, desk?: HelpDesk | null): Feeds {
  const fed: TicketInputId[] = [];
  const missing: Feeds['missing'] = [];
  for (const id of TICKET_INPUT_IDS) {
    if (DESK_INPUTS[id] && !DESK_INPUTS[id]!(desk)) continue;
    const lacking = INPUT_NEEDS[id].find((group) => !group.some((f) => mapping[f]));
    if (!lacking) {
      fed.push(id);
      continue;
    }
    const field = lacking[0];
    const entry = missing.find((m) => m.field === field);
    if (entry) entry.inputs.push(id);
    else missing.push({ field, inputs: [id] });
  }
  return { fed, missing };
}
