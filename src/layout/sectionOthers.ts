import { colIndex } from '../model/a1';
import type { Finding } from '../model/finding';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { judge, unitFactor } from '../validation/judge';
import type { Capital, LayoutMapping, MappedColumn, MappedRow, TableMapping } from './mapping';
import { hasCapitalSections } from './capitalSections';
import { mistypedFigure } from './mistypedFigure';
import { otherSourceColumn } from './sectionColumns';
import { overFinding } from './sectionHeadings';
import { CAPITAL_SHORT } from './sectionHerCells';
import { rowsUnder, sectionRows, topLines } from './sectionLines';

/**
 * Her other sources (a "Vốn lồng ghép" column beside NSTW | NSĐP) in a table of capital sections: the
 * checks of the folded table see each line's figure as its sections' together, so what only her
 * sections say is checked here, on her sheet. A heading's figure against the lines of its section;
 * and a figure typed wrong on a line, which her row's Tổng and the figure above it in the column
 * (its section's heading, else her total row) both miss by the same amount: that cell is the one
 * finding, and the sums' own findings, which it explains, are dropped.
 */
export function sectionOthers(snapshot: WorkbookSnapshot, mapping: LayoutMapping, found: Finding[]): Finding[] {
  let findings = found;
  for (const t of mapping.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
    const others = t.columns.filter(otherSourceColumn);
    // Only a table in sections (another table of the workbook may be a plain one, without a total row).
    if (!sheet || !others.length || !hasCapitalSections(t)) continue;
    for (const c of others)
      findings = dropTextEchoes(sheet, t, c, checkColumn(sheet, t, c, bySection(sheet, t, c, findings)));
  }
  return findings;
}

const blankAt = (sheet: SheetSnapshot, row: number, col: number) =>
  readCellNumber(cellAt(sheet, row - 1, col)).state === 'blank';

/** The figure in a cell of her sheet when it is a plain number (blank: 0), else null. */
function figure(sheet: SheetSnapshot, row: number, col: number): { value: number; half: number } | null {
  const n = readCellNumber(cellAt(sheet, row - 1, col));
  if (n.state === 'blank') return { value: 0, half: 0 };
  return n.state === 'number' && !n.date ? { value: n.value, half: n.halfUnit } : null;
}

/** A figure of her column over the rows right under it in its section: a heading, or a line's row. */
interface Over {
  row: MappedRow;
  under: MappedRow[];
  stated: number;
  sum: number;
  tolerance: number;
}

/** Her figure in `col` on `row` over the rows right under it (null: nothing to hold, see below). */
function overOf(sheet: SheetSnapshot, col: number, row: MappedRow, under: MappedRow[]): Over | null {
  const stated = readCellNumber(cellAt(sheet, row.row - 1, col));
  const parts = under.map((u) => figure(sheet, u.row, col));
  // No figure here, or a row's text or date under it (said at its own cell): nothing to hold.
  if (!under.length || stated.state !== 'number' || parts.some((p) => !p)) return null;
  // Nothing typed under it: a figure given at this level (a section's lồng ghép not split by line).
  if (under.every((u) => blankAt(sheet, u.row, col))) return null;
  return {
    row,
    under,
    stated: stated.value,
    sum: parts.reduce((s, p) => s + p!.value, 0),
    tolerance: stated.halfUnit + parts.reduce((s, p) => s + p!.half, 0),
  };
}

/** Her Tổng column that adds up `c` on each row, if she has one. */
const rowTotalColumn = (t: TableMapping, c: MappedColumn) =>
  t.columns.find((x) => x.role === 'sum' && x.key === 'TONG' && x.sumOf?.includes(c.col));

/** The row holding the plan's total: her total row, else her first heading. */
const planTotalRow = (t: TableMapping) =>
  (t.rows.find((r) => r.kind === 'total') ?? t.rows.find((r) => r.kind === 'section'))!.row;

