/** Ticket functions: first contact resolution, resolution and abandonment rates, backlog. */
import * as m from '../metrics';
import type { Spilled } from '../sheets/elementwise';
import { guard } from '../sheets/errors';
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
