/**
 * The reference a batched writer is measured against: the same report content written the
 * way a first attempt does it, one cell and one property at a time.
 */
import type { Services } from '../../src/report/gas';
import { inputRule, a1, resolveTabRefs } from '../../src/report/formulas';
import type { SheetSpec } from '../../src/report/spec';

export function writeNaively(svc: Services, specs: SheetSpec[]): void {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const metricsName = `${specs[0].name} (naive)`;
  specs.forEach((spec, index) => {
    const sheet = ss.insertSheet(`${spec.name} (naive)`, index);
    resolveTabRefs(spec.values, metricsName);
    for (let r = 0; r < spec.rows; r++) {
      for (let c = 0; c < spec.cols; c++) {
        const cell = sheet.getRange(r + 1, c + 1, 1, 1);
        const v = spec.values[r][c];
        if (v !== '') cell.setValues([[v]]);
        if (spec.formats[r][c] !== 'General') cell.setNumberFormats([[spec.formats[r][c]]]);
        if (spec.bold[r][c]) cell.setFontWeights([['bold']]);
        if (spec.backgrounds[r][c]) cell.setBackgrounds([[spec.backgrounds[r][c]]]);
        const kind = spec.inputs[r][c];
        if (kind && spec.validate) {
          const rule = svc.SpreadsheetApp.newDataValidation()
            .requireFormulaSatisfied(inputRule(a1(r + 1, c + 1), kind === 'count'))
            .build();
          cell.setDataValidations([[rule]]);
        }
      }
    }
  });
}
