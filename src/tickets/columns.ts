/**
 * The Tickets tab: one row per ticket, only what the metrics need (no subjects, bodies,
 * customer names or e-mail addresses). Rows travel from the sidebar to the server as arrays
 * of primitives in this column order.
 */

/** 1970-01-01 as a spreadsheet serial day: serial = Unix days (wall clock) + SERIAL_EPOCH. */
export const SERIAL_EPOCH = 25569;

/** Sheets' limit on a spreadsheet's cells: a file that would pass it is refused up front. */
export const SHEET_CELL_LIMIT = 10_000_000;

/** What a column holds; date-times are spreadsheet serial numbers in the spreadsheet's zone. */
export type ColumnKind = 'id' | 'datetime' | 'text' | 'count' | 'flag' | 'hours';

export const TICKET_COLUMNS = [
  { key: 'id', kind: 'id', header: 'Ticket ID' },
  { key: 'created', kind: 'datetime', header: 'Created' },
  { key: 'first_reply', kind: 'datetime', header: 'First reply' },
  { key: 'solved', kind: 'datetime', header: 'Solved' },
  { key: 'updated', kind: 'datetime', header: 'Updated' },
  { key: 'status', kind: 'text', header: 'Status' },
  { key: 'channel', kind: 'text', header: 'Channel' },
  { key: 'category', kind: 'text', header: 'Category' },
  { key: 'rating', kind: 'text', header: 'CSAT rating (Good/Bad)' },
  { key: 'reopens', kind: 'count', header: 'Reopens' },
  { key: 'replies', kind: 'count', header: 'Agent replies' },
  { key: 'first_contact', kind: 'flag', header: 'Resolved on first contact' },
  { key: 'frt_h', kind: 'hours', header: 'First reply time (h)' },
  { key: 'resolution_h', kind: 'hours', header: 'Resolution time (h)' },
  { key: 'frt_business_h', kind: 'hours', header: 'First reply time, business hours (h)' },
  {
    key: 'resolution_business_h',
    kind: 'hours',
    header: 'Resolution time, business hours (h)',
  },
  // Agents' names and their groups (the Team tab); last, so older Tickets tabs gain them.
  { key: 'assignee', kind: 'text', header: 'Assignee' },
  { key: 'group', kind: 'text', header: 'Group' },
  // What leads filter by (SLA by priority, a brand's tickets), and whether a survey was offered
  // (the survey response rate): after the agents, so older Tickets tabs gain them at the end.
  { key: 'priority', kind: 'text', header: 'Priority' },
  { key: 'tags', kind: 'text', header: 'Tags' },
  { key: 'brand', kind: 'text', header: 'Brand' },
  { key: 'form', kind: 'text', header: 'Form' },
  { key: 'survey_offered', kind: 'flag', header: 'Survey offered' },
  // The desk's own SLA status, where its export has one (1 met, 0 breached): the SLA tab counts
  // it instead of the time against the target.
  { key: 'frt_sla', kind: 'flag', header: 'First reply SLA met' },
  { key: 'resolution_sla', kind: 'flag', header: 'Resolution SLA met' },
] as const satisfies readonly { key: string; kind: ColumnKind; header: string }[];

export type ColumnKey = (typeof TICKET_COLUMNS)[number]['key'];
export const COLUMN_KEYS: ColumnKey[] = TICKET_COLUMNS.map((c) => c.key);
export const COLUMN_INDEX = Object.fromEntries(COLUMN_KEYS.map((k, i) => [k, i])) as Record<
  ColumnKey,
  number
>;

/** A ticket as it travels and is stored: '' where the export says nothing. */
export type TicketRow = (string | number)[];

/**
 * A rating as the Tickets tab keeps it: "Good" or "Bad" (a help desk's own words), from
 * Good/Bad, a 1–5 score (4 and 5 are Good, as CSAT counts them) or the desks' words: only the
 * top of a scale is Good, as the desks count their satisfaction score (Help Scout's Great % leaves
 * Okay and Not Good out, Freshdesk's neutral and "slightly" answers are not satisfied);
 * '' for anything else (Offered, Unoffered, no rating).
 */
export function goodOrBad(rating: string): 'Good' | 'Bad' | '' {
  const r = rating.trim().toLowerCase();
  if (!r) return '';
  if (/^[1-5](\.0+)?$/.test(r)) return Number(r) >= 4 ? 'Good' : 'Bad';
  if (/^not (good|happy|satisfied)\b/.test(r)) return 'Bad';
  if (/^(extremely |very )?(good|satisfied|happy|positive|great|amazing)\b/.test(r)) return 'Good';
  if (
    /^(extremely |very |slightly )?(bad|unsatisfied|dissatisfied|unhappy|neutral|negative|terrible|okay|ok)\b/.test(
      r,
    )
  )
    return 'Bad';
  return '';
}

/**
 * Whether the ticket was offered a survey, where the rating column says so (Zendesk writes
 * Offered and Unoffered beside Good and Bad): 1 offered or rated, 0 not offered, '' unknown.
 */
/**
 * A desk's SLA status as the Tickets tab keeps it: 1 met (Freshdesk's "Within SLA", achieved,
 * ServiceNow's made_sla true), 0 breached ("SLA Violated", breached, missed, false), '' for
 * anything else (no status yet, a paused or active target).
 */
export function slaMet(status: string): 0 | 1 | '' {
  const s = status.trim().toLowerCase();
  if (!s) return '';
  if (/violat|breach|miss|not met|fail|overdue|incumpl|infring|vencid|^(false|no|0)$/.test(s))
    return 0;
  if (/within|achiev|\bmet\b|dentro|cumplid|^(true|yes|1)$/.test(s)) return 1;
  return '';
}

export function surveyOffered(rating: string): 0 | 1 | '' {
  const r = rating.trim().toLowerCase();
  if (/^(unoffered|not offered)$/.test(r)) return 0;
  if (r === 'offered') return 1;
  return '';
}
