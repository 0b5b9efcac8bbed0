/**
 * The report's ticket numbers as GoogleSQL (DESIGN §8), for teams whose tickets are in
 * BigQuery: the same definitions as the Tickets tab's COUNTIFS (src/report/formulas.ts),
 * computed where the data lives. Months are the report's, in its time zone: a ticket's time
 * is turned into that zone's wall clock and compared with the month's first midnight, as the
 * Tickets tab's date-times are. Nothing here runs a query; the user pastes the text into
 * Sheets' BigQuery data connector (no OAuth scope of ours).
 */
import { BACKLOG_AGES } from '../catalogue/backlog';
import { SLA_DEFAULTS, SLA_OTHER } from '../catalogue/sla';
import { STATEMENT_INPUT_IDS, TEAM_MEASURE_IDS, type TeamMeasureId } from '../tickets/feeds';

export type SqlQuery = 'monthly' | 'breakdown' | 'team' | 'weekly' | 'sla' | 'backlog';
export const SQL_QUERIES: SqlQuery[] = ['monthly', 'breakdown', 'team', 'weekly', 'sla', 'backlog'];
/** The first-reply target the team statement counts within when none is given, in hours. */
export const DEFAULT_TARGET_HOURS = 24;
/** Where the tickets are: the contract's own table, or dbt_zendesk's ticket metrics model. */
export type SqlSource = 'tickets' | 'dbt_zendesk';
export const SQL_SOURCES: SqlSource[] = ['tickets', 'dbt_zendesk'];

export const DEFAULT_TABLES: Record<SqlSource, string> = {
  tickets: 'support.tickets',
  dbt_zendesk: 'zendesk.zendesk__ticket_metrics',
};

export interface SqlOptions {
  query: SqlQuery;
  source: SqlSource;
  /** `dataset.table` or `project.dataset.table`; the source's default when not given. */
  table?: string;
  year: number;
  /** 1 = January: twelve months from this one. */
  firstMonth: number;
  /** The report's (the spreadsheet's) time zone, IANA. */
  timeZone: string;
  /** First-reply and resolution hours from the business-hours columns. */
  businessHours?: boolean;
  /** The team statement's first-reply target in hours (the Team tab's); 24 when not given. */
  targetHours?: number;
  /** weekly: a day of the latest of the 13 weeks, YYYY-MM-DD; the current week when not given. */
  week?: string;
  /**
   * sla: first-reply and resolution targets in hours by priority name (case aside), over the
   * defaults by the name's words (src/catalogue/sla.ts).
   */
  slaTargets?: Record<string, { frt: number; resolution: number }>;
}

/** The source contract's columns and their GoogleSQL types (DESIGN §8). */
export const CONTRACT_COLUMNS = [
  ['ticket_id', 'STRING'],
  ['created', 'TIMESTAMP'],
  ['first_reply', 'TIMESTAMP'],
  ['solved', 'TIMESTAMP'],
  ['updated', 'TIMESTAMP'],
  ['status', 'STRING'],
  ['channel', 'STRING'],
  ['category', 'STRING'],
  ['rating', 'STRING'],
  ['reopens', 'INT64'],
  ['agent_replies', 'INT64'],
  ['first_contact', 'BOOL'],
  ['first_reply_hours', 'FLOAT64'],
  ['resolution_hours', 'FLOAT64'],
  ['first_reply_business_hours', 'FLOAT64'],
  ['resolution_business_hours', 'FLOAT64'],
  ['assignee', 'STRING'],
  ['group_name', 'STRING'],
  // Read by the sla statement only (the others run on a table without them): the priority, and
  // the help desk's own SLA status of the first reply and of the resolution, NULL for none.
  ['priority', 'STRING'],
  ['first_reply_sla_met', 'BOOL'],
  ['resolution_sla_met', 'BOOL'],
] as const;

/**
 * The dbt_zendesk columns the preset reads, with their types in BigQuery. zendesk__ticket_metrics
 * carries zendesk__ticket_enriched's columns (assignee_name, group_name, created_channel,
 * ticket_satisfaction_rating…), so one model is enough.
 */
