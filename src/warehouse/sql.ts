/**
 * The report's ticket numbers as GoogleSQL (DESIGN §8), for teams whose tickets are in
 * BigQuery: the same definitions as the Tickets tab's COUNTIFS (src/report/formulas.ts),
 * computed where the data lives. Months are the report's, in its time zone: a ticket's time
 * is turned into that zone's wall clock and compared with the month's first midnight, as the
 * Tickets tab's date-times are. Nothing here runs a query; the user pastes the text into
 * Sheets' BigQuery data connector (no OAuth scope of ours).
 */
import { STATEMENT_INPUT_IDS, TEAM_MEASURE_IDS, type TeamMeasureId } from '../tickets/feeds';

export type SqlQuery = 'monthly' | 'breakdown' | 'team';
export const SQL_QUERIES: SqlQuery[] = ['monthly', 'breakdown', 'team'];
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
      group_name
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
      group_name
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
    throw new SqlOptionError(`--query must be monthly, breakdown or team, not "${o.query}"`);
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
