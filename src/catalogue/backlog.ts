/**
 * Backlog by age: the bands tab 2 counts the unsolved tickets in at each month's end, and the
 * SQL backlog statement likewise.
 */

/** The age bands in days, from (inclusive) to (exclusive; undefined: no upper bound). */
export const BACKLOG_AGES = [
  { id: 'lt1', from: 0, to: 1 },
  { id: 'd1', from: 1, to: 3 },
  { id: 'd3', from: 3, to: 7 },
  { id: 'd7', from: 7, to: 30 },
  { id: 'd30', from: 30, to: undefined },
] as const;
export type BacklogAgeId = (typeof BACKLOG_AGES)[number]['id'];
