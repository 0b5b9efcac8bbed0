/**
 * SLA targets a priority starts with (the SLA tab's defaults, and the SQL sla statement's):
 * by the words of its name, in the report's languages and the desks' own scales (Zendesk's
 * Urgent/High/Normal/Low, Freshdesk's Medium, ServiceNow's "1 - Critical" … "5 - Planning",
 * Jira's Highest … Lowest). Each pattern is also written into GoogleSQL as RE2 (the same
 * syntax for these patterns: letters, alternation, ^, \b, \s).
 */

/** Targets in hours a new priority row starts with, by the priority's rank, and the words of each. */
export const SLA_DEFAULTS = [
  {
    rank: 'urgent',
    frt: 1,
    resolution: 4,
    words:
      /urgent|critical|highest|emergency|blocker|immediate|^p[01]\b|^[01]\s*-|срочн|критич|kiireelli|kriittin|nujn|kritičn|critic|紧急|严重/,
  },
  {
    rank: 'low',
    frt: 24,
    resolution: 120,
    words:
      /low|planning|minor|trivial|^p[45]\b|^[45]\s*-|baja|bajo|низк|matala|nizk|scăzut|scazut|低/,
  },
  {
    rank: 'high',
    frt: 4,
    resolution: 24,
    words: /high|major|^p2\b|^2\s*-|alta|alto|высок|korkea|visok|ridicat|高/,
  },
  {
    rank: 'normal',
    frt: 8,
    resolution: 72,
    words:
      /normal|medium|moderate|standard|^p3\b|^3\s*-|media|medio|средн|обычн|normaali|keskitaso|srednj|medie|中|普通/,
  },
] as const;
/** Targets of a priority no word places, of Other priorities and of No priority. */
export const SLA_OTHER = { frt: 8, resolution: 72 } as const;
/** The order rows are listed in: urgent first, low last, unknown names after. */
const RANK_ORDER = ['urgent', 'high', 'normal', 'low'];

/** The default targets of a priority by its name. */
export function slaDefaults(name: string): { frt: number; resolution: number; rank: number } {
  const n = name.trim().toLowerCase();
  const d = SLA_DEFAULTS.find((x) => x.words.test(n));
  return d
    ? { frt: d.frt, resolution: d.resolution, rank: RANK_ORDER.indexOf(d.rank) }
    : { ...SLA_OTHER, rank: RANK_ORDER.length };
}

/** Priorities urgent first, low last, others after (each group in the order given). */
export function byRank(names: readonly string[]): string[] {
  return names
    .map((name, i) => ({ name, i, rank: slaDefaults(name).rank }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.name);
}
