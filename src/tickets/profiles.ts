/**
 * Which column of an export is which field: help desks recognised by their headers
 * (case-insensitive), every other field and file by what its columns hold and their header
 * words (src/tickets/guess.ts); the sidebar's mapping step shows the guesses.
 */
import { DURATION_FIELDS, FIELDS, type DurationUnit, type Field, type Mapping } from './fields';
import { guessColumns, unitFromHeader, type ColumnStats } from './guess';

export * from './fields';

export type HelpDesk =
  'zendesk' | 'explore' | 'freshdesk' | 'intercom' | 'hubspot' | 'jira' | 'servicenow';
export const HELP_DESK_NAMES: Record<HelpDesk, string> = {
  zendesk: 'Zendesk',
  explore: 'Zendesk Explore',
  freshdesk: 'Freshdesk',
  intercom: 'Intercom',
  hubspot: 'HubSpot',
  jira: 'Jira Service Management',
  servicenow: 'ServiceNow',
};

export function isHelpDesk(x: unknown): x is HelpDesk {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(HELP_DESK_NAMES, x);
}

type Pattern = string | RegExp;
interface Profile {
  /** Each field's headers as the help desk writes them, the preferred first. */
  fields: Partial<Record<Field, { header: Pattern[]; unit?: DurationUnit }>>;
  /** Headers only this help desk has (in any of its UI languages): one of them must be present. */
  marks: Pattern[];
}

/** Intercom names the zone in its headers: "Conversation started at (America/New_York)". */
const zoned = (name: string): RegExp =>
  new RegExp(`^${name.replace(/ /g, '\\s+')}\\s*(\\(.+\\))?$`, 'i');

