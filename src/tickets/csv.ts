/**
 * A file's bytes to rows of text: the encoding from its byte-order mark (UTF-8, UTF-16 LE/BE,
 * or UTF-16 without one, as "Unicode text" exports from Excel are; Windows-1252 when the
 * bytes are not valid UTF-8), then papaparse with the
 * delimiter detected among `,` `;` and tab. Binary files and PDFs are refused.
 */
import Papa from 'papaparse';

export class ImportFileError extends Error {
  constructor(
    readonly reason:
      | 'empty'
      | 'headersOnly'
      | 'binary'
      | 'pdf'
      | 'noId'
      | 'noCreated'
      | 'noDates'
      | 'summary'
      | 'summaryExplore'
      | 'tooLarge'
      | 'unreadable',
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'ImportFileError';
  }
}

/**
 * The text of a file, decoded by its byte-order mark; without one UTF-16 is told by its zero
 * bytes, and UTF-8 from Windows-1252 by whether the bytes are valid UTF-8.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportFileError('empty');
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    throw new ImportFileError('pdf');
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else {
    // UTF-16 without a mark: text of ASCII letters has every other byte 0.
    const n = Math.min(bytes.length, 4000);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2) oddZeros++;
      else evenZeros++;
    }
    if (oddZeros > n / 4 && evenZeros < n / 50) encoding = 'utf-16le';
    else if (evenZeros > n / 4 && oddZeros < n / 50) encoding = 'utf-16be';
  }
  const body = bytes.subarray(start);
  let text: string;
  if (encoding !== 'utf-8') text = new TextDecoder(encoding).decode(body);
  else {
    // Bytes that are not UTF-8 are Windows-1252: what Excel writes on a western European
    // Windows ("CSV (Comma delimited)"), and what older systems export (ISO-8859-1 is its subset).
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  const sample = text.slice(0, 20000);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  if (odd > sample.length / 100) throw new ImportFileError('binary');
  return text;
}

/** Rows of text cells; blank lines dropped. The delimiter is detected among , ; and tab. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const rows = result.data;
  if (rows.length === 0) throw new ImportFileError('empty');
  if (rows.length === 1) throw new ImportFileError('headersOnly');
  return rows;
}
