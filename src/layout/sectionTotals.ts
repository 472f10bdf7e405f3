import { MONEY_UNITS } from '../domain/units';
import { colIndex } from '../model/a1';
import type { Finding } from '../model/finding';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber, type CellNumber } from '../validation/cellNumber';
import { makeFinding } from '../validation/findingFactory';
import { figureEn, figureVn } from '../validation/format';
import { judge } from '../validation/judge';
import { hasCapitalSections } from './capitalSections';
import { overFinding } from './sectionHeadings';
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
      const refs = headings.map((h) => `${c.col}${h.row}`).join('+');
      out.push(
        overFinding(sheet.name, t, {
          row: total,
          col,
          name: { vi: `Dòng tổng, cột "${c.header}"`, en: `The total row's "${c.header}"` },
          lines: { vi: 'các phần vốn cộng lại', en: 'its capital sections' },
          refs,
          stated: stated.value,
          sum,
          j,
        }),
      );
    }
  }
  return out;
}

/**
 * A row of her section of another source ("C. Vốn lồng ghép") is read by its Tổng cộng alone: a figure
 * in one of her budget or capital columns there is in no total. Said at the cell, not skipped.
 */
export function sourceSectionStrays(snapshot: WorkbookSnapshot, mapping: LayoutMapping): Finding[] {
  const out: Finding[] = [];
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const capitalCols = t.columns.filter((c) => c.budget || (c.role === 'amount' && /^(DTPT|SN)_/.test(c.key ?? '')));
    for (const r of t.rows) {
      if (!r.source) continue;
      for (const c of capitalCols) {
        const n = readCellNumber(cellAt(sheet, r.row - 1, colIndex(c.col)));
        if (n.state !== 'number' || n.value === 0) continue;
        out.push(
          makeFinding('NOT_IN_ANY_TOTAL', {
            sheet: sheet.name,
            row: r.row - 1,
            col: colIndex(c.col),
            severity: 'warning',
            message: `Dòng "${r.text || r.stt}" thuộc phần nguồn vốn khác (chỉ đọc cột Tổng cộng) nhưng có số ở cột "${c.header}": số này không được cộng vào tổng nào — ${figureVn(n.value, t.unit)} ${MONEY_UNITS[t.unit].label}. Chuyển số lên phần vốn ĐTPT/SN của dự án hoặc xóa số.`,
            messageEn: `Row "${r.text || r.stt}" is in a section of another source (read by its Tổng cộng alone) but holds a figure in "${c.header}": it is in no total — ${figureEn(n.value, t.unit)} ${MONEY_UNITS[t.unit].labelEn}. Move it to the project's ĐTPT/SN section or remove it.`,
          }),
        );
      }
    }
  }
  return out;
}
