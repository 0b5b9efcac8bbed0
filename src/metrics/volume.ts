/** Ticket volume and resolution: FCR, resolution rate, abandonment, backlog, reopens, one-touch. */
import { count, countShare, fail } from './errors';

/** First contact resolution: resolved on first contact / resolved × 100. */
export function fcr(firstContact: number, resolved: number): number {
  return countShare(firstContact, 'resolved on first contact', resolved, 'resolved tickets');
}

/** Overall resolution rate: resolved / all tickets × 100 (not ÷ unresolved). */
export function resolutionRate(resolved: number, total: number): number {
  return countShare(resolved, 'resolved tickets', total, 'all tickets');
}

/** Abandonment: contacts not serviced / contacts offered × 100. */
export function abandonRate(abandoned: number, offered: number): number {
  return countShare(abandoned, 'abandoned contacts', offered, 'contacts offered');
}

/** Open at the end = open at start + created − resolved. */
export function backlog(openAtStart: number, created: number, resolved: number): number {
  count(openAtStart, 'open at start');
  count(created, 'tickets created');
  count(resolved, 'tickets resolved');
  const open = openAtStart + created - resolved;
  if (open < 0) fail('backlogNegative', { open: openAtStart, created, resolved });
  return open;
}

/** Reopen rate: tickets reopened at least once / all tickets × 100. */
export function reopenRate(reopened: number, tickets: number): number {
  return countShare(reopened, 'tickets reopened', tickets, 'tickets');
}

/** One-touch rate: tickets solved with one agent reply and no reopen / all tickets × 100. */
export function oneTouchRate(oneTouch: number, tickets: number): number {
  return countShare(oneTouch, 'one-touch tickets', tickets, 'tickets');
}