export const DBT_ZENDESK_COLUMNS = [
  ['ticket_id', 'INT64'],
  ['created_at', 'TIMESTAMP'],
  ['updated_at', 'TIMESTAMP'],
  ['last_solved_at', 'TIMESTAMP'],
  ['status', 'STRING'],
  ['type', 'STRING'],
  ['created_channel', 'STRING'],
  ['ticket_satisfaction_rating', 'STRING'],
  ['assignee_name', 'STRING'],
  ['group_name', 'STRING'],
  ['count_reopens', 'INT64'],
  ['total_agent_replies', 'INT64'],
  ['first_reply_time_calendar_minutes', 'FLOAT64'],
  ['first_reply_time_business_minutes', 'FLOAT64'],
  ['final_resolution_calendar_minutes', 'FLOAT64'],
  ['full_resolution_business_minutes', 'FLOAT64'],
  ['priority', 'STRING'],
] as const;

/** A wrong option, said in words (the CLI prints it; the sidebar never sends one). */
export class SqlOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlOptionError';
  }
}

/** A table name as a quoted path: `project.dataset.table`; only letters, digits, _ and -. */
export function tablePath(name: string): string {
  const parts = name.split('.');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[A-Za-z0-9_-]{1,1024}$/.test(p)))
    throw new SqlOptionError(
      `--table must be dataset.table or project.dataset.table (letters, digits, _ and -), not "${name}"`,
    );
  return `\`${parts.join('.')}\``;
}

function zoneLiteral(zone: string): string {
  let known = false;
  try {
    known = !!new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    known = false;
  }
  if (!known || !/^[A-Za-z0-9_+\-/]+$/.test(zone))
    throw new SqlOptionError(
      `--time-zone must be an IANA zone such as Europe/Berlin, not "${zone}"`,
    );
  return `'${zone}'`;
}

function targetLiteral(o: SqlOptions): string {
  const h = o.targetHours ?? DEFAULT_TARGET_HOURS;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > 10000)
    throw new SqlOptionError(`--target-hours must be a number of hours above 0, not ${h}`);
  // A FLOAT64 literal (the shortest text that reads back as the same number).
  return `CAST(${String(h)} AS FLOAT64)`;
}

function checkPeriod(o: SqlOptions): void {
  if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100)
    throw new SqlOptionError(`--year must be from 2000 to 2100, not ${o.year}`);
  if (!Number.isInteger(o.firstMonth) || o.firstMonth < 1 || o.firstMonth > 12)
    throw new SqlOptionError(`--first-month must be from 1 to 12, not ${o.firstMonth}`);
}

/** The source as the contract's columns, each ticket's times in the zone's wall clock. */
function sourceCte(o: SqlOptions, zone: string): string {
  const sla = o.query === 'sla';
  const table = tablePath(o.table ?? DEFAULT_TABLES[o.source]);
  const frt = o.businessHours ? 'first_reply_business_hours' : 'first_reply_hours';
  const res = o.businessHours ? 'resolution_business_hours' : 'resolution_hours';
  const contract =
    o.source === 'tickets'
      ? `SELECT * FROM ${table}`
      : // dbt_zendesk: a ticket is solved while its status is solved or closed (the time it
        // was last solved); minutes become hours; one-touch as Zendesk counts it and the import
        // derives it for Zendesk (fewer than two agent replies, reopens aside).
        `SELECT
      CAST(ticket_id AS STRING) AS ticket_id,
      created_at AS created,
      TIMESTAMP_ADD(created_at, INTERVAL CAST(ROUND(first_reply_time_calendar_minutes * 60) AS INT64) SECOND) AS first_reply,
      IF(LOWER(status) IN ('solved', 'closed'), last_solved_at, NULL) AS solved,
      updated_at AS updated,
      status,
      created_channel AS channel,
      type AS category,
      CASE LOWER(ticket_satisfaction_rating) WHEN 'good' THEN 'Good' WHEN 'bad' THEN 'Bad' END AS rating,
      count_reopens AS reopens,
      total_agent_replies AS agent_replies,
      total_agent_replies < 2 AS first_contact,
      CAST(first_reply_time_calendar_minutes AS FLOAT64) / 60 AS first_reply_hours,
      IF(LOWER(status) IN ('solved', 'closed'), CAST(final_resolution_calendar_minutes AS FLOAT64) / 60, NULL) AS resolution_hours,
      CAST(first_reply_time_business_minutes AS FLOAT64) / 60 AS first_reply_business_hours,
      IF(LOWER(status) IN ('solved', 'closed'), CAST(full_resolution_business_minutes AS FLOAT64) / 60, NULL) AS resolution_business_hours,
      assignee_name AS assignee,
      group_name${
        sla
          ? `,
      priority,
      -- dbt_zendesk's SLA events are per policy target, not one status per ticket.
      CAST(NULL AS BOOL) AS first_reply_sla_met,
      CAST(NULL AS BOOL) AS resolution_sla_met`
          : ''
      }
    FROM ${table}`;
  return `source AS (
    ${contract}
  ),
  tickets AS (
    SELECT
      ticket_id,
      DATETIME(created, ${zone}) AS created_local,
      DATETIME(solved, ${zone}) AS solved_local,
      ${frt} AS frt_hours,
      ${res} AS res_hours,
      first_contact,
      reopens,
      rating,
      category,
      channel,
      assignee,
      group_name${
        sla
          ? `,
      priority,
      first_reply_sla_met AS frt_sla,
      resolution_sla_met AS res_sla`
          : ''
      }
    FROM source
  )`;
}

