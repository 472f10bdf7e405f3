import { MONEY_UNITS } from '../domain/units';
import { a1 } from '../model/a1';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { figureVn } from '../validation/format';
import { colIndex } from './layoutModel';
import type { LayoutMapping } from './mapping';

/**
 * Her rows holding money that map to no line of the catalog (validate says NOT_IN_ANY_TOTAL there):
 * a conversion cannot carry them, so it says so, at her first figure of the row, instead of leaving
 * the money out without a word.
 */
export function unplacedRows(snapshot: WorkbookSnapshot, mapping: LayoutMapping): Array<{ cell: string; why: string }> {
  const out: Array<{ cell: string; why: string }> = [];
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const money = t.columns.filter((c) => c.role === 'amount' || c.role === 'sum').map((c) => colIndex(c.col));
    for (const r of t.rows) {
      if (r.kind !== 'unmapped') continue;
      const at = money.find((c) => {
        const n = readCellNumber(cellAt(sheet, r.row - 1, c));
        return n.state === 'number' && n.value !== 0;
      });
      if (at === undefined) continue;
      const n = readCellNumber(cellAt(sheet, r.row - 1, at));
      const figure = n.state === 'number' ? `${figureVn(n.value, t.unit)} ${MONEY_UNITS[t.unit].label}` : '';
      out.push({
        cell: `${sheet.name}!${a1(r.row - 1, at)}`,
        why: `dòng "${r.text || r.stt}" (${figure}) không gắn với dòng nào của danh mục: sửa tên dòng hoặc ánh xạ rồi chuyển lại / the row maps to no catalog line: correct its label or the mapping and convert again`,
      });
    }
  }
  return out;
}
