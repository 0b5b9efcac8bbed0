/**
 * A month chosen in a tab (the Team and SLA tabs): a dropdown of the report's months, the
 * chosen month's first day shown beside it, and the periods the tab's figures count over —
 * the chosen month, and the year to date (the report's first month to the end of the chosen
 * one). Choosing another month needs no add-on: the figures follow the cell.
 */
import { absolute, COLORS, MONTH_FORMAT, type Cells, type Options } from './spec';
import type { Layout } from './layout';

/** The first day of a chosen month: a "2026-03" from the dropdown, or a date typed there. */
export function chosenMonthFormula(choice: string): string {
  return `=IF(ISNUMBER(${choice}),DATE(YEAR(${choice}),MONTH(${choice}),1),IFERROR(DATE(VALUE(LEFT(${choice},4)),VALUE(MID(${choice},6,2)),1),""))`;
}

export interface ChosenPeriod {
  /** A cell holding the period's first day. */
  from: string;
  /** An expression for the day after the period. */
  to: string;
  /** The cell of the chosen month's first day: every figure is blank without it. */
  chosen: string;
}

/**
 * Writes the dropdown (in `at.input`, starting at `chosen`) and the first day it gives (in
 * `at.shown`) on row `at.row`, and returns the month's and the year to date's periods.
 */
export function monthChoice(
  c: Cells,
  L: Layout,
  o: Options,
  months: string[],
  chosen: string,
  at: { row: string; input: string; shown: string },
): { m: ChosenPeriod; y: ChosenPeriod } {
  const r = L.row(at.row);
  c.set(r, L.col(at.input), {
    kind: 'input',
    // Text, as the dropdown gives it (Sheets would read a bare 2026-03 as a date).
    value: `'${chosen}`,
    background: COLORS.input,
    validate: { list: months },
  });
  const first = absolute(r, L.col(at.shown));
  c.set(r, L.col(at.shown), {
    kind: 'formula',
    value: chosenMonthFormula(absolute(r, L.col(at.input))),
    format: MONTH_FORMAT,
  });
  const next = `DATE(YEAR(${first}),MONTH(${first})+1,1)`;
  return {
    m: { from: first, to: next, chosen: first },
    y: { from: `DATE(${o.year},${o.firstMonth},1)`, to: next, chosen: first },
  };
}