/** The report's twelve months: "2026-04" and its first and next midnights (wall clock). */
function monthsCte(o: SqlOptions): string {
  const first = `DATE '${o.year}-${String(o.firstMonth).padStart(2, '0')}-01'`;
  return `months AS (
    SELECT
      FORMAT_DATE('%Y-%m', month_start) AS month,
      DATETIME(month_start) AS starts,
      DATETIME(DATE_ADD(month_start, INTERVAL 1 MONTH)) AS ends
    FROM UNNEST(GENERATE_DATE_ARRAY(${first}, DATE_ADD(${first}, INTERVAL 11 MONTH), INTERVAL 1 MONTH)) AS month_start
  )`;
}

/** Each ticket input of the report (src/report/formulas.ts ticketInputFormula), in SQL. */
const MONTHLY: Record<(typeof STATEMENT_INPUT_IDS)[number], string> = {
  tickets_created: 'COUNTIF(t.created_local >= m.starts AND t.created_local < m.ends)',
  tickets_resolved: 'COUNTIF(t.solved_local >= m.starts AND t.solved_local < m.ends)',
  open_start:
    'COUNTIF(t.created_local < m.starts AND (t.solved_local IS NULL OR t.solved_local >= m.starts))',
  frt_tickets:
    'COUNTIF(t.created_local >= m.starts AND t.created_local < m.ends AND t.frt_hours >= 0)',
  frt_hours:
    'IFNULL(SUM(IF(t.created_local >= m.starts AND t.created_local < m.ends, t.frt_hours, NULL)), 0)',
  resolution_hours:
    'IFNULL(SUM(IF(t.solved_local >= m.starts AND t.solved_local < m.ends, t.res_hours, NULL)), 0)',
  tickets_first_contact:
    'COUNTIF(t.solved_local >= m.starts AND t.solved_local < m.ends AND t.first_contact)',
  csat_satisfied:
    "COUNTIF(t.solved_local >= m.starts AND t.solved_local < m.ends AND LOWER(t.rating) = 'good')",
  csat_responses:
    "COUNTIF(t.solved_local >= m.starts AND t.solved_local < m.ends AND LOWER(t.rating) IN ('good', 'bad'))",
};

/**
 * One statement for the report's period. `monthly`: one row per month with the nine ticket
 * inputs under their report names. `breakdown`: tickets per month and name of each dimension
 * (category and channel by the month created, as tab 2 counts them; assignee and group by the
 * month solved, as the Team tab does), names compared without case or surrounding spaces.
 * `team`: the Team tab's sums per month, dimension and name (see teamStatement).
 */
