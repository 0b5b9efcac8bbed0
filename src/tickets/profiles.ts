/**
 * Which column of an export is which field: help desks recognised by their headers
 * (case-insensitive), and best guesses for any other file (the sidebar's mapping step).
 */

/** The fields an export can give; only `id` and `created` are required. */
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
export const HELP_DESK_NAMES: Record<HelpDesk, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  intercom: 'Intercom',
  hubspot: 'HubSpot',
  jira: 'Jira Service Management',
};

type Pattern = string | RegExp;
interface Profile {
  fields: Partial<Record<Field, { header: Pattern[]; unit?: DurationUnit }>>;
  /** Headers only this help desk has: one of them must be present. */
  marks: Pattern[];
}

/** Intercom names the zone in its headers: "Conversation started at (America/New_York)". */
const zoned = (name: string): RegExp =>
  new RegExp(`^${name.replace(/ /g, '\\s+')}\\s*(\\(.+\\))?$`, 'i');

const PROFILES: Record<HelpDesk, Profile> = {
  zendesk: {
    fields: {
      id: { header: ['id'] },
      created: { header: ['created at'] },
      solved: { header: ['solved at'] },
      updated: { header: ['updated at'] },
      status: { header: ['status'] },
      channel: { header: ['via'] },
      category: { header: ['ticket type'] },
      rating: { header: ['satisfaction score'] },
      reopens: { header: ['reopens'] },
      replies: { header: ['replies'] },
      frt: { header: ['first reply time in minutes'], unit: 'minutes' },
      frt_business: {
        header: ['first reply time in minutes within business hours'],
        unit: 'minutes',
      },
      resolution: { header: ['full resolution time in minutes'], unit: 'minutes' },
      resolution_business: {
        header: ['full resolution time in minutes within business hours'],
        unit: 'minutes',
      },
    },
    marks: ['via', 'satisfaction score', 'first reply time in minutes', 'solved at'],
  },
  freshdesk: {
    fields: {
      id: { header: ['ticket id'] },
      created: { header: ['created time'] },
      first_reply_at: { header: ['initial response time'] },
      solved: { header: ['resolved time'] },
      updated: { header: ['last update time'] },
      status: { header: ['status'] },
      channel: { header: ['source'] },
      category: { header: ['type'] },
      rating: { header: ['survey results', 'survey result'] },
      replies: { header: ['agent interactions'] },
      frt_business: { header: ['first response time (in hrs)'], unit: 'hms' },
      resolution_business: { header: ['resolution time (in hrs)'], unit: 'hms' },
    },
    marks: ['created time', 'agent interactions', 'first response time (in hrs)'],
  },
  intercom: {
    fields: {
      id: { header: ['conversation id'] },
      created: { header: [zoned('conversation started at')] },
      first_reply_at: { header: [zoned('conversation first replied at')] },
      solved: { header: [zoned('conversation last closed at'), zoned('conversation closed at')] },
      updated: { header: [zoned('conversation last updated at'), zoned('updated at')] },
      status: { header: ['state', 'status'] },
      channel: { header: ['channel'] },
      category: { header: ['topic', 'conversation topic', 'category'] },
      rating: { header: ['last teammate rating', 'conversation rating'] },
      replies: { header: ['teammate replies', 'number of teammate replies'] },
      first_contact: { header: ['resolved on first contact'] },
      frt: { header: ['first response time (seconds)'], unit: 'seconds' },
      resolution: { header: ['time to close (seconds)'], unit: 'seconds' },
    },
    marks: ['conversation id'],
  },
  hubspot: {
    fields: {
      id: { header: ['ticket id'] },
      created: { header: ['create date'] },
      solved: { header: ['close date'] },
      updated: { header: ['last modified date'] },
      status: { header: ['ticket status'] },
      channel: { header: ['source'] },
      category: { header: ['category'] },
      rating: { header: ['last csat survey rating'] },
      first_contact: { header: ['first contact resolution'] },
    },
    marks: ['create date', 'ticket status', 'last csat survey rating'],
  },
  jira: {
    fields: {
      id: { header: ['issue key'] },
      created: { header: ['created'] },
      solved: { header: ['resolved'] },
      updated: { header: ['updated'] },
      status: { header: ['status'] },
      channel: { header: ['custom field (channel)', 'custom field (source)'] },
      category: { header: ['custom field (request type)', 'issue type'] },
      rating: { header: ['satisfaction rating', 'custom field (satisfaction rating)'] },
    },
    marks: ['issue key'],
  },
};

