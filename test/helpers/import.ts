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
import { call, type Context } from './bundle';

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
