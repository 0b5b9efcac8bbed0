/**
 * The Team tab's columns (DESIGN §7): what each figure per agent and per group means. The
 * source of truth for the tab's headers, tab 3's definitions and the README; other languages
 * translate them by id in src/i18n. Every figure is over the tickets solved in the period with
 * that assignee or group; a percentage has beside it the count it is of.
 */
import type { Unit } from './types';

export const TEAM_COLUMN_IDS = [
  'solved',
  'frt',
  'frt_median',
  'frt_p90',
  'resolution',
  'resolution_median',
  'resolution_p90',
  'within',
  'csat',
  'one_touch',
  'reopened',
] as const;
export type TeamColumnId = (typeof TEAM_COLUMN_IDS)[number];

export interface TeamColumn {
  id: TeamColumnId;
  name: string;
  definition: string;
  formula: string;
  unit: Extract<Unit, 'count' | 'hours' | 'percent'>;
  /** For a percentage: the header of the count beside it (what it is a share of). */
  of?: string;
}

export const TEAM_COLUMNS: TeamColumn[] = [
  {
    id: 'solved',
    name: 'Tickets solved',
    definition:
      'Tickets solved in the period with this assignee or group. Every other column is over these tickets.',
    formula: 'Tickets whose solved time is in the period',
    unit: 'count',
  },
  {
    id: 'frt',
    name: 'Mean first reply time (h)',
    definition:
      'Average time from a ticket being created to the first reply, over the solved tickets that have one (in business hours when the import chose them).',
    formula: 'Sum of first reply times / tickets with a first reply time',
    unit: 'hours',
  },
  {
    id: 'frt_median',
    name: 'Median first reply time (h)',
    definition:
      'The middle first reply time of the solved tickets that have one: half were answered sooner, half later. Zendesk and Intercom show this one; a few slow tickets move the mean, not the median. Blank when the Team tab reads a BigQuery extract (its sums hold no medians).',
    formula:
      'Median of the first reply times (the mean of the middle two when their number is even)',
    unit: 'hours',
  },
  {
    id: 'frt_p90',
    name: '90th percentile first reply time (h)',
    definition:
      'Nine in ten of the solved tickets with a first reply were answered within this time; the slowest tenth took longer. It shows the waits a mean and a median hide. Blank when the Team tab reads a BigQuery extract (its sums hold no percentiles).',
    formula:
      '90th percentile of the first reply times (PERCENTILE with 0.9: between the two nearest times when it falls between them)',
    unit: 'hours',
  },
  {
    id: 'resolution',
    name: 'Mean resolution time (h)',
    definition:
      'Average time from a ticket being created to being solved (in business hours when the import chose them).',
    formula: 'Sum of resolution times / tickets with a resolution time',
    unit: 'hours',
  },
  {
    id: 'resolution_median',
    name: 'Median resolution time (h)',
    definition:
      'The middle resolution time of the solved tickets: half were solved sooner, half later. Blank when the Team tab reads a BigQuery extract (its sums hold no medians).',
    formula:
      'Median of the resolution times (the mean of the middle two when their number is even)',
    unit: 'hours',
  },
  {
    id: 'resolution_p90',
    name: '90th percentile resolution time (h)',
    definition:
      'Nine in ten of the solved tickets were solved within this time; the slowest tenth took longer. Blank when the Team tab reads a BigQuery extract (its sums hold no percentiles).',
    formula:
      '90th percentile of the resolution times (PERCENTILE with 0.9: between the two nearest times when it falls between them)',
    unit: 'hours',
  },
  {
    id: 'within',
    name: 'First replies within target (%)',
    definition:
      'Share of the solved tickets with a first reply whose first reply came within the first-reply target at the top of the Team tab.',
    formula: 'Tickets with first reply time ≤ target / tickets with a first reply time × 100',
    unit: 'percent',
    of: 'With a first reply',
  },
  {
    id: 'csat',
    name: 'CSAT (% Good)',
    definition:
      'Share of Good ratings among the solved tickets rated Good or Bad; tickets without a rating do not count.',
    formula: 'Good / (Good + Bad) × 100',
    unit: 'percent',
    of: 'Rated',
  },
  {
    id: 'one_touch',
    name: 'One-touch (%)',
    definition:
      'Share of the solved tickets resolved with exactly one agent reply and never reopened (or marked resolved on first contact in the export).',
    formula: 'One-touch tickets / solved tickets whose replies are known × 100',
    unit: 'percent',
    of: 'Replies known',
  },
  {
    id: 'reopened',
    name: 'Reopened (%)',
    definition: 'Share of the solved tickets that were reopened at least once.',
    formula: 'Tickets reopened at least once / solved tickets whose reopens are known × 100',
    unit: 'percent',
    of: 'Reopens known',
  },
];
