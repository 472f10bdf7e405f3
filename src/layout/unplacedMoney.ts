import { MONEY_UNITS } from '../domain/units';
import { a1 } from '../model/a1';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { figureVn } from '../validation/format';
import { colIndex } from './layoutModel';
import type { LayoutMapping } from './mapping';

/**
 * Her money the mapping places nowhere (validate says NOT_IN_ANY_TOTAL there): a column with money
 * that maps to no funding source, a row with money that maps to no catalog line. A conversion cannot
 * carry it, so it says so, at her first such figure, instead of leaving the money out without a word.
 */
export function unplacedMoney(
  snapshot: WorkbookSnapshot,
  mapping: LayoutMapping,
): Array<{ cell: string; why: string }> {
  const out: Array<{ cell: string; why: string }> = [];
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    /** Her figure in a cell, when it is money (a number other than 0). */
    const moneyAt = (row: number, col: number): number | null => {
      const n = readCellNumber(cellAt(sheet, row, col));
      return n.state === 'number' && n.value !== 0 ? n.value : null;
    };
    const hasMoney = (row: number, col: number) => moneyAt(row, col) !== null;
    const placed = t.rows.filter((r) => r.kind !== 'unmapped');
    // Disbursed figures, rates and carried-over funds are not plan money: listed as not mapped, with why.
    for (const c of t.columns.filter((x) => x.role === 'ignored' && !x.kind)) {
      const col = colIndex(c.col);
      const r = placed.find((x) => hasMoney(x.row - 1, col));
      if (r)
        out.push({
          cell: `${sheet.name}!${a1(r.row - 1, col)}`,
          why: `cột "${c.header || c.col}" có số tiền nhưng chưa gắn với nguồn vốn nào: chọn nguồn vốn của cột rồi chuyển lại / the column maps to no funding source: choose its source and convert again`,
        });
    }
    // A source's column first, as validate names the row (her own sums after).
    const money = [
      ...t.columns.filter((c) => c.key && (c.role === 'amount' || c.role === 'sum')),
      ...t.columns.filter((c) => !c.key && (c.role === 'amount' || c.role === 'sum')),
    ].map((c) => colIndex(c.col));
    for (const r of t.rows) {
      if (r.kind !== 'unmapped') continue;
      const at = money.find((c) => hasMoney(r.row - 1, c));
      if (at === undefined) continue;
      const figure = `${figureVn(moneyAt(r.row - 1, at)!, t.unit)} ${MONEY_UNITS[t.unit].label}`;
      out.push({
        cell: `${sheet.name}!${a1(r.row - 1, at)}`,
        why: `dòng "${r.text || r.stt}" (${figure}) không gắn với dòng nào của danh mục: sửa tên dòng hoặc ánh xạ rồi chuyển lại / the row maps to no catalog line: correct its label or the mapping and convert again`,
      });
    }
  }
  return out;
}
