/**
 * Numbers in messages, the locale's way: its decimal mark and digit grouping (from Intl,
 * which Apps Script's V8 has), four-digit numbers grouped only where the locale does
 * ("1,234" in English, "1234" in Spanish), no exponent ("0.0000001", not "1e-7"), no float
 * noise ("0.3", not "0.30000000000000004"), and U+2212 for a minus in every language, the
 * sign the messages' own formulas ("E − N") use.
 */
import { isLanguage, LOCALES } from './messages';

export interface NumberStyle {
  decimal: string;
  group: string;
  /** Whether a four-digit number is grouped ("1 234") or not ("1234"). */
  groupFour: boolean;
}

const PLAIN: NumberStyle = { decimal: '.', group: ',', groupFour: true };

/** The locale's separators ("sl_SI", "de-DE", "en"); English's when Intl does not know it. */
export function numberStyle(locale: string): NumberStyle {
  try {
    const format = new Intl.NumberFormat(locale.replace('_', '-') || 'en');
    const part = (n: number, type: string) =>
      format.formatToParts(n).find((p) => p.type === type)?.value;
    return {
      decimal: part(1.5, 'decimal') ?? '.',
      group: part(1234567, 'group') ?? ',',
      groupFour: part(1234, 'group') !== undefined,
    };
  } catch {
    return PLAIN;
  }
}

/** A finite number as a message writes it; Infinity and NaN as their names. */
export function formatNumber(x: number, style: NumberStyle = PLAIN): string {
  if (!Number.isFinite(x)) return String(x);
  // Twelve significant digits: what a spreadsheet shows, without binary float noise.
  const clean = Number(x.toPrecision(12));
  const abs = Math.abs(clean);
  let digits: string;
  if (abs >= 1e21) digits = BigInt(Math.round(abs)).toString();
  else {
    let places = 0;
    while (places < 20 && Number(abs.toFixed(places)) !== abs) places++;
    digits = abs.toFixed(places);
  }
  const [whole, fraction] = digits.split('.');
  const grouped =
    whole.length > 4 || (whole.length === 4 && style.groupFour)
      ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group)
      : whole;
  return `${clean < 0 ? '\u2212' : ''}${grouped}${fraction ? style.decimal + fraction : ''}`;
}

/** A count as the language writes it ("250 000" in Russian, "250,000" in English). */
export function formatCount(n: number, language: string): string {
  return formatNumber(n, numberStyle(isLanguage(language) ? LOCALES[language] : 'en_US'));
}