export function sqlStatement(o: SqlOptions): string {
  checkPeriod(o);
  if (!SQL_QUERIES.includes(o.query))
    throw new SqlOptionError(
      `--query must be ${SQL_QUERIES.slice(0, -1).join(', ')} or ${SQL_QUERIES[SQL_QUERIES.length - 1]}, not "${o.query}"`,
    );
  if (!SQL_SOURCES.includes(o.source))
    throw new SqlOptionError(`--source must be tickets or dbt_zendesk, not "${o.source}"`);
  const zone = zoneLiteral(o.timeZone);
  const head = `-- Support Metrics: ${o.query} ticket numbers for the 12 months from ${o.year}-${String(o.firstMonth).padStart(2, '0')}, time zone ${o.timeZone}.`;
  const ctes = `WITH
  ${sourceCte(o, zone)},
  ${monthsCte(o)}`;
  if (o.query === 'monthly')
    return `${head}
${ctes}
SELECT
  m.month,
${STATEMENT_INPUT_IDS.map((id) => `  ${MONTHLY[id]} AS ${id}`).join(',\n')}
FROM months AS m
LEFT JOIN tickets AS t ON TRUE
GROUP BY m.month
ORDER BY m.month
`;
  if (o.query === 'team') return teamStatement(o, head, ctes);
  if (o.query === 'weekly') return weeklyStatement(o, zone, head, `WITH\n  ${sourceCte(o, zone)}`);
  if (o.query === 'sla') return slaStatement(o, head, ctes);
  if (o.query === 'backlog') return backlogStatement(zone, head, ctes);
  const by = (dimension: string, value: string, at: string) =>
    `SELECT m.month, '${dimension}' AS dimension, t.${value} AS value, t.${at} AS happened, t.ticket_id
    FROM months AS m JOIN tickets AS t ON t.${at} >= m.starts AND t.${at} < m.ends`;
  return `${head}
${ctes},
  named AS (
    ${by('category', 'category', 'created_local')}
    UNION ALL
    ${by('channel', 'channel', 'created_local')}
    UNION ALL
    ${by('assignee', 'assignee', 'solved_local')}
    UNION ALL
    ${by('group', 'group_name', 'solved_local')}
  )
SELECT
  month,
  dimension,
  ARRAY_AGG(TRIM(value) ORDER BY happened, ticket_id LIMIT 1)[OFFSET(0)] AS name,
  COUNT(*) AS tickets
FROM named
WHERE TRIM(IFNULL(value, '')) != ''
GROUP BY month, dimension, LOWER(TRIM(value))
ORDER BY month, dimension, tickets DESC, name
`;
}

/** Each sum of the team statement over one name's solved tickets (team-formulas.ts's COUNTIFS). */
const TEAM: Record<TeamMeasureId, (target: string) => string> = {
  solved: () => 'COUNT(*)',
  frt_tickets: () => 'COUNTIF(frt_hours >= 0)',
  frt_hours: () => 'IFNULL(SUM(frt_hours), 0)',
  frt_within_target: (target) => `COUNTIF(frt_hours <= ${target})`,
  resolution_tickets: () => 'COUNTIF(res_hours >= 0)',
  resolution_hours: () => 'IFNULL(SUM(res_hours), 0)',
  csat_satisfied: () => "COUNTIF(LOWER(rating) = 'good')",
  csat_responses: () => "COUNTIF(LOWER(rating) IN ('good', 'bad'))",
  one_touch: () => 'COUNTIF(first_contact)',
  one_touch_known: () => 'COUNTIF(first_contact IS NOT NULL)',
  reopened: () => 'COUNTIF(reopens > 0)',
  reopened_known: () => 'COUNTIF(reopens IS NOT NULL)',
};

/**
 * `team`: per month solved, per assignee and per group (names compared without case or
 * surrounding spaces; one row with no name for the tickets without one), the Team tab's sums,
 * the month's first day as a DATE for the tab's period lookups, and the target counted within.
 */
function teamStatement(o: SqlOptions, head: string, ctes: string): string {
  const target = targetLiteral(o);
  const by = (dimension: string, value: string) =>
    `SELECT m.month, m.starts, '${dimension}' AS dimension, TRIM(IFNULL(t.${value}, '')) AS value,
      t.ticket_id, t.solved_local, t.frt_hours, t.res_hours, t.rating, t.first_contact, t.reopens
    FROM months AS m JOIN tickets AS t ON t.solved_local >= m.starts AND t.solved_local < m.ends`;
  return `${head}
${ctes},
  named AS (
    ${by('assignee', 'assignee')}
    UNION ALL
    ${by('group', 'group_name')}
  )
SELECT
  month,
  DATE(starts) AS month_start,
  dimension,
  NULLIF(ARRAY_AGG(value ORDER BY solved_local, ticket_id LIMIT 1)[OFFSET(0)], '') AS name,
${TEAM_MEASURE_IDS.map((id) => `  ${TEAM[id](target)} AS ${id}`).join(',\n')},
  ${target} AS target_hours
FROM named
GROUP BY month, starts, dimension, LOWER(value)
ORDER BY month, dimension, solved DESC, name
`;
}

