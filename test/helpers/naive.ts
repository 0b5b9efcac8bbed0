/**
 * The reference a batched writer is measured against: the same report content written the
 * way a first attempt does it, one cell and one property at a time (and the same developer
 * metadata, which has no batched form).
 */
import { messages } from '../../src/i18n';
import { columnLetters, inputRule } from '../../src/report/formulas';
import type { Services } from '../../src/report/gas';
import { Layout, tabsOf } from '../../src/report/layout';
import type { TabSpec } from '../../src/report/spec';
import { META_KEY } from '../../src/report/tabstate';

export function writeNaively(svc: Services, specs: TabSpec[]): void {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const entries: Record<string, { layout: Layout; name: string }> = {};
  const tabs = tabsOf(entries);
  const t = messages('en');
  specs.forEach((spec, index) => {
    const name = `${spec.name} (naive)`;
    const sheet = ss.insertSheet(name, index);
    const layout = Layout.canonical(spec.rows, spec.cols);
    entries[spec.key] = { layout, name };
    const rendered = spec.render(layout, tabs);
    for (const [key, cell] of rendered.cells) {
      const [r, c] = key.split(',').map(Number);
      const range = sheet.getRange(r, c, 1, 1);
      if (cell.kind !== 'style' && cell.value !== '')
        range.setValues([[cell.kind === 'text' ? `'${String(cell.value)}` : cell.value]]);
      if (cell.format) range.setNumberFormats([[cell.format]]);
      if (cell.bold) range.setFontWeights([['bold']]);
      if (cell.background) range.setBackgrounds([[cell.background]]);
      if (cell.validate) {
        const rule = svc.SpreadsheetApp.newDataValidation()
          .requireFormulaSatisfied(inputRule(`${columnLetters(c)}${r}`, cell.validate === 'count'))
          .setHelpText(t.report.validationCount)
          .build();
        range.setDataValidations([[rule]]);
      }
    }
    for (const [key, r] of layout.rows)
      sheet.getRange(`${r}:${r}`).addDeveloperMetadata(META_KEY, key, svc.enums.visibilityDocument);
    for (const [key, c] of layout.cols) {
      const letters = columnLetters(c);
      sheet
        .getRange(`${letters}:${letters}`)
        .addDeveloperMetadata(META_KEY, key, svc.enums.visibilityDocument);
    }
  });
}
