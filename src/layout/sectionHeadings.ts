import { MONEY_UNITS } from '../domain/units';
import type { Finding } from '../model/finding';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { makeFinding } from '../validation/findingFactory';
import { figureEn, figureVn, moneyEn, moneyVn } from '../validation/format';
import { judge } from '../validation/judge';
import { colIndex } from './layoutModel';
import type { LayoutMapping, MappedRow, TableMapping } from './mapping';
import { topLines } from './sectionLines';

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
        const name = {
          vi: `Dòng đầu phần vốn ${cap}, cột "${c.header}"`,
          en: `The ${cap} section heading's "${c.header}"`,
        };
        const under = { vi: 'các dòng của phần', en: 'the rows of its section' };
        out.push(
          overFinding(sheet.name, t, { row: heading, col, name, lines: under, refs, stated: stated.value, sum, j }),
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
  for (const s of out) s.lines = topLines(s.lines);
  return out;
}

/** A figure of hers over rows in her column against what they add to, said at it. */
export function overFinding(
  sheet: string,
  t: TableMapping,
  o: {
    row: MappedRow;
    col: number;
    name: { vi: string; en: string };
    lines: { vi: string; en: string };
    refs: string;
    stated: number;
    sum: number;
    j: ReturnType<typeof judge>;
  },
): Finding {
  const u = MONEY_UNITS[t.unit];
  const off = { vi: moneyVn(Math.abs(o.j.diff), t.unit), en: moneyEn(Math.abs(o.j.diff), t.unit) };
  return makeFinding(o.j.verdict === 'rounding' ? 'ROUNDING_DIFF' : 'SUM_MISMATCH', {
    sheet,
    row: o.row.row - 1,
    col: o.col,
    ...(o.row.lineCode ? { lineCode: o.row.lineCode } : {}),
    expected: o.sum,
    actual: o.stated,
    message: `${o.name.vi} ${o.j.diff > 0 ? 'cao' : 'thấp'} hơn ${o.lines.vi} (${o.refs}) ${off.vi} — ghi ${figureVn(o.stated, t.unit)}, cộng ${figureVn(o.sum, t.unit)} ${u.label}.`,
    messageEn: `${o.name.en} is ${off.en} ${o.j.diff > 0 ? 'above' : 'below'} ${o.lines.en} (${o.refs}) — shows ${figureEn(o.stated, t.unit)}, they add to ${figureEn(o.sum, t.unit)} ${u.labelEn}.`,
  });
}
