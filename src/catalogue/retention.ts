/** Catalogue entries for customers: retention, churn, acquisition cost, lifetime value, referrals. */
import * as m from '../metrics';
import type { Metric } from './types';

export const RETENTION_METRICS: Metric[] = [
  {
    id: 'crr',
    name: 'Customer retention rate (CRR)',
    definition:
      'Share of the customers you had at the start of the period that you still have at the end, leaving out customers who joined during it.',
    formula: 'CRR = ((E − N) / S) × 100; S at start, E at end, N new during the period',
    unit: 'percent',
    direction: 'higher',
    source:
      "Slovenian, Russian and Finnish guides; the examples are the Russian guide's (S 200, E 200, N 20 → 90 %) and the Finnish guide's (S 100, E 90, N 15 → 75 %).",
    inputs: [
      { id: 'start', name: 'Customers at start (S)', example: 200 },
      { id: 'end', name: 'Customers at end (E)', example: 200 },
      { id: 'new', name: 'New customers (N)', example: 20 },
    ],
    example: 90,
    compute: (v) => m.crr(v.start, v.end, v.new),
    native: { expr: '({end}-{new})/{start}*100', nonzero: ['{start}'] },
    tracked: { start: 'customers_start', end: 'customers_end', new: 'customers_new' },
    functions: [
      {
        name: 'CRR',
        params: ['S', 'E', 'N'],
        summary:
          'Customer retention rate: ((E − N) / S) × 100; numbers or month ranges, which spill.',
        example: '=CRR(200, 200, 20)',
      },
    ],
  },
  {
    id: 'churn',
    name: 'Customer churn rate',
    definition:
      'Share of the customers you had at the start of the period that you lost during it.',
    formula: 'Churn = customers lost / customers at start × 100 (equivalently 100 − CRR)',
    unit: 'percent',
    direction: 'lower',
    source:
      "Slovenian, Russian, Romanian and Finnish guides; the example (20 lost of 250 → 8 %) is the Russian guide's.",
    inputs: [
      { id: 'lost', name: 'Customers lost', example: 20 },
      { id: 'start', name: 'Customers at start', example: 250 },
    ],
    example: 8,
    compute: (v) => m.churn(v.lost, v.start),
    native: { expr: '{lost}/{start}*100', nonzero: ['{start}'] },
    tracked: { lost: 'customers_lost', start: 'customers_start' },
    functions: [
      {
        name: 'CHURN',
        params: ['lost_or_S', 'start_or_E', '[N]'],
        summary: 'Churn rate: lost / start × 100, or with three arguments 100 − CRR(S, E, N).',
        example: '=CHURN(20, 250)',
      },
    ],
  },
  {
    id: 'cac',
    name: 'Customer acquisition cost (CAC)',
    definition: 'What it costs in sales and marketing to win one new customer.',
    formula: 'CAC = sales and marketing spend / customers acquired',
    unit: 'money',
    direction: 'lower',
    source: 'Finnish guide (example: $10 000 / 20 000 = $0.50).',
    inputs: [
      { id: 'spend', name: 'Sales and marketing spend', example: 10000 },
      { id: 'acquired', name: 'Customers acquired', example: 20000 },
    ],
    example: 0.5,
    compute: (v) => m.cac(v.spend, v.acquired),
    native: { expr: '{spend}/{acquired}', nonzero: ['{acquired}'] },
    tracked: { spend: 'spend', acquired: 'customers_acquired' },
    functions: [
      {
        name: 'CAC',
        params: ['spend', 'customers_acquired'],
        summary: 'Customer acquisition cost: spend / customers acquired.',
        example: '=CAC(10000, 20000)',
      },
    ],
  },
  {
    id: 'clv',
    name: 'Customer lifetime value (CLV)',
    definition: 'What an average customer brings in over the whole relationship.',
    formula:
      'CLV = average purchase value × purchases per year × lifespan in years (− CAC for the net value)',
    unit: 'money',
    direction: 'higher',
    source:
      "Slovenian, Russian and Finnish guides; the example ($50 × 5 × 3 = $750) is the Russian guide's; the Finnish guide subtracts CAC.",
    inputs: [
      { id: 'purchase', name: 'Average purchase value', example: 50 },
      { id: 'frequency', name: 'Purchases per year', example: 5 },
      { id: 'years', name: 'Lifespan (years)', example: 3 },
    ],
    example: 750,
    compute: (v) => m.clv(v.purchase, v.frequency, v.years),
    native: { expr: '{purchase}*{frequency}*{years}', nonzero: [] },
    tracked: { purchase: 'avg_purchase', frequency: 'purchase_frequency', years: 'lifespan' },
    functions: [
      {
        name: 'CLV',
        params: ['avg_purchase', 'purchases_per_year', 'years', '[cac=0]'],
        summary: 'Customer lifetime value: avg_purchase × purchases_per_year × years − cac.',
        example: '=CLV(50, 5, 3)',
      },
    ],
  },
  {
    id: 'clv_historical',
    name: 'Historical CLV',
    definition:
      'What one customer has actually brought in: the sum of their purchases times the average gross margin.',
    formula: 'Historical CLV = sum of purchases × gross margin',
    unit: 'money',
    direction: 'higher',
    source: 'Russian guide.',
    inputs: [
      { id: 'purchases', name: 'Sum of purchases', example: 1200 },
      { id: 'margin', name: 'Gross margin (%)', example: 40 },
    ],
    example: 480,
    compute: (v) => m.clvHistorical(v.purchases, v.margin),
    native: { expr: '{purchases}*IF({margin}<=1,{margin},{margin}/100)', nonzero: [] },
    functions: [
      {
        name: 'CLV_HISTORICAL',
        params: ['purchases', 'gross_margin'],
        summary: 'Historical CLV: sum of purchases × gross margin (as 0–1 or 0–100 %).',
        example: '=CLV_HISTORICAL(C2:C40, 40)',
      },
    ],
  },
  {
    id: 'referral_rate',
    name: 'Referral rate',
    definition: 'Share of customers who came to you because someone recommended you.',
    formula: 'Referral rate = customers who came by referral / all customers × 100',
    unit: 'percent',
    direction: 'higher',
    source: 'Slovenian and Russian guides.',
    inputs: [
      { id: 'referred', name: 'Customers by referral', example: 30 },
      { id: 'customers', name: 'All customers', example: 600 },
    ],
    example: 5,
    compute: (v) => m.referralRate(v.referred, v.customers),
    native: { expr: '{referred}/{customers}*100', nonzero: ['{customers}'] },
    functions: [
      {
        name: 'REFERRAL_RATE',
        params: ['referred', 'customers'],
        summary: 'Referral rate: customers by referral / all customers × 100.',
        example: '=REFERRAL_RATE(30, 600)',
      },
    ],
  },
];
