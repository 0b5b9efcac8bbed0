/**
 * Backlog by age (tab 2): the tickets unsolved at each month's end, by how long they had been
 * open then, and the oldest one's age. Native formulas over the Tickets tab's created and
 * solved columns: a ticket is in the backlog at a moment when it was created before it and
 * is not solved, or was solved only after it (the same test as tab 1's open at start).
 */
import { columnRange, type TicketsRef } from './formulas';

export { BACKLOG_AGES, type BacklogAgeId } from '../catalogue/backlog';

/** The Tickets tab's created and solved columns, or undefined without both. */
function createdAndSolved(ref: TicketsRef): { created: string; solved: string } | undefined {
  const { created, solved } = ref.cols;
  return created && solved
    ? { created: columnRange(ref.sheet, created), solved: columnRange(ref.sheet, solved) }
    : undefined;
}

/**
 * The moment a month's backlog is counted at: the month's end (the next month's first
 * instant), or now while the month runs; blank for a month not begun.
 */
export function backlogMomentFormula(year: number, month: number): string {
  return `=IF(DATE(${year},${month},1)>NOW(),"",MIN(DATE(${year},${month + 1},1),NOW()))`;
}

/**
 * Tickets unsolved at the moment in cell `at` (a backlogMomentFormula) whose age then lies in
 * [from, to) days; blank while the moment is. Undefined without created and solved columns.
 */
export function backlogAgeFormula(
  ref: TicketsRef,
  at: string,
  age: { from: number; to: number | undefined },
): string | undefined {
  const cols = createdAndSolved(ref);
  if (!cols) return undefined;
  const { created, solved } = cols;
  // Created after the moment less `to` days and by the moment less `from` (before it, for 0).
  const band =
    (age.to === undefined ? '' : `,${created},">"&(${at}-${age.to})`) +
    (age.from === 0 ? `,${created},"<"&${at}` : `,${created},"<="&(${at}-${age.from})`);
  return `=IF(COUNT(${at})=0,"",COUNTIFS(${band.slice(1)})-COUNTIFS(${band.slice(1)},${solved},"<"&${at}))`;
}

/**
 * The age in days at the moment in `at` of the oldest ticket unsolved then (created before
 * it, solved blank or after it); blank when none is (`total`, the cell of the backlog's
 * count, is 0), or while the moment is.
 */
export function backlogOldestFormula(
  ref: TicketsRef,
  at: string,
  total: string,
): string | undefined {
  const cols = createdAndSolved(ref);
  if (!cols) return undefined;
  const { created, solved } = cols;
  // MINIFS gives 0 when nothing matches: each half counts first and stands aside then.
  const half = (criterion: string) => {
    const where = `${created},"<"&${at},${solved},${criterion}`;
    return `IF(COUNTIFS(${where})=0,${at},MINIFS(${created},${where}))`;
  };
  return `=IF(COUNT(${at},${total})<2,"",IF(${total}=0,"",${at}-MIN(${half('""')},${half(`">="&${at}`)})))`;
}
