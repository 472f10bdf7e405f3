import { parentCode } from '../domain/lines';
import { MONEY_UNITS } from '../domain/units';
import type { Finding } from '../model/finding';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { makeFinding } from '../validation/findingFactory';
import { figureEn, figureVn, moneyEn, moneyVn } from '../validation/format';
import { judge } from '../validation/judge';
import { colIndex } from './layoutModel';
import type { LayoutMapping, MappedRow } from './mapping';

/**
 * Her section headings in a table whose columns are already by capital type ("A. Vốn đầu tư phát
 * triển" over "Vốn ĐTPT › NSTW | NSĐP | Vốn SN › NSTW | NSĐP"), when she has a TỔNG CỘNG row of her
 * own (that row is the plan's total, checked against the lines; without it the headings are): each
 * heading's figure in a column of its capital type against the lines of its section.
 */
export function sectionHeadings(snapshot: WorkbookSnapshot, mapping: LayoutMapping, found: Finding[]): Finding[] {
  // A line's figure already found a slip (typed in nghìn, mistyped): its sum is judged with the figure meant.
  const meant = new Map<string, number>();
  for (const f of found)
    if (f.expected !== undefined && (f.code === 'UNIT_SUSPECT' || f.code === 'SUM_MISMATCH'))
      meant.set(`${f.sheet}!${f.cell}`, f.expected);
  const out: Finding[] = [];
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    if (!sheet || t.columns.some((c) => c.budget) || !t.rows.some((r) => r.kind === 'total')) continue;
    const sections = sectionsOf(t.rows);
    for (const { heading, lines } of sections) {
      // A section of another source ("C. Vốn lồng ghép") has no column of a capital type.
      if (!heading.capital) continue;
      const cap = heading.capital;
      for (const c of t.columns.filter((x) => x.role === 'amount' && x.key?.startsWith(`${cap}_`))) {
        const col = colIndex(c.col);
        const stated = readCellNumber(cellAt(sheet, heading.row - 1, col));
        if (stated.state !== 'number') continue;
        const parts = lines.map((l) => readCellNumber(cellAt(sheet, l.row - 1, col)));
        // A line's text, date or negative is said at its own cell (the figure meant unknown): nothing to add up here.
        if (
          parts.some(
            (p) => (p.state !== 'number' && p.state !== 'blank') || (p.state === 'number' && (p.value < 0 || p.date)),
          )
        )
          continue;
        let sum = 0;
        let tolerance = stated.halfUnit;
        parts.forEach((p, i) => {
          if (p.state !== 'number') return;
          sum += meant.get(`${sheet.name}!${c.col}${lines[i].row}`) ?? p.value;
          tolerance += p.halfUnit;
        });
        const j = judge(stated.value, sum, tolerance);
        if (j.verdict === 'equal') continue;
        const refs = lines.map((l) => `${c.col}${l.row}`).join('+');
        const u = MONEY_UNITS[t.unit];
        out.push(
          makeFinding(j.verdict === 'rounding' ? 'ROUNDING_DIFF' : 'SUM_MISMATCH', {
            sheet: sheet.name,
            row: heading.row - 1,
            col,
            expected: sum,
            actual: stated.value,
            message: `Dòng đầu phần vốn ${cap}, cột "${c.header}" ${j.diff > 0 ? 'cao' : 'thấp'} hơn các dòng của phần (${refs}) ${moneyVn(Math.abs(j.diff), t.unit)} — ghi ${figureVn(stated.value, t.unit)}, cộng ${figureVn(sum, t.unit)} ${u.label}.`,
            messageEn: `The ${cap} section heading's "${c.header}" is ${moneyEn(Math.abs(j.diff), t.unit)} ${j.diff > 0 ? 'above' : 'below'} the rows of its section (${refs}) — shows ${figureEn(stated.value, t.unit)}, they add to ${figureEn(sum, t.unit)} ${u.labelEn}.`,
          }),
        );
      }
    }
  }
  return out;
}

/** Each heading with the top lines of its section (a line whose line above is in the section is under it). */
function sectionsOf(rows: MappedRow[]): Array<{ heading: MappedRow; lines: MappedRow[] }> {
  const out: Array<{ heading: MappedRow; lines: MappedRow[] }> = [];
  for (const r of rows) {
    if (r.kind === 'section') out.push({ heading: r, lines: [] });
    else if (r.kind === 'line' && r.lineCode && out.length) out[out.length - 1].lines.push(r);
  }
  for (const s of out) {
    const codes = new Set(s.lines.map((l) => l.lineCode));
    s.lines = s.lines.filter((l) => {
      for (let p = parentCode(l.lineCode!); p; p = parentCode(p)) if (codes.has(p)) return false;
      return true;
    });
  }
  return out;
}