function checkColumn(sheet: SheetSnapshot, t: TableMapping, c: MappedColumn, found: Finding[]): Finding[] {
  const col = colIndex(c.col);
  const sum = rowTotalColumn(t, c);
  const totalRow = planTotalRow(t);
  /** Her row's parts against her Tổng of the row: parts minus Tổng (null: no Tổng, or a cell not a number). */
  const rowMiss = (row: number): { miss: number; half: number } | null => {
    if (!sum) return null;
    if (readCellNumber(cellAt(sheet, row - 1, colIndex(sum.col))).state !== 'number') return null;
    const stated = figure(sheet, row, colIndex(sum.col))!;
    let parts = 0;
    let half = stated.half;
    for (const p of sum.sumOf!) {
      const n = figure(sheet, row, colIndex(p));
      if (!n) return null;
      parts += n.value;
      half += n.half;
    }
    return { miss: parts - stated.value, half };
  };
  const inSections = sectionRows(t);
  const drop = new Set<string>();
  const slips = new Map<string, Finding>();
  const out: Finding[] = [];
  const seen = new Set<Capital>();
  for (const heading of t.rows.filter((r) => r.kind === 'section' && r.capital)) {
    const cap = heading.capital!;
    if (seen.has(cap)) continue;
    seen.add(cap);
    const lines = inSections.filter((r) => r.capital === cap);
    const overs = [
      overOf(sheet, col, heading, topLines(lines.filter((r) => r.kind === 'line'))),
      ...lines.filter((r) => r.kind === 'line').map((r) => overOf(sheet, col, r, topLines(rowsUnder(inSections, r)))),
    ];
    for (const o of overs) {
      if (!o) continue;
      const excess = o.sum - o.stated;
      if (judge(o.stated, o.sum, o.tolerance).verdict === 'equal') continue;
      const near = (m: { miss: number; half: number } | null, want: number) =>
        m !== null && Math.abs(m.miss) > o.tolerance && Math.abs(m.miss - want) <= o.tolerance + m.half;
      const refs = o.under.map((u) => `${c.col}${u.row}`).join('+');
      const overRef = `${c.col}${o.row.row}`;
      const overName = o.row === heading ? `dòng phần vốn ${CAPITAL_SHORT[cap].vi}` : 'dòng trên';
      const overNameEn = o.row === heading ? `the ${CAPITAL_SHORT[cap].en} section's line` : 'the line above';
      // Its own figure typed wrong (its row's Tổng misses it the other way), or a row's under it.
      const own = near(rowMiss(o.row.row), -excess);
      const slipAt = own
        ? o.row
        : o.under.find((u) => near(rowMiss(u.row), excess) && figure(sheet, u.row, col)!.value - excess >= 0);
      if (slipAt) {
        const cell = `${c.col}${slipAt.row}`;
        const rowSum = `${sum!.col}${slipAt.row}`;
        const typed = figure(sheet, slipAt.row, col)!.value;
        const where = own
          ? {
              vi: `Tổng của dòng (${rowSum}) và các dòng dưới (${refs})`,
              en: `Its row's total (${rowSum}) and the rows under it (${refs})`,
            }
          : {
              vi: `Tổng của dòng (${rowSum}) và ${overName} (${overRef})`,
              en: `Its row's total (${rowSum}) and ${overNameEn} (${overRef})`,
            };
        const meant = own ? typed + excess : typed - excess;
        // Typed in a unit 1,000 times smaller: said as one (as rowUnitSlips says it on a budget column).
        const factor = unitFactor(typed, meant, 0);
        if (!slips.has(cell))
          slips.set(
            cell,
            mistypedFigure(
              {
                sheet: sheet.name,
                row: slipAt.row - 1,
                col,
                lineCode: slipAt.lineCode,
                typed,
                meant,
                sums: where,
                what: { vi: `"${c.header}"`, en: `"${c.header}"` },
                factor: factor && factor > 1 ? factor : undefined,
              },
              t.unit,
            ),
          );
        // The sums it explains: her Tổng of its row, the figure over it, the plan's total (her total row, else her first heading).
        for (const d of [rowSum, cell, overRef, `${c.col}${totalRow}`]) drop.add(d);
        continue;
      }
      if (o.row !== heading) continue; // a line's: the folded checks said it (judged by section above)
      const j = judge(o.stated, o.sum, o.tolerance);
      const name = {
        vi: `Phần vốn ${CAPITAL_SHORT[cap].vi}, cột "${c.header}"`,
        en: `The ${CAPITAL_SHORT[cap].en} section's "${c.header}"`,
      };
      const lines = { vi: 'các dòng trong phần', en: 'its lines' };
      out.push(overFinding(sheet.name, t, { row: heading, col, name, lines, refs, stated: o.stated, sum: o.sum, j }));
      // Her row's Tổng of the heading, when it misses by as much, is the same slip seen once more.
      const m = rowMiss(heading.row);
      if (sum && m && Math.abs(Math.abs(m.miss) - Math.abs(excess)) <= o.tolerance + m.half)
        drop.add(`${sum.col}${heading.row}`);
    }
  }
  const kept = found.filter((f) => f.sheet !== sheet.name || f.code !== 'SUM_MISMATCH' || !drop.has(f.cell));
  return [...kept, ...slips.values(), ...out];
}

