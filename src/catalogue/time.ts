/** Catalogue entries for time: first response, response and resolution times, business hours, handle and wait times, service level. */
import * as m from '../metrics';
import type { Metric } from './types';

/** Monday 5 January 2026, 08:00, as a spreadsheet serial number (days since 1899-12-30). */
const MONDAY_8 = 46027 + 8 / 24;

export const TIME_METRICS: Metric[] = [
  {
    id: 'frt',
    name: 'Average first response time',
    definition:
      "Time from a ticket's creation to the first human reply, averaged over the tickets that got a reply.",
    formula: 'Average FRT = total first-response time / tickets with a first reply',
    unit: 'hours',
    direction: 'lower',
    source:
      'Slovenian, Russian, Romanian and Finnish guides. The Russian guide divides by resolved tickets; we divide by tickets that got a reply.',
    inputs: [
      { id: 'hours', name: 'Total first-response time (hours)', example: 300 },
      { id: 'tickets', name: 'Tickets with a first reply', example: 120 },
    ],
    example: 2.5,
    compute: (v) => m.averageOf(v.hours, 'total time', v.tickets, 'tickets'),
    native: { expr: '{hours}/{tickets}', nonzero: ['{tickets}'] },
    tracked: { hours: 'frt_hours', tickets: 'frt_tickets' },
    functions: [
      {
        name: 'FRT',
        params: [
          'created',
          'first_reply',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'First response time from ticket timestamps, over tickets that got a reply (mean, median or 90th percentile).',
        example: '=FRT(A2:A500, B2:B500, "hours", "median")',
      },
    ],
  },
  {
    id: 'response_time',
    name: 'Average response time',
    definition:
      'Time to answer any customer message, not only the first one, averaged over the inquiries.',
    formula: 'Average response time = total time to respond / number of inquiries',
    unit: 'hours',
    direction: 'lower',
    source: 'Russian, Finnish and Chinese guides.',
    inputs: [
      { id: 'hours', name: 'Total time to respond (hours)', example: 90 },
      { id: 'inquiries', name: 'Inquiries', example: 60 },
    ],
    example: 1.5,
    compute: (v) => m.averageOf(v.hours, 'total time', v.inquiries, 'inquiries'),
    native: { expr: '{hours}/{inquiries}', nonzero: ['{inquiries}'] },
    functions: [
      {
        name: 'RESPONSE_TIME',
        params: [
          'received',
          'replied',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'Response time between received and replied timestamps, over answered rows (mean, median or 90th percentile).',
        example: '=RESPONSE_TIME(A2:A500, B2:B500, "minutes")',
      },
    ],
  },
  {
    id: 'resolution_time',
    name: 'Average resolution time',
    definition:
      'Time from opening a ticket to its full resolution, averaged over the tickets resolved.',
    formula: 'Average resolution time = total time of resolved tickets / tickets resolved',
    unit: 'hours',
    direction: 'lower',
    source: 'Slovenian, Russian, Romanian and Finnish guides.',
    inputs: [
      { id: 'hours', name: 'Total resolution time (hours)', example: 960 },
      { id: 'resolved', name: 'Tickets resolved', example: 80 },
    ],
    example: 12,
    compute: (v) => m.averageOf(v.hours, 'total time', v.resolved, 'tickets resolved'),
    native: { expr: '{hours}/{resolved}', nonzero: ['{resolved}'] },
    tracked: { hours: 'resolution_hours', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'RESOLUTION_TIME',
        params: [
          'created',
          'resolved',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'Resolution time over resolved tickets only; a blank resolved cell is an open ticket.',
        example: '=RESOLUTION_TIME(A2:A500, C2:C500, "days")',
      },
    ],
  },
  {
    id: 'business_hours',
    name: 'Business hours (working time)',
    definition:
      'Time between two moments counted only within working hours, as help desks report first reply and resolution times. Nights, weekends and holidays do not count.',
    formula:
      "Working time = the part of [start, end] that falls in the schedule's hours, day by day",
    unit: 'hours',
    direction: 'lower',
    source:
      'Not in the five guides; schedules as help desks (Zendesk) define them. The usual spreadsheet formula with NETWORKDAYS.INTL and MOD is wrong at the edges: it gives 600 minutes for Monday 08:00→18:00 on a 09:00–17:00 day (right: 480) and −240 for Friday 20:00→Monday 08:00 (right: 0). This calculator uses a corrected formula for one Mon–Fri window; BUSINESS_HOURS handles any schedule, holidays and time zones.',
    inputs: [
      { id: 'start', name: 'Start (date and time)', example: MONDAY_8, datetime: true },
      { id: 'end', name: 'End (date and time)', example: MONDAY_8 + 10 / 24, datetime: true },
      { id: 'opens', name: 'Opens (hour)', example: 9 },
      { id: 'closes', name: 'Closes (hour)', example: 17 },
    ],
    example: 8,
    compute: (v) => m.weekdayHours(v.start, v.end, v.opens, v.closes),
    native: {
      expr: '((NETWORKDAYS({start},{end})-1)*({closes}-{opens})/24+IF(NETWORKDAYS({end},{end}),MEDIAN(MOD({end},1),{closes}/24,{opens}/24),{closes}/24)-MEDIAN(NETWORKDAYS({start},{start})*MOD({start},1),{closes}/24,{opens}/24))*24',
      nonzero: [],
    },
    functions: [
      {
        name: 'BUSINESS_HOURS',
        params: [
          'start',
          'end',
          '[schedule="Mon-Fri 09:00-17:00"]',
          '[holidays]',
          '[unit="hours"]',
        ],
        summary:
          'Working time between two date-times under a weekly schedule, holidays excluded; ranges spill one result per row.',
        example: '=BUSINESS_HOURS(A2:A500, B2:B500, "Mon-Fri 08:00-12:00, 13:00-17:00", H2:H20)',
      },
    ],
  },
  {
    id: 'aht',
    name: 'Average handle time (AHT)',
    definition: 'Time an agent spends on one contact: talking, holding and the work after it.',
    formula: 'AHT = (total talk + total hold + total after-contact work) / contacts handled',
    unit: 'minutes',
    direction: 'lower',
    source: 'Slovenian guide.',
    inputs: [
      { id: 'talk', name: 'Total talk time (minutes)', example: 300 },
      { id: 'hold', name: 'Total hold time (minutes)', example: 40 },
      { id: 'wrap', name: 'Total after-contact work (minutes)', example: 60 },
      { id: 'contacts', name: 'Contacts handled', example: 50 },
    ],
    example: 8,
    compute: (v) => m.aht(v.talk, v.hold, v.wrap, v.contacts),
    native: { expr: '({talk}+{hold}+{wrap})/{contacts}', nonzero: ['{contacts}'] },
    functions: [
      {
        name: 'AHT',
        params: ['talk', 'hold', 'wrap_up', '[unit="minutes"]'],
        summary:
          'Average handle time: (Σ talk + Σ hold + Σ wrap-up) / contacts, from durations or numbers in unit.',
        example: '=AHT(B2:B300, C2:C300, D2:D300)',
      },
    ],
  },
  {
    id: 'avg_wait',
    name: 'Average wait time (ASA)',
    definition:
      'How long customers wait before an agent answers, averaged over the contacts served.',
    formula: 'Average wait = total waiting time / contacts served',
    unit: 'minutes',
    direction: 'lower',
    source:
      'Russian guide (example: 500 minutes / 200 contacts = 2.5 minutes); the Slovenian guide calls it ASA.',
    inputs: [
      { id: 'wait', name: 'Total waiting time (minutes)', example: 500 },
      { id: 'served', name: 'Contacts served', example: 200 },
    ],
    example: 2.5,
    compute: (v) => m.avgWait(v.wait, v.served),
    native: { expr: '{wait}/{served}', nonzero: ['{served}'] },
    functions: [
      {
        name: 'AVG_WAIT',
        params: ['total_wait', 'served'],
        summary: 'Average wait time: total wait / contacts served.',
        example: '=AVG_WAIT(500, 200)',
      },
    ],
  },
  {
    id: 'service_level',
    name: 'Service level',
    definition: 'Share of contacts answered within the target time, e.g. 80 % within 20 seconds.',
    formula: 'Service level = contacts answered within the threshold / all contacts × 100',
    unit: 'percent',
    direction: 'higher',
    source: 'Slovenian guide.',
    inputs: [
      { id: 'within', name: 'Answered within the threshold', example: 160 },
      { id: 'contacts', name: 'All contacts', example: 200 },
    ],
    example: 80,
    compute: (v) => m.serviceLevel(v.within, v.contacts),
    native: { expr: '{within}/{contacts}*100', nonzero: ['{contacts}'] },
    functions: [
      {
        name: 'SERVICE_LEVEL',
        params: ['wait_times', 'threshold'],
        summary:
          'Service level: % of wait times at or under the threshold (same unit, or both durations).',
        example: '=SERVICE_LEVEL(E2:E900, 20)',
      },
    ],
  },
];