const PROFILES: Record<HelpDesk, Profile> = {
  zendesk: {
    fields: {
      id: { header: ['Id'] },
      created: { header: ['Created at'] },
      solved: { header: ['Solved at'] },
      updated: { header: ['Updated at'] },
      status: { header: ['Status'] },
      channel: { header: ['Via'] },
      category: { header: ['Ticket type'] },
      rating: { header: ['Satisfaction Score'] },
      assignee: { header: ['Assignee'] },
      group: { header: ['Group'] },
      priority: { header: ['Priority'] },
      tags: { header: ['Tags'] },
      brand: { header: ['Brand'] },
      form: { header: ['Ticket form'] },
      reopens: { header: ['Reopens'] },
      replies: { header: ['Replies'] },
      frt: { header: ['First reply time in minutes'], unit: 'minutes' },
      frt_business: {
        header: ['First reply time in minutes within business hours'],
        unit: 'minutes',
      },
      resolution: { header: ['Full resolution time in minutes'], unit: 'minutes' },
      resolution_business: {
        header: ['Full resolution time in minutes within business hours'],
        unit: 'minutes',
      },
    },
    marks: ['via', 'satisfaction score', 'first reply time in minutes', 'solved at'],
  },
  explore: {
    fields: {
      id: { header: ['Ticket ID'] },
      created: { header: ['Ticket created - Timestamp', 'Ticket created - Date'] },
      solved: { header: ['Ticket solved - Timestamp', 'Ticket solved - Date'] },
      updated: { header: ['Ticket updated - Timestamp', 'Ticket updated - Date'] },
      status: { header: ['Ticket status'] },
      channel: { header: ['Ticket channel'] },
      category: { header: ['Ticket type'] },
      rating: { header: ['Ticket satisfaction rating'] },
      assignee: { header: ['Assignee name'] },
      group: { header: ['Ticket group', 'Group name'] },
      priority: { header: ['Ticket priority'] },
      tags: { header: ['Ticket tags'] },
      brand: { header: ['Ticket brand'] },
      form: { header: ['Ticket form'] },
      reopens: { header: ['Reopens'] },
      replies: { header: ['Replies'] },
      frt: { header: ['First reply time (min)', 'First reply time (hrs)'] },
      frt_business: {
        header: [
          'First reply time - Business hours (min)',
          'First reply time - Business hours (hrs)',
        ],
      },
      resolution: { header: ['Full resolution time (min)', 'Full resolution time (hrs)'] },
      resolution_business: {
        header: [
          'Full resolution time - Business hours (min)',
          'Full resolution time - Business hours (hrs)',
        ],
      },
    },
    marks: [
      /^ticket (created|solved|updated) - (timestamp|date)$/,
      'ticket satisfaction rating',
      'ticket organization name',
      'first reply time brackets',
    ],
  },
  freshdesk: {
    fields: {
      id: { header: ['Ticket ID'] },
      created: { header: ['Created time'] },
      first_reply_at: { header: ['Initial response time'] },
      solved: { header: ['Resolved time'] },
      updated: { header: ['Last update time'] },
      status: { header: ['Status'] },
      channel: { header: ['Source'] },
      category: { header: ['Type'] },
      rating: { header: ['Survey results', 'Survey result'] },
      replies: { header: ['Agent interactions'] },
      assignee: { header: ['Agent', 'Agente'] },
      group: { header: ['Group', 'Grupo'] },
      priority: { header: ['Priority', 'Prioridad'] },
      tags: { header: ['Tags', 'Etiquetas'] },
      brand: { header: ['Product', 'Producto'] },
      frt_sla: { header: ['First response status', 'Estado de primera respuesta'] },
      resolution_sla: { header: ['Resolution status', 'Estado de resolución'] },
      frt_business: { header: ['First response time (in hrs)'], unit: 'hms' },
      resolution_business: { header: ['Resolution time (in hrs)'], unit: 'hms' },
    },
    marks: [
      'created time',
      'agent interactions',
      'first response time (in hrs)',
      'id del ticket',
      'interacciones del agente',
    ],
  },
  intercom: {
    fields: {
      id: { header: ['Conversation ID'] },
      created: { header: [zoned('conversation started at')] },
      first_reply_at: { header: [zoned('conversation first replied at')] },
      solved: { header: [zoned('conversation last closed at'), zoned('conversation closed at')] },
      updated: { header: [zoned('conversation last updated at'), zoned('updated at')] },
      status: { header: ['State', 'Status'] },
      channel: { header: ['Channel'] },
      category: { header: ['Topic', 'Conversation topic', 'Category'] },
      rating: { header: ['Last teammate rating', 'Conversation rating'] },
      replies: { header: ['Teammate replies', 'Number of teammate replies'] },
      assignee: { header: ['Teammate assigned', 'Assignee'] },
      group: { header: ['Team assigned', 'Team'] },
      priority: { header: ['Priority'] },
      tags: { header: ['Conversation tags', 'Tags'] },
      first_contact: { header: ['Resolved on first contact'] },
      frt: { header: ['First response time (seconds)'], unit: 'seconds' },
      resolution: { header: ['Time to close (seconds)'], unit: 'seconds' },
    },
    marks: ['conversation id'],
  },
  hubspot: {
    fields: {
      id: { header: ['Ticket ID'] },
      created: { header: ['Create date'] },
      solved: { header: ['Close date'] },
      updated: { header: ['Last modified date'] },
      status: { header: ['Ticket status'] },
      channel: { header: ['Source'] },
      category: { header: ['Category'] },
      rating: { header: ['Last CSAT survey rating'] },
      first_contact: { header: ['First contact resolution'] },
      assignee: { header: ['Ticket owner'] },
      priority: { header: ['Priority', 'Ticket priority'] },
      group: { header: ['Team'] },
    },
    marks: ['create date', 'ticket status', 'last csat survey rating'],
  },
  jira: {
    fields: {
      id: { header: ['Issue key'] },
      created: { header: ['Created'] },
      solved: { header: ['Resolved'] },
      updated: { header: ['Updated'] },
      status: { header: ['Status'] },
      channel: { header: ['Custom field (Channel)', 'Custom field (Source)'] },
      // The request type the customer chose says more than the issue type ("[System] Incident").
      category: { header: ['Custom field (Request Type)', 'Request Type', 'Issue Type'] },
      rating: { header: ['Satisfaction rating', 'Custom field (Satisfaction rating)'] },
      assignee: { header: ['Assignee', 'Persona asignada'] },
      priority: { header: ['Priority', 'Prioridad'] },
      tags: { header: ['Labels', 'Etiquetas'] },
    },
    marks: ['issue key', 'clave de incidencia', 'chave do item', 'clé du ticket', 'schlüssel'],
  },
  servicenow: {
    fields: {
      id: { header: ['number'] },
      created: { header: ['opened_at'] },
      solved: { header: ['resolved_at', 'closed_at'] },
      updated: { header: ['sys_updated_on', 'sys_updated_at'] },
      status: { header: ['incident_state', 'state'] },
      channel: { header: ['contact_type'] },
      category: { header: ['category'] },
      reopens: { header: ['reopen_count'] },
      assignee: { header: ['assigned_to'] },
      group: { header: ['assignment_group'] },
      priority: { header: ['priority'] },
      // False once a task SLA of the incident breached: counted as its resolution SLA.
      resolution_sla: { header: ['made_sla'] },
      resolution: { header: ['calendar_duration'], unit: 'seconds' },
      resolution_business: { header: ['business_duration'], unit: 'seconds' },
    },
    marks: ['opened_at', 'sys_updated_on', 'sys_updated_at', 'incident_state', 'sys_id'],
  },
};