/**
 * A line's figure typed as text in one section ("40 tr"), said at her cell: the checks of the folded
 * table then see neither of the line's figures in this column, so her row's Tổng misses the text and
 * her total row the line's figures. Those sums are its echoes, dropped when they miss by just that.
 */
function dropTextEchoes(sheet: SheetSnapshot, t: TableMapping, c: MappedColumn, found: Finding[]): Finding[] {
  const sum = rowTotalColumn(t, c);
  const totalRow = planTotalRow(t);
  const col = colIndex(c.col);
  const echoes: Array<{ cell: string; misses: number[] }> = [];
  for (const f of found) {
    if (f.sheet !== sheet.name || (f.code !== 'NUMBER_WITH_UNIT' && f.code !== 'NUMBER_AS_TEXT')) continue;
    const line = t.rows.find((r) => r.kind === 'line' && r.capital && `${c.col}${r.row}` === f.cell);
    if (!line || f.actual === undefined) continue;
    let partner = 0;
    for (const r of t.rows)
      if (r !== line && r.kind === 'line' && r.lineCode === line.lineCode)
        partner += figure(sheet, r.row, col)?.value ?? 0;
    if (sum) echoes.push({ cell: `${sum.col}${line.row}`, misses: [f.actual] });
    echoes.push({ cell: `${c.col}${totalRow}`, misses: [partner, partner + f.actual] });
  }
  if (!echoes.length) return found;
  return found.filter((f) => {
    if (f.sheet !== sheet.name || f.code !== 'SUM_MISMATCH' || f.actual === undefined || f.expected === undefined)
      return true;
    const diff = Math.abs(f.actual - f.expected);
    return !echoes.some(
      (e) => e.cell === f.cell && e.misses.some((m) => Math.abs(diff - Math.abs(m)) <= 1e-6 * Math.max(1, diff)),
    );
  });
}

/**
 * A line listed in both sections, with rows under it in one of them ("Tiểu dự án 1", "- Xã A"): the
 * folded checks hold the line's figure, both sections together, against the rows under it, which are
 * one section's. Such a finding at the line is judged again section by section: each of its rows
 * against the rows under it in its section (a row with none under it is a figure of its own).
 */
function bySection(sheet: SheetSnapshot, t: TableMapping, c: MappedColumn, found: Finding[]): Finding[] {
  const col = colIndex(c.col);
  const inSections = sectionRows(t);
  const rowsOf = (code: string) => inSections.filter((r) => r.kind === 'line' && r.lineCode === code);
  const out: Finding[] = [];
  for (const f of found) {
    const line =
      f.sheet === sheet.name && f.code === 'SUM_MISMATCH'
        ? inSections.find((r) => `${c.col}${r.row}` === f.cell)
        : undefined;
    const rows = line?.kind === 'line' ? rowsOf(line.lineCode!) : [];
    if (rows.length < 2) {
      out.push(f);
      continue;
    }
    for (const r of rows) {
      const o = overOf(sheet, col, r, topLines(rowsUnder(inSections, r)));
      if (!o) continue;
      const j = judge(o.stated, o.sum, o.tolerance);
      if (j.verdict === 'equal') continue;
      const refs = o.under.map((u) => `${c.col}${u.row}`).join('+');
      const name = {
        vi: `Phần vốn ${CAPITAL_SHORT[r.capital!].vi} · ${r.lineCode}, cột "${c.header}"`,
        en: `The ${CAPITAL_SHORT[r.capital!].en} section · ${r.lineCode}: "${c.header}"`,
      };
      const lines = { vi: 'các dòng dưới', en: 'the rows under it' };
      out.push(overFinding(sheet.name, t, { row: r, col, name, lines, refs, stated: o.stated, sum: o.sum, j }));
    }
  }
  return out;
}
