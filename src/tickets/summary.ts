/**
 * Files that count tickets instead of listing them (Zendesk Explore dashboards: one row per
 * agent, per reply-time bracket, per week) are refused as summaries, with how to export a
 * ticket list instead, rather than with "no column holds the ticket id".
 */
import type { ColumnStats } from './guess';
import type { HelpDesk } from './profiles';

/** Explore writes its metrics as COUNT(Tickets), D_COUNT(…), SUM(…), and % or (hrs) names. */
const AGGREGATE = /^[a-z_ ]+\(.+\)$/i;
const EXPLORE =
  /(brackets|^(d_)?count\(|^% |solved tickets|assignee name|requester wait time|one-touch)/i;

/**
 * Whether a file with no ticket id and created time read is a summary: a metric header, or
 * numbers in most columns beside a column of labels. The help desk it comes from, when its
 * headers say, else 'other'; null for a file that is no summary.
 */
export function summaryOf(headers: string[], stats: ColumnStats[]): HelpDesk | 'other' | null {
  const trimmed = headers.map((h) => h.trim());
  const numeric = stats.slice(1).filter((s) => s.filled > 0 && s.numbers >= 0.9).length;
  const summary =
    trimmed.some((h) => AGGREGATE.test(h)) ||
    (headers.length >= 2 && numeric >= (headers.length - 1) / 2);
  if (!summary) return null;
  return trimmed.some((h) => EXPLORE.test(h)) ? 'explore' : 'other';
}
