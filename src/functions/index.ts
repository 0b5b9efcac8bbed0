/**
 * The custom functions, as typed in cells, one module per family. Each is a thin shell:
 * arguments are coerced by src/sheets, the math is in src/metrics. The JSDoc of each
 * exported function becomes the top-level stub's JSDoc in dist/Code.js (Sheets'
 * autocomplete); its first line is the catalogue summary and its @param names are the
 * catalogue's (checked by test/unit/catalogue.test.ts).
 */
export * from './survey';
export * from './retention';
export * from './time';
export * from './tickets';
