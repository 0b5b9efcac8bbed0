/** Customer functions: retention, churn, lifetime value, acquisition cost, referrals. */
import * as m from '../metrics';
import { elementwise, type Param, type Spilled } from '../sheets/elementwise';
import { checkArity, guard } from '../sheets/errors';
import { omitted, optionalNumber } from '../sheets/options';
import { scanNumbers } from '../sheets/scan';
import { spill } from './shared';
/**
 * Customer retention rate: ((E − N) / S) × 100; numbers or month ranges, which spill.
 *
 * @param {200} S Customers at the start of the period (a number or a column of months).
 * @param {200} E Customers at the end of the period.
 * @param {20} N New customers won during the period.
 * @return The retention rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function CRR(S: unknown, E: unknown, N: unknown): Spilled {
  return guard('CRR', () =>
    spill('CRR', arguments.length, ['S', 'E', 'N'], [S, E, N], m.crr, [
      'customers at start (S)',
      'customers at end (E)',
      'new customers (N)',
    ]),
  );
}

/**
 * Churn rate: lost / start × 100, or with three arguments 100 − CRR(S, E, N).
 *
 * @param {20} lost_or_S Customers lost in the period; or, with three arguments, customers at start (S).
 * @param {250} start_or_E Customers at the start of the period; or, with three arguments, customers at end (E).
 * @param {20} N Optional: new customers during the period, for the 100 − CRR form.
 * @return The churn rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function CHURN(lost_or_S: unknown, start_or_E: unknown, N?: unknown): Spilled {
  return guard('CHURN', () => {
    checkArity('CHURN', arguments.length, ['lost_or_S', 'start_or_E', 'N'], 2);
    if (arguments.length === 2 || omitted(N)) {
      return elementwise(
        'CHURN',
        [
          { label: 'customers lost', value: lost_or_S },
          { label: 'customers at start', value: start_or_E },
        ],
        m.churn,
      );
    }
    return elementwise(
      'CHURN',
      [
        { label: 'customers at start (S)', value: lost_or_S },
        { label: 'customers at end (E)', value: start_or_E },
        { label: 'new customers (N)', value: N },
      ],
      m.churnFromCounts,
    );
  });
}

/**
 * Customer lifetime value: avg_purchase × purchases_per_year × years − cac.
 *
 * @param {50} avg_purchase Average purchase value.
 * @param {5} purchases_per_year How many purchases a customer makes in a year.
 * @param {3} years How many years a customer stays.
 * @param {0} cac Optional acquisition cost to subtract (net CLV); 0 if omitted.
 * @return The lifetime value in the currency of avg_purchase.
 * @customfunction
 */
export function CLV(
  avg_purchase: unknown,
  purchases_per_year: unknown,
  years: unknown,
  cac?: unknown,
): Spilled {
  return guard('CLV', () => {
    checkArity('CLV', arguments.length, ['avg_purchase', 'purchases_per_year', 'years', 'cac'], 3);
    const params: Param[] = [
      { label: 'average purchase value', value: avg_purchase },
      { label: 'purchases per year', value: purchases_per_year },
      { label: { arg: 'years' }, value: years },
    ];
    if (!omitted(cac)) params.push({ label: { arg: 'cac' }, value: cac });
    return elementwise('CLV', params, (a, f, y, c = 0) => m.clv(a, f, y, c));
  });
}

/**
 * Historical CLV: sum of purchases × gross margin (as 0–1 or 0–100 %).
 *
 * @param {C2:C40} purchases One customer's purchase amounts; blanks and text are skipped.
 * @param {40} gross_margin Average gross margin: a fraction (0.4) or a percentage (40).
 * @return The historical lifetime value.
 * @customfunction
 */
export function CLV_HISTORICAL(purchases: unknown, gross_margin: unknown): number {
  return guard('CLV_HISTORICAL', () => {
    checkArity('CLV_HISTORICAL', arguments.length, ['purchases', 'gross_margin'], 2);
    let total = 0;
    const scan = scanNumbers(purchases, (n) => {
      if (n < 0) return { kind: 'negativePurchase' };
      total += n;
      return undefined;
    });
    if (scan.counted === 0) m.fail('noPurchases');
    const margin = optionalNumber('CLV_HISTORICAL', 'gross_margin', gross_margin, NaN);
    if (Number.isNaN(margin)) m.fail('blankArg', { arg: 'gross_margin' });
    return m.clvHistorical(total, margin);
  });
}

/**
 * Customer acquisition cost: spend / customers acquired.
 *
 * @param {10000} spend Sales and marketing spend in the period.
 * @param {20000} customers_acquired New customers won with that spend.
 * @return The cost of one new customer (one per row when given ranges).
 * @customfunction
 */
export function CAC(spend: unknown, customers_acquired: unknown): Spilled {
  return guard('CAC', () =>
    spill(
      'CAC',
      arguments.length,
      ['spend', 'customers_acquired'],
      [spend, customers_acquired],
      m.cac,
    ),
  );
}

/**
 * Referral rate: customers by referral / all customers × 100.
 *
 * @param {30} referred Customers who came by referral.
 * @param {600} customers All customers.
 * @return The referral rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function REFERRAL_RATE(referred: unknown, customers: unknown): Spilled {
  return guard('REFERRAL_RATE', () =>
    spill(
      'REFERRAL_RATE',
      arguments.length,
      ['referred', 'customers'],
      [referred, customers],
      m.referralRate,
    ),
  );
}
