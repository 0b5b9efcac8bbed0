/** Drives the offline emulator as a person would (npm run build first): npx tsx scripts/try-emulator.ts */
import { createEmulator } from '../test/emulator/emulator';
import { call, loadBundle } from '../test/helpers/bundle';
import { cellAt, locate } from '../test/helpers/report';

export function tryEmulator(): { nps: unknown; tab: string; calls: number } {
  const emu = createEmulator({ locale: 'en_US', timeZone: 'Europe/Ljubljana' });
  const ctx = loadBundle(emu.globals); // dist/Code.js in node:vm, as Apps Script loads it
  const options = { year: 2026, firstMonth: 1, language: 'en', currency: '€' };
  call(ctx, 'generateFromSidebar', options); // the sidebar's button

  // The user's side: raw emulator objects, Apps Script's methods, not counted.
  const sheet = emu.spreadsheet.sheet('Monthly metrics');
  const at = locate(sheet); // the add-on's rows and columns, by their developer metadata
  sheet.insertRowsAfter(at.row('i.detractors'), 1);
  sheet.getRange(at.row('i.detractors') + 1, 1, 1, 1).setValues([['Surveys sent by SMS']]);
  for (const [key, n] of [
    ['i.promoters', 70],
    ['i.passives', 20],
    ['i.detractors', 10],
  ] as const)
    cellAt(sheet, key, '2026-01').setValues([[n]]);

  emu.log.reset();
  call(ctx, 'generateFromSidebar', { ...options, language: 'sl' }); // update in place
  return {
    nps: cellAt(sheet, 'm.nps', '2026-01').getValues()[0][0], // 60
    tab: sheet.getName(), // 'Mesečni kazalniki': same sheet, relabelled
    calls: emu.log.total(), // service calls of the update
  };
}

if (require.main === module) console.log(tryEmulator());
