/** Values shaped the way Sheets hands them to custom functions. */

/** A column range: [[v1], [v2], …]. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** n copies of a value. */
export const rep = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

/** Scores with the given counts per score, as a column. */
export function scoresColumn(counts: Record<number, number>): unknown[][] {
  const out: unknown[][] = [];
  for (const [score, n] of Object.entries(counts))
    for (let i = 0; i < n; i++) out.push([Number(score)]);
  return out;
}

/** A duration cell as Apps Script hands it over: a Date on 1899-12-30 in the local zone. */
export function durationCell(hours: number, minutes: number, seconds = 0): Date {
  return new Date(1899, 11, 30, hours, minutes, seconds);
}