/** A date option as a DATE literal: YYYY-MM-DD, a real day. */
function dateLiteral(text: string, option: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1)
    throw new SqlOptionError(`--${option} must be a day as YYYY-MM-DD, not "${text}"`);
  return `DATE '${text}'`;
}

/**
 * `weekly`: the Weekly tab's 13 ISO weeks (Monday first, wall clock of the zone), the latest
 * the week of `week` (today's in the zone when not given): per week its ISO label and Monday,
 * tickets created and solved, first replies (count, hours, mean) of the tickets created in
 * it, CSAT (satisfied, responses, %) of those solved in it, and the tickets unsolved at its end.
 */
function weeklyStatement(o: SqlOptions, zone: string, head: string, ctes: string): string {
  const day = o.week === undefined ? `CURRENT_DATE(${zone})` : dateLiteral(o.week, 'week');
  const inWeek = (at: string) => `t.${at} >= w.starts AND t.${at} < w.ends`;
  return `${head.replace(/ for the 12 months from [^,]*,/, ' for 13 weeks,')}
${ctes},
  weeks AS (
    SELECT
      week_start,
      DATETIME(week_start) AS starts,
      DATETIME(DATE_ADD(week_start, INTERVAL 7 DAY)) AS ends
    FROM UNNEST(GENERATE_DATE_ARRAY(
      DATE_SUB(DATE_TRUNC(${day}, ISOWEEK), INTERVAL 12 WEEK),
      DATE_TRUNC(${day}, ISOWEEK),
      INTERVAL 1 WEEK)) AS week_start
  ),
  counted AS (
    SELECT
      w.week_start,
      COUNTIF(${inWeek('created_local')}) AS created,
      COUNTIF(${inWeek('solved_local')}) AS solved,
      COUNTIF(${inWeek('created_local')} AND t.frt_hours >= 0) AS frt_tickets,
      IFNULL(SUM(IF(${inWeek('created_local')}, t.frt_hours, NULL)), 0) AS frt_hours,
      COUNTIF(${inWeek('solved_local')} AND LOWER(t.rating) = 'good') AS csat_satisfied,
      COUNTIF(${inWeek('solved_local')} AND LOWER(t.rating) IN ('good', 'bad')) AS csat_responses,
      COUNTIF(t.created_local < w.ends AND (t.solved_local IS NULL OR t.solved_local >= w.ends)) AS backlog
    FROM weeks AS w
    LEFT JOIN tickets AS t ON TRUE
    GROUP BY w.week_start
  )
SELECT
  FORMAT('%d-W%02d', EXTRACT(ISOYEAR FROM week_start), EXTRACT(ISOWEEK FROM week_start)) AS week,
  week_start,
  created,
  solved,
  frt_tickets,
  frt_hours,
  SAFE_DIVIDE(frt_hours, frt_tickets) AS frt_mean_hours,
  csat_satisfied,
  csat_responses,
  SAFE_DIVIDE(csat_satisfied, csat_responses) * 100 AS csat,
  backlog
FROM counted
ORDER BY week_start
`;
}

/** A number of hours as a FLOAT64 literal, for a target. */
function hoursLiteral(h: number, option: string): string {
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > 100000)
    throw new SqlOptionError(`--${option} must be hours of 0 or more, not ${h}`);
  return `CAST(${String(h)} AS FLOAT64)`;
}

/** A text as a GoogleSQL string literal (quotes and backslashes escaped). */
const stringLiteral = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * A priority's target (`frt` or `resolution`) for the priority in `p` (trimmed): the one
 * given for its name, else the default by its words, as the SLA tab's rows start.
 */
function targetCase(o: SqlOptions, which: 'frt' | 'resolution'): string {
  const given = Object.entries(o.slaTargets ?? {}).map(
    ([name, t]) =>
      `WHEN LOWER(p) = ${stringLiteral(name.trim().toLowerCase())} THEN ${hoursLiteral(t[which], 'sla-targets')}`,
  );
  const words = SLA_DEFAULTS.map(
    (d) =>
      `WHEN REGEXP_CONTAINS(LOWER(p), ${stringLiteral(d.words.source)}) THEN ${hoursLiteral(d[which], 'sla-targets')}`,
  );
  return `CASE ${[...given, ...words].join(' ')} ELSE ${hoursLiteral(SLA_OTHER[which], 'sla-targets')} END`;
}

