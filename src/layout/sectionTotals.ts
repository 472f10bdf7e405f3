import { MONEY_UNITS } from '../domain/units';
import { colIndex } from '../model/a1';
import type { Finding } from '../model/finding';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber, type CellNumber } from '../validation/cellNumber';
import { makeFinding } from '../validation/findingFactory';
import { figureEn, figureVn, moneyEn, moneyVn } from '../validation/format';
import { judge } from '../validation/judge';
import { hasCapitalSections } from './capitalSections';
import type { LayoutMapping, MappedColumn } from './mapping';
import { byAllCapitals } from './sectionColumns';

/**
 * Her total row's budget figures ("Ngân sách trung ương" of TỔNG CỘNG) against her section headings'
 * figures in the same column: the sections' sum is the only thing that total can be checked against
 * (her Tổng column's total is the plan's TONG, checked with every other total).
 */
export function sectionTotals(snapshot: WorkbookSnapshot, mapping: LayoutMapping, found: Finding[]): Finding[] {
  // A heading already found off its own rows: the figure its rows give may be the one meant.
  const meant = new Map<string, number>();
  for (const f of found)
    if (f.expected !== undefined && f.code !== 'ROUNDING_DIFF') meant.set(`${f.sheet}!${f.cell}`, f.expected);
  const out: Finding[] = [];
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    const total = t.rows.find((r) => r.kind === 'total');
    if (!sheet || !total || !hasCapitalSections(t)) continue;
    const held = (x: MappedColumn) => x.budget || (x.role === 'sum' && x.key === 'TONG') || byAllCapitals(x);
    for (const c of t.columns.filter(held)) {
      // Her Tổng cộng is the sum of every section's; a budget or disbursed column, of the capital sections'.
      const headings = t.rows.filter((r) => r.kind === 'section' && (r.capital || c.role === 'sum'));
      const col = colIndex(c.col);
      const stated = readCellNumber(cellAt(sheet, total.row - 1, col));
      if (stated.state !== 'number') continue;
      const parts = headings.map((h) => readCellNumber(cellAt(sheet, h.row - 1, col)));
      // A heading without a figure, with text, a date or a negative, is said at its own cell: nothing to add up here.
      if (parts.some((p) => p.state !== 'number' || p.value < 0 || p.date)) continue;
      const numbers = parts as Array<Extract<CellNumber, { state: 'number' }>>;
      const sum = numbers.reduce((s, p) => s + p.value, 0);
      const tolerance = stated.halfUnit + numbers.reduce((s, p) => s + p.halfUnit, 0);
      const j = judge(stated.value, sum, tolerance);
      if (j.verdict === 'equal') continue;
      const asMeant = headings.reduce(
        (s, h, i) => s + (meant.get(`${sheet.name}!${c.col}${h.row}`) ?? numbers[i].value),
        0,
      );
      if (judge(stated.value, asMeant, tolerance).verdict === 'equal') continue;
      const code = j.verdict === 'rounding' ? 'ROUNDING_DIFF' : 'SUM_MISMATCH';
      const refs = headings.map((h) => `${c.col}${h.row}`).join('+');
      out.push(
        makeFinding(code, {
          sheet: sheet.name,
          row: total.row - 1,
          col,
          expected: sum,
          actual: stated.value,
          message: `Dòng tổng, cột "${c.header}" ${j.diff > 0 ? 'cao' : 'thấp'} hơn các phần vốn cộng lại (${refs}) ${moneyVn(Math.abs(j.diff), t.unit)} — ghi ${figureVn(stated.value, t.unit)}, cộng ${figureVn(sum, t.unit)} ${MONEY_UNITS[t.unit].label}.`,
          messageEn: `The total row's "${c.header}" is ${moneyEn(Math.abs(j.diff), t.unit)} ${j.diff > 0 ? 'above' : 'below'} its capital sections (${refs}) — shows ${figureEn(stated.value, t.unit)}, the sections add to ${figureEn(sum, t.unit)} ${MONEY_UNITS[t.unit].labelEn}.`,
        }),
      );
    }
  }
  return out;
}
