/** Display values for the number formats the report uses (getDisplayValues). */

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Decimal and grouping separators Sheets shows for a spreadsheet locale. */
export function separators(locale: string): { decimal: string; group: string } {
  const lang = locale.slice(0, 2).toLowerCase();
  if (lang === 'ru' || lang === 'fi') return { decimal: ',', group: '\u00a0' };
  if (['sl', 'ro', 'de', 'it', 'es', 'pt', 'nl', 'hr', 'id'].includes(lang))
    return { decimal: ',', group: '.' };
  if (lang === 'fr') return { decimal: ',', group: '\u202f' };
  return { decimal: '.', group: ',' };
}

/**
 * Formats a number with a Sheets/Excel pattern (literals in quotes, #,##0.00, 0.0#, %), with
 * the separators of the spreadsheet's locale: the pattern is the same everywhere, as in Sheets.
 */
export function formatNumber(value: number, pattern: string, locale = 'en_US'): string {
  const sep = separators(locale);
  const shown = formatPattern(value, pattern);
  if (sep.decimal === '.') return shown;
  return shown.replace(/[.,]/g, (ch) => (ch === '.' ? sep.decimal : sep.group));
}

/**
 * yyyy-mm-dd hh:mm and its parts (d, m, mmm, mmmm too, and "quoted" text), from a serial
 * number (days since 1899-12-30); m after h: is minutes.
 */
function formatDate(value: number, pattern: string): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86400000));
  const two = (n: number) => String(n).padStart(2, '0');
  // Month names as an en_US spreadsheet shows them ("mmmm yyyy": March 2026).
  const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  let afterHour = false;
  return pattern.replace(/"[^"]*"|yyyy|mmmm|mmm|mm|m|dd|d|hh|h/g, (token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    const minutes = afterHour && token.startsWith('m');
    afterHour = token.startsWith('h');
    if (minutes) return two(d.getUTCMinutes());
    switch (token) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'mmmm':
        return month;
      case 'mmm':
        return month.slice(0, 3);
      case 'mm':
        return two(d.getUTCMonth() + 1);
      case 'm':
        return String(d.getUTCMonth() + 1);
      case 'dd':
        return two(d.getUTCDate());
      case 'd':
        return String(d.getUTCDate());
      default:
        return token.length === 2 ? two(d.getUTCHours()) : String(d.getUTCHours());
    }
  });
}

function formatPattern(value: number, pattern: string): string {
  if (/yyyy/.test(pattern)) return formatDate(value, pattern);
  if (!pattern || pattern === 'General') {
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toPrecision(10)));
  }
  // Sections: positive;negative;zero. A negative number shown by its own section drops its sign.
  const sections = pattern.split(';');
  if (value < 0 && sections.length > 1) return formatPattern(-value, sections[1]);
  if (value === 0 && sections.length > 2) return formatPattern(0, sections[2]);
  const section = sections[0];
  let prefix = '';
  let suffix = '';
  let numeric = '';
  let percent = false;
  let seenNumber = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const lit = section.slice(i + 1, end);
      if (seenNumber) suffix += lit;
      else prefix += lit;
      i = end;
    } else if ('#0,.'.includes(ch)) {
      numeric += ch;
      seenNumber = true;
    } else if (ch === '%') {
      percent = true;
      suffix += '%';
    } else if (ch === '\\') {
      if (seenNumber) suffix += section[i + 1];
      else prefix += section[i + 1];
      i++;
    } else if (seenNumber) suffix += ch;
    else prefix += ch;
  }
  const v = percent ? value * 100 : value;
  const [intPart, decPart = ''] = numeric.split('.');
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = decPart.length;
  let text = Math.abs(v).toFixed(maxDec);
  if (maxDec > minDec) {
    // Trim optional (#) decimals.
    text = text.replace(/0+$/, (zeros) =>
      zeros.slice(0, Math.max(0, zeros.length - (maxDec - minDec))),
    );
    text = text.replace(/\.$/, minDec === 0 ? '' : '.');
  }
  const [whole, d] = text.split('.');
  let i = whole;
  if (intPart.includes(',')) i = groupThousands(i);
  if (!intPart.includes('0') && i === '0') i = '';
  const sign = v < 0 && Number(text) !== 0 ? '-' : '';
  return `${sign}${prefix}${i}${d !== undefined ? `.${d}` : ''}${suffix}`;
}
