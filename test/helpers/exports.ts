/**
 * Help-desk exports made from known tickets (no real customer data): each help desk's own
 * headers, date formats, duration units and extra columns we must not copy (subjects,
 * names, e-mail addresses). Used by the tests and by scripts/samples.ts for demo/samples/.
 */
import { wallClock, ZoneClock } from '../../src/metrics/zone';
import { seeded } from './random';

export interface TruthTicket {
  id: string;
  /** Instants (ms). */
  created: number;
  firstReply?: number;
  solved?: number;
  updated: number;
  status: string;
  channel: string;
  category: string;
  /** 1–5, or undefined for no rating. */
  rating?: number;
  reopens: number;
  replies: number;
  /** Business-hours minutes, as the help desk computes them (any number here). */
  frtBusinessMinutes?: number;
  resolutionBusinessMinutes?: number;
  subject: string;
  email: string;
  /** The agent the ticket is assigned to ('' when nobody is), and the agent's group. */
  assignee: string;
  group: string;
  /** The ticket's priority as the file writes it (the export has the column when any has one). */
  priority?: string;
  /** The desk's own SLA status (Freshdesk's): met, breached, or none (the column blank). */
  frtSla?: boolean;
  resolutionSla?: boolean;
}

/** Freshdesk's words for an SLA status. */
const slaWords = (met: boolean | undefined) =>
  met === undefined ? '' : met ? 'Within SLA' : 'SLA Violated';

export type Desk = 'zendesk' | 'freshdesk' | 'intercom' | 'hubspot' | 'jira';

const CATEGORIES = [
  'Billing',
  'Technical issue',
  'Shipping',
  'Returns',
  'Account access',
  'Sales question',
];
const CHANNELS = ['email', 'web', 'chat', 'phone', 'api'];
/** Made-up agents (no real person's name), each in a group. */
export const AGENTS: { name: string; group: string }[] = [
  { name: 'Ana Novak', group: 'Tier 1' },
  { name: 'Ben Carter', group: 'Tier 1' },
  { name: 'Chen Wei', group: 'Tier 1' },
  { name: 'Dana Ionescu', group: 'Tier 2' },
  { name: 'Eero Virtanen', group: 'Tier 2' },
  { name: 'Farah Ali', group: 'Billing' },
  { name: 'Gita Rao', group: 'Billing' },
  { name: 'Hugo Silva', group: 'Tier 1' },
];
/**
 * A ticket's agent from its place in the file (no draw of the random sequence, so the
 * other fields stay as they were): some agents take more tickets than others, and one open
 * ticket in five is not assigned yet.
 */
function agentOf(i: number, solved: boolean): { assignee: string; group: string } {
  if (!solved && i % 5 === 0) return { assignee: '', group: i % 10 === 0 ? '' : 'Tier 1' };
  const k = (i * 7 + (i >> 2)) % 20;
  const a = AGENTS[[0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 7, 0][k]];
  return { assignee: a.name, group: a.group };
}

/** A 1–5 rating, skewed the way support ratings are (most are 4 or 5). */
const rating = (u: number): number =>
  u < 0.45 ? 5 : u < 0.75 ? 4 : u < 0.85 ? 3 : u < 0.92 ? 2 : 1;

