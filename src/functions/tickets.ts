/** Ticket functions: first contact resolution, resolution, abandonment, reopen and one-touch rates, backlog. */
import * as m from '../metrics';
import type { Spilled } from '../sheets/elementwise';
import { BLANK, ERROR_VALUE, NUMBER, describe, kindOf, numberIn, toGrid } from '../sheets/cells';
import { checkArity, guard, place } from '../sheets/errors';
import { omitted } from '../sheets/options';
import { spill } from './shared';
/**
 * First contact resolution: resolved on first contact / resolved × 100.
 *
 * @param {70} resolved_first_contact Tickets resolved in the first contact.
 * @param {100} resolved_total All tickets resolved in the period.
 * @return FCR, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function FCR(resolved_first_contact: unknown, resolved_total: unknown): Spilled {
  return guard('FCR', () =>
    spill(
      'FCR',
      arguments.length,
      ['resolved_first_contact', 'resolved_total'],
      [resolved_first_contact, resolved_total],
      m.fcr,
    ),
  );
}

/**
 * Overall resolution rate: resolved / all tickets × 100.
 *
 * @param {90} resolved Tickets resolved in the period.
 * @param {100} total All tickets in the period (not only the unresolved ones).
 * @return The resolution rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function RESOLUTION_RATE(resolved: unknown, total: unknown): Spilled {
  return guard('RESOLUTION_RATE', () =>
    spill(
      'RESOLUTION_RATE',
      arguments.length,
      ['resolved', 'total'],
      [resolved, total],
      m.resolutionRate,
    ),
  );
}

/**
 * Abandonment rate: contacts not serviced / contacts offered × 100.
 *
 * @param {12} abandoned Contacts that hung up or met a busy signal.
 * @param {400} offered All contacts offered.
 * @return The abandonment rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function ABANDON_RATE(abandoned: unknown, offered: unknown): Spilled {
  return guard('ABANDON_RATE', () =>
    spill(
      'ABANDON_RATE',
      arguments.length,
      ['abandoned', 'offered'],
      [abandoned, offered],
      m.abandonRate,
    ),
  );
}

/**
 * Backlog: open at start + created − resolved.
 *
 * @param {40} open_at_start Tickets open at the start of the period.
 * @param {500} created Tickets created in the period.
 * @param {480} resolved Tickets resolved in the period.
 * @return Tickets open at the end (one per row when given ranges).
 * @customfunction
 */
export function BACKLOG(open_at_start: unknown, created: unknown, resolved: unknown): Spilled {
  return guard('BACKLOG', () =>
    spill(
      'BACKLOG',
      arguments.length,
      ['open_at_start', 'created', 'resolved'],
      [open_at_start, created, resolved],
      m.backlog,
    ),
  );
}

/** A ticket's count (reopens, replies) at a position: whole and ≥ 0, or undefined when not a number. */
function ticketCount(v: unknown, arg: string, where: m.Place): number | undefined {
  const kind = kindOf(v);
  const subject = { name: { arg }, place: where };
  if (kind === ERROR_VALUE) m.fail('holds', { subject, value: describe(v) });
  if (kind !== NUMBER) return undefined;
  const n = numberIn(v);
  if (n < 0 || n % 1 !== 0) m.fail('notACount', { subject, n });
  return n;
}

/**
 * Reopen rate: % of tickets (numeric cells) reopened at least once.
 *
 * @param {F2:F500} reopens How many times each ticket was reopened (a help desk's "Reopens" column); blanks and text are skipped.
 * @return The share of tickets reopened at least once, 0–100.
 * @customfunction
 */
export function REOPEN_RATE(reopens: unknown): number {
  return guard('REOPEN_RATE', () => {
    checkArity('REOPEN_RATE', arguments.length, ['reopens'], 1);
    const grid = toGrid(reopens);
    let tickets = 0;
    let reopened = 0;
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        const n = ticketCount(v, 'reopens', place(r, c, grid.length, row.length));
        if (n === undefined) return;
        tickets++;
        if (n > 0) reopened++;
      }),
    );
    if (!tickets) m.fail('noTickets', { arg: 'reopens' });
    return m.reopenRate(reopened, tickets);
  });
}

/**
 * One-touch rate: % of tickets with exactly one agent reply (and no reopen, when given).
 *
 * @param {G2:G500} replies Agent replies per ticket (a help desk's "Replies" or "Agent interactions"); blanks and text are skipped.
 * @param {F2:F500} reopens Optional: reopens per ticket, same shape; a blank is none.
 * @return The share of one-touch tickets, 0–100.
 * @customfunction
 */
export function ONE_TOUCH_RATE(replies: unknown, reopens?: unknown): number {
  return guard('ONE_TOUCH_RATE', () => {
    checkArity('ONE_TOUCH_RATE', arguments.length, ['replies', 'reopens'], 1);
    const a = toGrid(replies);
    const b = omitted(reopens) ? null : toGrid(reopens);
    const rows = a.length;
    if (b && (b.length !== rows || (b[0]?.length ?? 0) !== (a[0]?.length ?? 0)))
      m.fail('shapes', {
        a: { arg: 'replies' },
        aRows: rows,
        aCols: a[0]?.length ?? 0,
        b: { arg: 'reopens' },
        bRows: b.length,
        bCols: b[0]?.length ?? 0,
      });
    let tickets = 0;
    let oneTouch = 0;
    a.forEach((row, r) =>
      row.forEach((v, c) => {
        const where = place(r, c, rows, row.length);
        const n = ticketCount(v, 'replies', where);
        if (n === undefined) return;
        let again = 0;
        if (b) {
          const w = b[r][c];
          const kind = kindOf(w);
          if (kind !== BLANK) {
            const k = ticketCount(w, 'reopens', where);
            if (k === undefined)
              m.fail('notANumber', {
                subject: { name: { arg: 'reopens' }, place: where },
                value: describe(w),
              });
            again = k;
          }
        }
        tickets++;
        if (n === 1 && again === 0) oneTouch++;
      }),
    );
    if (!tickets) m.fail('noTickets', { arg: 'replies' });
    return m.oneTouchRate(oneTouch, tickets);
  });
}
