/** The sidebar's import, run in Node against the built bundle in the emulator (as the demo does). */
import {
  partsOf,
  prepare,
  rowsOf,
  sendParts,
  type Mapping,
  type Normalized,
  type PartRequest,
} from '../../src/tickets';
import type { ImportReply } from '../../src/ui/server';
import { createEmulator, type Emulator } from '../emulator/emulator';
import { call, loadBundle, type Context } from './bundle';
import { exportOf, type TruthTicket } from './exports';
import { OPTIONS } from './report';

export interface ImportRun {
  reply: ImportReply | null;
  normalized: Normalized;
  parts: number;
}

export async function importFile(
  ctx: Context,
  file: string | Uint8Array,
  o: {
    zone: string;
    exportZone?: string;
    dayFirst?: boolean;
    mapping?: Mapping;
    partBytes?: number;
    language?: string;
    businessHours?: boolean;
    cancelAfter?: number;
    keepAgentNames?: boolean;
    keepExcluded?: boolean;
  },
): Promise<ImportRun> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const prepared = prepare(bytes);
  const normalized = rowsOf(prepared, o.mapping ?? prepared.mapping, {
    sheetZone: o.zone,
    exportZone: o.exportZone,
    dayFirst: o.dayFirst ?? true,
    keepAgentNames: o.keepAgentNames,
    keepExcluded: o.keepExcluded,
  });
  const parts = partsOf(normalized.rows, o.partBytes);
  let sent = 0;
  const reply = await sendParts(
    parts,
    (request: PartRequest) =>
      call(ctx, 'importTickets', {
        ...request,
        language: o.language ?? 'en',
        businessHours: o.businessHours,
        desk: prepared.desk ?? null,
      }) as ImportReply,
    () => sent++,
    () => o.cancelAfter !== undefined && sent >= o.cancelAfter,
  );
  return { reply, normalized, parts: parts.length };
}

/**
 * A new workbook in `zone` with the report generated (OPTIONS) and then `tickets` imported
 * from a Zendesk export, as a lead first uses the add-on.
 */
export async function zendeskWorkbook(
  tickets: TruthTicket[],
  zone: string,
  o: { keepAgentNames?: boolean } = {},
): Promise<{ emu: Emulator; ctx: Context; run: ImportRun }> {
  const emu = createEmulator({ locale: 'en_US', timeZone: zone });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  const run = await importFile(ctx, exportOf('zendesk', tickets, zone), { zone, ...o });
  return { emu, ctx, run };
}
