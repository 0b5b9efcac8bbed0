/**
 * The sidebar's "Tickets in BigQuery?" section (DESIGN §8): the GoogleSQL of the report's
 * ticket numbers for the period chosen in the form, in the spreadsheet's time zone, with a Copy
 * button and the steps to run it through Sheets' BigQuery data connector (the user's own
 * access: no scope of ours). The text is made here, by the same code as `npm run sql`.
 */
import type { SidebarState } from '../server';
import {
  DEFAULT_TABLES,
  SQL_QUERIES,
  SQL_SOURCES,
  sqlStatement,
  type SqlQuery,
  type SqlSource,
} from '../../warehouse/sql';
import { $, option } from './dom';

export interface WarehouseUi {
  render(state: SidebarState): void;
}

export function setUpWarehouse(
  period: () => { year: number; firstMonth: number },
  copy: (text: string, button: HTMLButtonElement) => void,
): WarehouseUi {
  const query = $<HTMLSelectElement>('sql-query');
  const source = $<HTMLSelectElement>('sql-source');
  const table = $<HTMLInputElement>('sql-table');
  const target = $<HTMLInputElement>('sql-target');
  const targetField = $<HTMLDivElement>('sql-target-field');
  const sql = $<HTMLTextAreaElement>('sql');
  const error = $<HTMLDivElement>('sql-error');
  const copyButton = $<HTMLButtonElement>('sql-copy');
  let state: SidebarState | null = null;

  function update(): void {
    if (!state) return;
    const { year, firstMonth } = period();
    const chosen = source.value as SqlSource;
    table.placeholder = DEFAULT_TABLES[chosen];
    const team = query.value === 'team';
    targetField.hidden = !team;
    const hours = Number(target.value.trim() || NaN);
    try {
      sql.value = sqlStatement({
        query: query.value as SqlQuery,
        source: chosen,
        table: table.value.trim() || undefined,
        year,
        firstMonth,
        timeZone: state.import.timeZone,
        businessHours: !!state.options.businessHours,
        ...(team ? { targetHours: hours } : {}),
      });
      error.hidden = true;
      copyButton.disabled = false;
    } catch (e) {
      // A table name that is not dataset.table or a target that is no number of hours (the
      // options typed here), or no year yet.
      sql.value = '';
      error.textContent = /--target-hours/.test(String(e))
        ? state.warehouse.badTarget
        : state.warehouse.badTable;
      error.hidden = false;
      copyButton.disabled = true;
    }
  }

  for (const el of [query, source]) el.addEventListener('change', update);
  for (const el of [table, target]) el.addEventListener('input', update);
  copyButton.addEventListener('click', () => sql.value && copy(sql.value, copyButton));

  return {
    render(s: SidebarState): void {
      state = s;
      const w = s.warehouse;
      document.querySelectorAll<HTMLElement>('[data-w]').forEach((el) => {
        const text =
          w[
            el.dataset.w as 'heading' | 'intro' | 'query' | 'source' | 'table' | 'target' | 'steps'
          ];
        if (typeof text === 'string') el.textContent = text;
      });
      const q = query.value || 'monthly';
      query.replaceChildren(...SQL_QUERIES.map((id) => option(id, w.queries[id])));
      query.value = q;
      const src = source.value || 'tickets';
      source.replaceChildren(...SQL_SOURCES.map((id) => option(id, w.sources[id])));
      source.value = src;
      update();
    },
  };
}