/** `n` tickets created between two instants, some open, some rated, some reopened. */
export function makeTickets(n: number, from: number, to: number, seed = 1): TruthTicket[] {
  const r = seeded(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length) % xs.length];
  const weighted = <T>(xs: T[], weights: number[]): T => {
    let u = r() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < xs.length; i++) if ((u -= weights[i]) < 0) return xs[i];
    return xs[xs.length - 1];
  };
  const out: TruthTicket[] = [];
  for (let i = 0; i < n; i++) {
    const created = Math.round((from + r() * (to - from)) / 60000) * 60000;
    const replied = r() < 0.93;
    const firstReply = replied ? created + Math.round(r() * 30 * 3600) * 1000 : undefined;
    // Old tickets are nearly all solved; the last fortnight's are often still open.
    // Old tickets are nearly all solved (a few without a reply); the last fortnight's are
    // often still open.
    const solvedNow = r() < (to - created > 14 * 86400000 ? 0.985 : 0.5);
    const solved = solvedNow
      ? (firstReply ?? created) + Math.round(r() * 5 * 86400) * 1000
      : undefined;
    const reopens = solvedNow && r() < 0.1 ? 1 + Math.floor(r() * 2) : 0;
    const replies = replied ? 1 + Math.floor(r() * r() * 5) : 0;
    out.push({
      id: String(10000 + i),
      created,
      firstReply,
      solved,
      updated: (solved ?? firstReply ?? created) + 60000,
      status: solved ? pick(['solved', 'closed']) : pick(['open', 'pending']),
      channel: weighted(CHANNELS, [40, 25, 20, 10, 5]),
      category: r() < 0.06 ? '' : weighted(CATEGORIES, [30, 22, 15, 12, 8, 5]),
      rating: solved && r() < 0.4 ? rating(r()) : undefined,
      reopens,
      replies,
      frtBusinessMinutes: firstReply
        ? Math.round(((firstReply - created) / 60000) * 0.6)
        : undefined,
      resolutionBusinessMinutes: solved
        ? Math.round(((solved - created) / 60000) * 0.4)
        : undefined,
      subject: `Order ${1000 + i}: question ${i % 7}`,
      email: `customer${i}@example.com`,
      ...agentOf(i, solved !== undefined),
    });
  }
  // As a help desk exports them: oldest first, ids in order of creation.
  out.sort((a, b) => a.created - b.created);
  out.forEach((t, i) => (t.id = String(10000 + i)));
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Wall-clock fields of an instant in a zone. */
export function fields(t: number, zone: string) {
  const d = new Date(wallClock(new Date(t), zone));
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}
const iso = (t: number | undefined, zone: string) => {
  if (t === undefined) return '';
  const f = fields(t, zone);
  return `${f.y}-${pad(f.mo)}-${pad(f.d)} ${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}`;
};
const mdy = (t: number | undefined, zone: string) => {
  if (t === undefined) return '';
  const f = fields(t, zone);
  const h12 = f.h % 12 || 12;
  return `${pad(f.mo)}/${pad(f.d)}/${f.y} ${h12}:${pad(f.mi)} ${f.h < 12 ? 'AM' : 'PM'}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const jira = (t: number | undefined, zone: string) => {
  if (t === undefined) return '';
  const f = fields(t, zone);
  const h12 = f.h % 12 || 12;
  return `${pad(f.d)}/${MON[f.mo - 1]}/${pad(f.y % 100)} ${h12}:${pad(f.mi)} ${f.h < 12 ? 'AM' : 'PM'}`;
};
const hms = (minutes: number | undefined) => {
  if (minutes === undefined) return '';
  const s = Math.round(minutes * 60);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};
const minutesBetween = (a: number | undefined, b: number) =>
  a === undefined ? '' : String(Math.round((a - b) / 60000));
/** Whether an unrated ticket was offered a survey all the same (Zendesk writes Offered). */
export const offeredUnrated = (t: TruthTicket): boolean =>
  t.rating === undefined && /[02468]$/.test(t.id);
/** Zendesk's Satisfaction Score: Good, Bad, or Offered / Unoffered when not rated. */
const good = (t: TruthTicket) =>
  t.rating === undefined
    ? offeredUnrated(t)
      ? 'Offered'
      : 'Unoffered'
    : t.rating >= 4
      ? 'Good'
      : 'Bad';

function csv(rows: (string | number)[][], delimiter = ','): string {
  return rows
    .map((row) =>
      row
        .map((v) => {
          const s = String(v);
          return /[",;\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(delimiter),
    )
    .join('\r\n');
}

/**
 * A help desk's export of the tickets, as text. Times are the export zone's wall clock
 * (minutes precision where the help desk writes minutes).
 */
export function exportOf(desk: Desk, tickets: TruthTicket[], zone: string): string {
  const prioritised = tickets.some((t) => t.priority !== undefined);
  const withSla = tickets.some((t) => t.frtSla !== undefined || t.resolutionSla !== undefined);
  switch (desk) {
    case 'zendesk':
      return csv([
        [
          'Id',
          'Subject',
          'Requester',
          'Requester email',
          'Assignee',
          'Group',
          'Status',
          'Via',
          'Ticket type',
          'Created at',
          'Updated at',
          'Solved at',
          'Satisfaction Score',
          'Reopens',
          'Replies',
          'First reply time in minutes',
          'First reply time in minutes within business hours',
          'Full resolution time in minutes',
          'Full resolution time in minutes within business hours',
          ...(prioritised ? ['Priority'] : []),
        ],
        ...tickets.map((t) => [
          t.id,
          t.subject,
          `Customer ${t.id}`,
          t.email,
          t.assignee,
          t.group,
          t.status,
          t.channel,
          t.category,
          iso(t.created, zone),
          iso(t.updated, zone),
          iso(t.solved, zone),
          good(t),
          t.reopens,
          t.replies,
          minutesBetween(t.firstReply, t.created),
          t.frtBusinessMinutes ?? '',
          minutesBetween(t.solved, t.created),
          t.resolutionBusinessMinutes ?? '',
          ...(prioritised ? [t.priority ?? ''] : []),
        ]),
      ]);
    case 'freshdesk':
      return csv(
        [
          [
            'Ticket ID',
            'Subject',
            'Status',
            'Priority',
            'Source',
            'Type',
            'Agent',
            'Group',
            'Created time',
            'Resolved time',
            'Initial response time',
            'Last update time',
            'First response time (in hrs)',
            'Resolution time (in hrs)',
            'Agent interactions',
            'Customer interactions',
            'Survey results',
            'Full name',
            'Email',
            ...(withSla ? ['Resolution status', 'First response status'] : []),
          ],
          ...tickets.map((t) => [
            t.id,
            t.subject,
            t.status,
            t.priority ?? 'Medium',
            t.channel,
            t.category,
            t.assignee,
            t.group,
            iso(t.created, zone),
            iso(t.solved, zone),
            iso(t.firstReply, zone),
            iso(t.updated, zone),
            hms(t.frtBusinessMinutes),
            hms(t.resolutionBusinessMinutes),
            t.replies,
            1,
            t.rating === undefined ? '' : t.rating >= 4 ? 'Extremely happy' : 'Not happy',
            `Customer ${t.id}`,
            t.email,
            ...(withSla ? [slaWords(t.resolutionSla), slaWords(t.frtSla)] : []),
          ]),
        ],
        ';',
      );
    case 'intercom':
      return csv([
        [
          'Conversation ID',
          `Conversation started at (${zone})`,
          `Conversation first replied at (${zone})`,
          `Conversation last closed at (${zone})`,
          'First response time (seconds)',
          'Time to close (seconds)',
          'Resolved on first contact',
          'Last teammate rating',
          'Channel',
          'Teammate replies',
          'Teammate assigned',
          'Team assigned',
          'User email',
        ],
        ...tickets.map((t) => [
          t.id,
          iso(t.created, zone),
          iso(t.firstReply, zone),
          iso(t.solved, zone),
          t.firstReply === undefined ? '' : Math.round((t.firstReply - t.created) / 1000),
          t.solved === undefined ? '' : Math.round((t.solved - t.created) / 1000),
          t.solved === undefined ? '' : t.replies === 1 && t.reopens === 0 ? 'true' : 'false',
          t.rating ?? '',
          t.channel,
          t.replies,
          t.assignee,
          t.group,
          t.email,
        ]),
      ]);
    case 'hubspot':
      return csv([
        [
          'Ticket ID',
          'Ticket name',
          'Create date',
          'Close date',
          'Ticket status',
          'Source',
          'Category',
          'First contact resolution',
          'Last CSAT survey rating',
          'Ticket owner',
          'Contact email',
        ],
        ...tickets.map((t) => [
          t.id,
          t.subject,
          mdy(t.created, zone),
          mdy(t.solved, zone),
          t.status,
          t.channel,
          t.category,
          t.solved === undefined ? '' : t.replies === 1 && t.reopens === 0 ? 'Yes' : 'No',
          t.rating ?? '',
          t.assignee,
          t.email,
        ]),
      ]);
    case 'jira':
      return csv([
        [
          'Summary',
          'Issue key',
          'Issue id',
          'Status',
          'Created',
          'Updated',
          'Resolved',
          'Custom field (Request Type)',
          'Satisfaction rating',
          'Assignee',
          'Reporter',
        ],
        ...tickets.map((t) => [
          t.subject,
          `SUP-${t.id}`,
          t.id,
          t.status,
          jira(t.created, zone),
          jira(t.updated, zone),
          jira(t.solved, zone),
          t.category,
          t.rating ?? '',
          t.assignee,
          t.email,
        ]),
      ]);
  }
}

/**
 * Tickets bunched around the month starts of 2026 in a zone (a few in 2025 and 2027: year ends
 * and DST months included), made from `rand`.
 */
export function bunchedTickets(rand: () => number, zone: string, n: number): TruthTicket[] {
  const clock = new ZoneClock(zone);
  const base = makeTickets(
    n,
    Date.UTC(2025, 11, 20),
    Date.UTC(2027, 0, 10),
    Math.floor(rand() * 1e9),
  );
  return base.map((t) => {
    const y = 2026 + (rand() < 0.15 ? (rand() < 0.5 ? -1 : 1) : 0);
    const m = Math.floor(rand() * 12);
    const boundary = clock.instantOf(Date.UTC(y, m, 1));
    const created = boundary + Math.round((rand() - 0.5) * 6 * 60) * 60000;
    const shift = created - t.created;
    const move = (x: number | undefined) => (x === undefined ? undefined : x + shift);
    return {
      ...t,
      created,
      firstReply: move(t.firstReply),
      solved: move(t.solved),
      updated: t.updated + shift,
    };
  });
}

/** Zones with daylight-saving changes on both hemispheres (and a half-hour one), and UTC. */
export const DST_ZONES = [
  'Europe/Ljubljana',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Pacific/Auckland',
  'UTC',
];

/**
 * The tickets as rows of DESIGN §8's source contract (src/warehouse/sql.ts CONTRACT_COLUMNS),
 * as a Zendesk export gives them: durations in whole minutes, ratings Good/Bad, one-touch as
 * the import derives it.
 */
export function contractRows(tickets: TruthTicket[]): unknown[][] {
  const minutes = (a: number, b: number) => Math.round((a - b) / 60000);
  return tickets.map((t) => [
    t.id,
    t.created,
    t.firstReply ?? null,
    t.solved ?? null,
    t.updated,
    t.status,
    t.channel,
    t.category || null,
    t.rating === undefined ? null : t.rating >= 4 ? 'Good' : 'Bad',
    t.reopens,
    t.replies,
    // One-touch as Zendesk counts it (the import's rule for this desk): under two replies.
    t.replies < 2,
    t.firstReply === undefined ? null : minutes(t.firstReply, t.created) / 60,
    t.solved === undefined ? null : minutes(t.solved, t.created) / 60,
    t.frtBusinessMinutes === undefined ? null : t.frtBusinessMinutes / 60,
    t.resolutionBusinessMinutes === undefined ? null : t.resolutionBusinessMinutes / 60,
    t.assignee || null,
    t.group || null,
    t.priority?.trim() || null,
    t.frtSla ?? null,
    t.resolutionSla ?? null,
  ]);
}

const PRIORITIES = ['Urgent', 'High', 'Normal', 'Low'];

/** `n` tickets of 2026 handled by 25 agents in 5 groups, with Zendesk's four priorities. */
export function scaleTickets(n: number, seed = 32): TruthTicket[] {
  const tickets = makeTickets(n, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31), seed);
  tickets.forEach((t, i) => {
    const agent = (i * 7 + (i >> 3)) % 25;
    const open = t.solved === undefined && i % 5 === 0;
    t.assignee = open ? '' : `Agent ${String(agent + 1).padStart(2, '0')}`;
    t.group = open ? '' : `Group ${(agent % 5) + 1}`;
    t.priority = PRIORITIES[[0, 1, 1, 2, 2, 2, 2, 2, 3, 3][(i * 3 + (i >> 4)) % 10]];
  });
  return tickets;
}