const norm = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
const matches = (header: string, p: Pattern): boolean =>
  typeof p === 'string' ? norm(header) === norm(p) : p.test(norm(header));

/** A profile's fields found in the headers: for each, its first header that is there. */
function mapProfile(headers: string[], profile: Profile): Mapping {
  const mapping: Mapping = {};
  for (const field of FIELDS) {
    const want = profile.fields[field];
    if (!want) continue;
    for (const p of want.header) {
      const column = headers.findIndex((h) => matches(h, p));
      if (column < 0) continue;
      mapping[field] = DURATION_FIELDS.includes(field)
        ? { column, unit: want.unit ?? unitFromHeader(headers[column]) }
        : { column };
      break;
    }
  }
  return mapping;
}

/** How a help desk names a field's column in its export ("Solved at", "Ticket solved - Timestamp"). */
export function deskHeader(desk: HelpDesk, field: Field): string | undefined {
  return PROFILES[desk].fields[field]?.header.find((p): p is string => typeof p === 'string');
}

/** The help desk whose marks the headers carry (the one with most fields found), or null. */
export function deskOf(headers: string[]): { desk: HelpDesk; preset: Mapping } | null {
  let best: { desk: HelpDesk; preset: Mapping; score: number } | null = null;
  for (const desk of Object.keys(PROFILES) as HelpDesk[]) {
    const profile = PROFILES[desk];
    if (!profile.marks.some((m) => headers.some((h) => matches(h, m)))) continue;
    const preset = mapProfile(headers, profile);
    const score = Object.keys(preset).length + (preset.id && preset.created ? 100 : 0);
    if (!best || score > best.score) best = { desk, preset, score };
  }
  return best && { desk: best.desk, preset: best.preset };
}

/** What the import makes of a file's columns. */
export interface Recognised {
  /** The help desk the headers name, or null. */
  desk: HelpDesk | null;
  mapping: Mapping;
  /**
   * Whether the id or the created time was guessed (not the desk's own headers): the
   * sidebar then shows the mapping step for the user to check.
   */
  guessed: boolean;
}

/**
 * The columns of a file: a help desk's own headers where it is one (and the column holds what
 * the field needs), every other field by what the columns hold and their header words.
 */
export function recogniseColumns(headers: string[], stats: ColumnStats[]): Recognised {
  const known = deskOf(headers);
  const preset = known?.preset ?? {};
  const mapping = guessColumns(headers, stats, preset);
  const fromDesk = (f: Field) => !!preset[f] && mapping[f]?.column === preset[f]!.column;
  return {
    desk: known?.desk ?? null,
    mapping,
    guessed: !(fromDesk('id') && fromDesk('created')),
  };
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
