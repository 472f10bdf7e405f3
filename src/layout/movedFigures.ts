import type { Finding } from '../model/finding';
import type { CheckContext } from '../validation/checkContext';
import { tagOf } from '../validation/describe';
import { makeFinding } from '../validation/findingFactory';
import { setMovedTo } from '../validation/movedFigure';
import { amountEn, amountVn } from '../validation/format';
import { colIndex } from './layoutModel';
import { forEachEmptyPart, forEachTypedPart, rowSumMiss, type rowsAndSums, type TypedPart } from './rowSlips';

type Read = NonNullable<ReturnType<typeof rowsAndSums>>;

/** A figure typed in the wrong column of its row, and her cells that miss it because of that. */
export interface MovedFigures {
  findings: Finding[];
  /** Her sums the move throws off ('Sheet!A1' → the figure moved): their findings off by it are its echoes. */
  echoes: Map<string, number>;
  /** The cells typed in and meant (A1): no other slip of a figure is said there. */
  cells: Set<string>;
}

/**
 * A figure typed one column over (SN under ĐTPT, NSĐP under NSTW): her line above counts nothing
 * for it in the column it was typed in and exactly it in a blank cell of the same row, and her row
 * sums holding one of the two cells (not both) miss it the same way. Said once, at the cell typed
 * (FIGURE_IN_WRONG_COLUMN); the sums it throws off and the source eligibility at that cell are its
 * echoes. Two blank cells that could be meant blame none.
 */
export function movedFigures(read: Read, ctx: CheckContext): MovedFigures {
  const out: MovedFigures = { findings: [], echoes: new Map(), cells: new Set() };
  const empties = new Map<number, TypedPart[]>();
  forEachEmptyPart(read, (p) => {
    const list = empties.get(p.row);
    if (list) list.push(p);
    else empties.set(p.row, [p]);
  });
  const candidates: Array<{ a: TypedPart; b: TypedPart; refs: string[] }> = [];
  forEachTypedPart(read, (a) => {
    const x = a.part.value;
    if (x <= 0 || a.part.asText) return;
    // Her line above may leave the column typed in empty: it counts nothing there.
    const inA = read.above.missesBy(a.code, colIndex(a.letter), x, true);
    if (!inA) return;
    const meant = (empties.get(a.row) ?? []).flatMap((b) => {
      const inB = read.above.missesBy(b.code, colIndex(b.letter), -x);
      const sums = inB ? rowSumsAgree(read, a, b, x) : null;
      return inB && sums ? [{ b, inB, sums }] : [];
    });
    if (meant.length !== 1) return;
    const { b, inB, sums } = meant[0];
    candidates.push({ a, b, refs: [inA, inB, ...sums] });
  });
  // A move makes its own line look like a move under a line with one figure below: the cells one
  // move names as its evidence are no move of their own.
  const movedCells = new Set(candidates.flatMap(({ a, b }) => [`${a.letter}${a.row}`, `${b.letter}${b.row}`]));
  for (const { a, b, refs } of candidates) {
    if (refs.some((r) => movedCells.has(r))) continue;
    const x = a.part.value;
    const here = `${a.letter}${a.row}`;
    const there = `${b.letter}${b.row}`;
    const typedAs = tagOf(a.code, a.key);
    const meantAs = tagOf(b.code, b.key);
    const found = makeFinding('FIGURE_IN_WRONG_COLUMN', {
      sheet: read.sheet.name,
      row: a.row - 1,
      col: colIndex(a.letter),
      lineCode: a.code,
      sourceKey: a.key,
      actual: x,
      expected: 0,
      message: `Số ${amountVn(x, ctx.unit)} có lẽ gõ nhầm cột: các ô tổng (${refs.join(', ')}) không tính số này ở đây mà tính ở ô ${there} (${meantAs.vi}) đang để trống — ${typedAs.vi}.`,
      messageEn: `${amountEn(x, ctx.unit)} looks typed in the wrong column: the sums (${refs.join(', ')}) count it not here but in ${there} (${meantAs.en}), which is blank — ${typedAs.en}.`,
    });
    setMovedTo(found, { cell: there, lineCode: b.code, sourceKey: b.key });
    out.findings.push(found);
    // Her sums over it (her row's total, judged against her typed sums of the row, too), and either
    // cell judged against rows below it (a line's figure over its details).
    const rowSums = read.sums.map((s) => `${s.col}${a.row}`);
    for (const r of [...refs, ...rowSums, here, there]) out.echoes.set(`${read.sheet.name}!${r}`, x);
    out.cells.add(here);
    out.cells.add(there);
  }
  return out;
}

/**
 * Her row's sums that hold one of the two cells and not the other, when each misses the figure as
 * the move says (a sum over the cell typed counts it once too many, one over the cell meant once too
 * few); null when one does not. A sum over both holds the figure either way.
 */
function rowSumsAgree(read: Read, a: TypedPart, b: TypedPart, x: number): string[] | null {
  const refs: string[] = [];
  for (const s of read.sums) {
    const overA = s.sumOf!.includes(a.letter);
    const overB = s.sumOf!.includes(b.letter);
    if (overA === overB) continue;
    const m = rowSumMiss(s.col, s.sumOf!, a.num);
    const want = overA ? x : -x;
    if (!m || Math.abs(m.miss - want) > m.tolerance + 1e-9 * Math.abs(x)) return null;
    refs.push(`${s.col}${a.row}`);
  }
  return refs;
}
