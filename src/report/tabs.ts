/** Adding and naming tabs without ever taking a name a tab of the user's already has. */
import type { Sheet, Spreadsheet } from './gas';

/**
 * Inserts a sheet under the wanted name, or "name (2)", "name (3)"… when the user already
 * has a tab of that name (never overwritten). Trying costs no extra call in the usual case.
 */
export function insertFree(
  ss: Spreadsheet,
  wanted: string,
  index: number,
): { sheet: Sheet; name: string } {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    try {
      return { sheet: ss.insertSheet(name, index), name };
    } catch (e) {
      if (n > 50 || !/already exists/i.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
}

/** Renames a tab to the wanted name, or "name (2)"… when another tab has it. */
export function renameFree(sheet: Sheet, wanted: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted} (${n})`;
    try {
      sheet.setName(name);
      return name;
    } catch (e) {
      if (n > 50 || !/already exists/i.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
}