/**
 * `sla`: per month and priority (names compared without case or surrounding spaces; one row
 * with no priority for the tickets without one), the SLA tab's counts: first replies of the
 * tickets created in the month and those within the priority's target, resolutions of the
 * tickets solved in it and those within; a ticket with the desk's own SLA status counts by it.
 */
function slaStatement(o: SqlOptions, head: string, ctes: string): string {
  const by = (measure: string, at: string, status: string, hours: string, target: string) =>
    `SELECT m.month, m.starts, '${measure}' AS measure, t.p, t.${at} AS happened, t.ticket_id,
      t.${status} AS status, t.${hours} AS hours, t.${target} AS target, t.frt_target, t.res_target
    FROM months AS m JOIN prioritised AS t ON t.${at} >= m.starts AND t.${at} < m.ends`;
  const counts = (measure: string) => [
    `COUNTIF(measure = '${measure}' AND (status IS NOT NULL OR hours >= 0))`,
    `COUNTIF(measure = '${measure}' AND IF(status IS NOT NULL, status, hours >= 0 AND hours <= target))`,
  ];
  const [frtN, frtMet] = counts('frt');
  const [resN, resMet] = counts('resolution');
  return `${head}
${ctes},
  prioritised AS (
    SELECT *, ${targetCase(o, 'frt')} AS frt_target, ${targetCase(o, 'resolution')} AS res_target
    FROM (SELECT *, TRIM(IFNULL(priority, '')) AS p FROM tickets)
  ),
  events AS (
    ${by('frt', 'created_local', 'frt_sla', 'frt_hours', 'frt_target')}
    UNION ALL
    ${by('resolution', 'solved_local', 'res_sla', 'res_hours', 'res_target')}
  )
SELECT
  month,
  DATE(starts) AS month_start,
  NULLIF(ARRAY_AGG(p ORDER BY happened, ticket_id LIMIT 1)[OFFSET(0)], '') AS priority,
  MAX(frt_target) AS frt_target_hours,
  MAX(res_target) AS resolution_target_hours,
  ${frtN} AS frt_tickets,
  ${frtMet} AS frt_met,
  ${resN} AS resolution_tickets,
  ${resMet} AS resolution_met
FROM events
GROUP BY month, starts, LOWER(p)
ORDER BY month, priority
`;
}

/**
 * `backlog`: tab 2's backlog by age at each month's end (now, for the month under way; NULL
 * before it begins): the tickets unsolved then by how long they had been open (BACKLOG_AGES,
 * each band from its first day and not its last), their total and the oldest one's age in days.
 */
function backlogStatement(zone: string, head: string, ctes: string): string {
  const open =
    't.created_local < b.counted_at AND (t.solved_local IS NULL OR t.solved_local >= b.counted_at)';
  const bands = BACKLOG_AGES.map((a) => {
    const older =
      a.to === undefined
        ? ''
        : ` AND t.created_local > DATETIME_SUB(b.counted_at, INTERVAL ${a.to} DAY)`;
    const newer =
      a.from === 0
        ? ''
        : ` AND t.created_local <= DATETIME_SUB(b.counted_at, INTERVAL ${a.from} DAY)`;
    return `  COUNTIF(${open}${older}${newer}) AS age_${a.id}`;
  });
  return `${head}
${ctes},
  moments AS (
    SELECT m.month, IF(m.starts > now, NULL, LEAST(m.ends, now)) AS counted_at
    FROM months AS m, (SELECT CURRENT_DATETIME(${zone}) AS now)
  )
SELECT
  b.month,
  b.counted_at,
${bands.join(',\n')},
  COUNTIF(${open}) AS unsolved,
  DATETIME_DIFF(b.counted_at, MIN(IF(${open}, t.created_local, NULL)), MICROSECOND) / 86400000000 AS oldest_days
FROM moments AS b
LEFT JOIN tickets AS t ON b.counted_at IS NOT NULL
GROUP BY b.month, b.counted_at
ORDER BY b.month
`;
}
