/**
 * Everything a spreadsheet in the emulator holds, as plain data: tabs (names, ids, order),
 * every cell (value, formula, format, weight, background, validation, wrap), rules,
 * protections, charts, developer metadata, frozen panes and widths, and the document
 * properties. Two snapshots are equal when a person could see no difference.
 */
import type { Emulator, FakeSheet } from '../emulator/emulator';

function sheetSnapshot(s: FakeSheet) {
  const cells: Record<string, unknown> = {};
  for (const [r, row] of s.cells) {
    for (const [c, cell] of row) {
      const formula = s._formula(r, c);
      const entry = {
        v: formula ? undefined : cell.value instanceof Date ? cell.value.getTime() : cell.value,
        f: formula || undefined,
        n: cell.format && cell.format !== 'General' ? cell.format : undefined,
        w: cell.weight && cell.weight !== 'normal' ? cell.weight : undefined,
        b: cell.background && cell.background !== '#ffffff' ? cell.background : undefined,
        dv: cell.validation ? `${cell.validation.formula}|${cell.validation.helpText}` : undefined,
        wr: cell.wrap || undefined,
      };
      if (Object.values(entry).some((x) => x !== undefined && x !== '')) cells[`${r},${c}`] = entry;
    }
  }
  return {
    name: s.name,
    id: s.id,
    hidden: s.hidden,
    size: [s.maxRows, s.maxCols],
    frozen: [s.frozenRows, s.frozenColumns],
    widths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
    hiddenColumns: [...s.hiddenColumns].sort(),
    cells,
    rules: s.conditionalRules.map((r) => [r.formula, r.background, r.fontColor, r.blocks]),
    protections: s.protections.map((p) => [p.block, p.description, p.warningOnly]),
    charts: s.charts.map((c) => [c.id, c.blocks, c.options, c.position]),
  };
}

export function snapshot(emu: Emulator) {
  const ss = emu.spreadsheet;
  return {
    sheets: ss.sheets.map(sheetSnapshot),
    metadata: ss.metadata.map((m) => [m.sheet?.id, m.key, m.value, m.type, m.start, m.end]),
    properties: [...emu.properties.store].sort(),
  };
}
