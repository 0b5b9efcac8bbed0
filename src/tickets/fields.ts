/** The fields an import reads from an export, and how a field's column is named in a mapping. */
export const FIELDS = [
  'id',
  'created',
  'first_reply_at',
  'solved',
  'updated',
  'status',
  'channel',
  'category',
  'rating',
  'reopens',
  'replies',
  'first_contact',
  'frt',
  'frt_business',
  'resolution',
  'resolution_business',
  'assignee',
  'group',
  'priority',
  'tags',
  'brand',
  'form',
  'frt_sla',
  'resolution_sla',
] as const;
export type Field = (typeof FIELDS)[number];

/** How a duration column counts: plain minutes, seconds or hours, or "HH:MM:SS". */
export type DurationUnit = 'minutes' | 'seconds' | 'hours' | 'hms';
export const DURATION_FIELDS: Field[] = [
  'frt',
  'frt_business',
  'resolution',
  'resolution_business',
];

/** A field's column in the file (0-based), with the unit of a duration. */
export interface Source {
  column: number;
  unit?: DurationUnit;
}
export type Mapping = Partial<Record<Field, Source>>;

export type HelpDesk = 'zendesk' | 'freshdesk' | 'intercom' | 'hubspot' | 'jira';
