/**
 * The one error type of the metric library: bad input described in words a
 * support-team lead understands. The custom-function layer prefixes the function
 * name and the position ("NPS: 11 in row 3 is outside the 0–10 scale").
 */
export class MetricInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricInputError';
  }
}

/**
 * A divisor of 0 (no customers at start, no tickets): a single calculation cannot be done,
 * but in a column of months that month is simply blank, as in the report.
 */
export class ZeroDivisor extends MetricInputError {}

export function fail(message: string): never {
  throw new MetricInputError(message);
}

/** A finite number ≥ 0. */
export function nonNegative(value: number, label: string): number {
  if (!Number.isFinite(value)) fail(`${label} must be a finite number`);
  if (value < 0) fail(`${label} must not be negative (got ${value})`);
  return value;
}

/** A whole number ≥ 0: a count of customers, tickets or answers. */
export function count(value: number, label: string): number {
  nonNegative(value, label);
  if (!Number.isInteger(value)) fail(`${label} must be a whole number (got ${value})`);
  return value;
}

/** A count that divides: a whole number > 0. */
export function positiveCount(value: number, label: string): number {
  count(value, label);
  if (value === 0) throw new ZeroDivisor(`${label} must be greater than 0`);
  return value;
}

/** A finite number > 0 (an amount that divides). */
export function positive(value: number, label: string): number {
  nonNegative(value, label);
  if (value === 0) throw new ZeroDivisor(`${label} must be greater than 0`);
  return value;
}

/** part / whole × 100 for counts, with part ≤ whole. */
export function countShare(
  part: number,
  partLabel: string,
  whole: number,
  wholeLabel: string,
): number {
  count(part, partLabel);
  positiveCount(whole, wholeLabel);
  if (part > whole) fail(`${partLabel} (${part}) cannot be more than ${wholeLabel} (${whole})`);
  return (part / whole) * 100;
}