const norm = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
const matches = (header: string, p: Pattern): boolean =>
  typeof p === 'string' ? norm(header) === p : p.test(norm(header));

function mapProfile(headers: string[], profile: Profile): Mapping {
  const mapping: Mapping = {};
  for (const field of FIELDS) {
    const want = profile.fields[field];
    if (!want) continue;
    const column = headers.findIndex((h) => want.header.some((p) => matches(h, p)));
    if (column >= 0) mapping[field] = want.unit ? { column, unit: want.unit } : { column };
  }
  return mapping;
}

/** The help desk whose export this is (by its headers), with its mapping; null for any other file. */
export function recognise(headers: string[]): { desk: HelpDesk; mapping: Mapping } | null {
  let best: { desk: HelpDesk; mapping: Mapping; score: number } | null = null;
  for (const desk of Object.keys(PROFILES) as HelpDesk[]) {
    const profile = PROFILES[desk];
    if (!profile.marks.some((m) => headers.some((h) => matches(h, m)))) continue;
    const mapping = mapProfile(headers, profile);
    if (!mapping.id || !mapping.created) continue;
    const score = Object.keys(mapping).length;
    if (!best || score > best.score) best = { desk, mapping, score };
  }
  return best && { desk: best.desk, mapping: best.mapping };
}

/** Words in a header that suggest a field, strongest first (for files no profile knows). */
const GUESSES: [Field, RegExp, DurationUnit?][] = [
  ['id', /^(ticket |case |issue |conversation )?(id|key|number|#|no\.?)$/],
  ['created', /(created|opened|submitted|start|create date|date)/],
  ['frt_business', /first (reply|response).*business/],
  ['frt', /first (reply|response) time/],
  ['first_reply_at', /(first (reply|response)|replied|responded)/],
  ['resolution_business', /resolution.*business/],
  ['resolution', /(resolution|time to (close|resolve))/],
  ['solved', /(solved|resolved|closed|close date)/],
  ['updated', /(updated|modified|last update)/],
  ['status', /(status|state)/],
  ['channel', /(channel|source|via|medium)/],
  ['category', /(category|type|topic|reason)/],
  ['rating', /(rating|satisfaction|csat|survey)/],
  ['reopens', /reopen/],
  ['replies', /(replies|interactions|responses)/],
  ['first_contact', /first contact/],
];

/** A unit for a duration column from its header: "(seconds)", "in minutes", "(in hrs)" … */
export function unitFromHeader(header: string): DurationUnit {
  const h = norm(header);
  if (/sec/.test(h)) return 'seconds';
  if (/(hrs|hours|\(h\))/.test(h)) return 'hours';
  return 'minutes';
}

/** Best guesses for a file no profile knows: each field at most once, each column at most once. */
export function guessMapping(headers: string[]): Mapping {
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const [field, re] of GUESSES) {
    if (mapping[field]) continue;
    const column = headers.findIndex((h, i) => !used.has(i) && re.test(norm(h)));
    if (column < 0) continue;
    used.add(column);
    mapping[field] = DURATION_FIELDS.includes(field)
      ? { column, unit: unitFromHeader(headers[column]) }
      : { column };
  }
  return mapping;
}

/** The zone an export names in its headers (Intercom: "… (America/New_York)"), if any. */
export function zoneInHeaders(headers: string[]): string | undefined {
  for (const h of headers) {
    const m = /\(([A-Za-z_]+\/[A-Za-z_+\-/]+|UTC)\)\s*$/.exec(h.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** A key for remembering a mapping: the file's headers, normalised. */
export function headerSignature(headers: string[]): string {
  return headers.map(norm).join('|');
}
