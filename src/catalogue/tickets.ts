/** Catalogue entries for tickets: first-contact resolution, resolution rate, abandonment, volume, backlog, reopens, one-touch. */
import * as m from '../metrics';
import type { Metric } from './types';

export const TICKET_METRICS: Metric[] = [
  {
    id: 'fcr',
    name: 'First contact resolution (FCR)',
    definition:
      'Share of resolved tickets that were solved in the first contact, with no follow-up.',
    formula: 'FCR = tickets resolved on first contact / tickets resolved × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Finnish guide, which divides by resolved tickets as we do; the Russian guide names it without a formula.',
    inputs: [
      { id: 'first', name: 'Resolved on first contact', example: 70 },
      { id: 'resolved', name: 'Tickets resolved', example: 100 },
    ],
    example: 70,
    compute: (v) => m.fcr(v.first, v.resolved),
    native: { expr: '{first}/{resolved}*100', nonzero: ['{resolved}'] },
    tracked: { first: 'tickets_first_contact', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'FCR',
        params: ['resolved_first_contact', 'resolved_total'],
        summary: 'First contact resolution: resolved on first contact / resolved × 100.',
        example: '=FCR(70, 100)',
      },
    ],
  },
  {
    id: 'resolution_rate',
    name: 'Overall resolution rate',
    definition:
      'Share of all tickets in the period that were resolved. All tickets are the ones open at the start plus the ones created.',
    formula: 'Resolution rate = tickets resolved / (open at start + created) × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Slovenian and Finnish guides; corrected: the Finnish guide writes resolved / unresolved, which is a ratio, not a rate.',
    inputs: [
      { id: 'resolved', name: 'Tickets resolved', example: 90 },
      { id: 'open', name: 'Open at start', example: 10 },
      { id: 'created', name: 'Tickets created', example: 90 },
    ],
    example: 90,
    compute: (v) => m.resolutionRate(v.resolved, v.open + v.created),
    native: { expr: '{resolved}/({open}+{created})*100', nonzero: ['{open}+{created}'] },
    tracked: { resolved: 'tickets_resolved', open: 'open_start', created: 'tickets_created' },
    functions: [
      {
        name: 'RESOLUTION_RATE',
        params: ['resolved', 'total'],
        summary: 'Overall resolution rate: resolved / all tickets × 100.',
        example: '=RESOLUTION_RATE(90, 100)',
      },
    ],
  },
  {
    id: 'abandon_rate',
    name: 'Abandonment rate',
    definition:
      'Share of contacts that were never serviced: the caller hung up or met a busy signal.',
    formula: 'Abandonment = contacts not serviced / contacts offered × 100',
    unit: 'percent',
    direction: 'lower',
    source: 'Slovenian guide ("blockage": calls not serviced).',
    inputs: [
      { id: 'abandoned', name: 'Contacts not serviced', example: 12 },
      { id: 'offered', name: 'Contacts offered', example: 400 },
    ],
    example: 3,
    compute: (v) => m.abandonRate(v.abandoned, v.offered),
    native: { expr: '{abandoned}/{offered}*100', nonzero: ['{offered}'] },
    functions: [
      {
        name: 'ABANDON_RATE',
        params: ['abandoned', 'offered'],
        summary: 'Abandonment rate: contacts not serviced / contacts offered × 100.',
        example: '=ABANDON_RATE(12, 400)',
      },
    ],
  },
  {
    id: 'ticket_volume',
    name: 'Ticket volume',
    definition: 'How many tickets arrived in the period; tab 2 splits it by category and channel.',
    formula: 'Ticket volume = tickets created in the period',
    unit: 'count',
    direction: 'lower',
    source: 'Finnish guide (by category); Slovenian guide (by channel).',
    inputs: [{ id: 'created', name: 'Tickets created', example: 1200 }],
    example: 1200,
    compute: (v) => m.count(v.created, 'tickets created'),
    native: { expr: '{created}', nonzero: [] },
    tracked: { created: 'tickets_created' },
    functions: [],
  },
  {
    id: 'backlog',
    name: 'Backlog (open tickets)',
    definition: 'Tickets still open at the end of the period.',
    formula: 'Backlog = open at start + created − resolved',
    unit: 'count',
    direction: 'lower',
    source: 'Slovenian guide (open cases, ticket backlog).',
    inputs: [
      { id: 'open', name: 'Open at start', example: 40 },
      { id: 'created', name: 'Tickets created', example: 500 },
      { id: 'resolved', name: 'Tickets resolved', example: 480 },
    ],
    example: 60,
    compute: (v) => m.backlog(v.open, v.created, v.resolved),
    native: { expr: '{open}+{created}-{resolved}', nonzero: [] },
    tracked: { open: 'open_start', created: 'tickets_created', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'BACKLOG',
        params: ['open_at_start', 'created', 'resolved'],
        summary: 'Backlog: open at start + created − resolved.',
        example: '=BACKLOG(40, 500, 480)',
      },
    ],
  },
  {
    id: 'reopen_rate',
    name: 'Reopen rate',
    definition:
      'Share of tickets reopened at least once after being solved. A high rate means problems were closed before they were really solved.',
    formula: 'Reopen rate = tickets reopened at least once / all tickets × 100',
    unit: 'percent',
    direction: 'lower',
    source:
      "Not in the five guides; help desks (Zendesk, Freshdesk) report it from each ticket's reopen count. The worked example is ours.",
    inputs: [
      { id: 'reopened', name: 'Tickets reopened at least once', example: 12 },
      { id: 'tickets', name: 'All tickets', example: 400 },
    ],
    example: 3,
    compute: (v) => m.reopenRate(v.reopened, v.tickets),
    native: { expr: '{reopened}/{tickets}*100', nonzero: ['{tickets}'] },
    functions: [
      {
        name: 'REOPEN_RATE',
        params: ['reopens'],
        summary: 'Reopen rate: % of tickets (numeric cells) reopened at least once.',
        example: '=REOPEN_RATE(F2:F500)',
      },
    ],
  },
  {
    id: 'one_touch_rate',
    name: 'One-touch resolution rate',
    definition:
      'Share of tickets solved with exactly one agent reply and never reopened: the customer got what they needed in one answer.',
    formula: 'One-touch rate = tickets with one agent reply and no reopen / all tickets × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Not in the five guides; help desks (Zendesk) report it from agent replies and reopens. The worked example is ours.',
    inputs: [
      { id: 'one_touch', name: 'One-touch tickets', example: 180 },
      { id: 'tickets', name: 'All tickets', example: 400 },
    ],
    example: 45,
    compute: (v) => m.oneTouchRate(v.one_touch, v.tickets),
    native: { expr: '{one_touch}/{tickets}*100', nonzero: ['{tickets}'] },
    functions: [
      {
        name: 'ONE_TOUCH_RATE',
        params: ['replies', '[reopens]'],
        summary:
          'One-touch rate: % of tickets with exactly one agent reply (and no reopen, when given).',
        example: '=ONE_TOUCH_RATE(G2:G500, F2:F500)',
      },
    ],
  },
];
