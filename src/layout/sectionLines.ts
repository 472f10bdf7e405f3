import { parentCode } from '../domain/lines';
import type { MappedRow, TableMapping } from './mapping';

/**
 * The lines of a table in capital sections, as each section lists them: which rows stand under a
 * line's row in its section, and which lines of a section no other line of it stands over.
 */

/** Her rows in a section: lines and detail rows (headings, totals and rows in no section left out). */
export const sectionRows = (t: TableMapping): MappedRow[] =>
  t.rows.filter((r) => r.capital && r.lineCode && (r.kind === 'line' || r.kind === 'detail'));

/** Her rows under a line's row in its section: its detail rows, and lines of the catalog below it. */
export function rowsUnder(inSections: MappedRow[], line: MappedRow): MappedRow[] {
  const code = line.lineCode!;
  return inSections.filter(
    (r) =>
      r.capital === line.capital &&
      r.row > line.row &&
      ((r.kind === 'detail' && r.lineCode === code) || (r.kind === 'line' && r.lineCode!.startsWith(`${code}.`))),
  );
}

/** Rows that no other row of the list stands over (her projects, or what she lists in their place). */
export function topLines(rows: MappedRow[]): MappedRow[] {
  const codes = new Set(rows.filter((r) => r.kind === 'line').map((r) => r.lineCode!));
  return rows.filter((r) => {
    if (r.kind !== 'line') return true;
    for (let p = parentCode(r.lineCode!); p; p = parentCode(p)) if (codes.has(p)) return false;
    return true;
  });
}

/**
 * A line listed in both sections with rows under it in one only ("Dự án 3" under ĐTPT alone, under SN
 * with its "Tiểu dự án" rows): its rows with nothing under them in their section. Their figures of
 * other sources are the line's own, beside the rows under it, so the fold gives them a detail row of
 * the line: the line's figure stays the sum of the rows under it.
 */
export function ownFigureRows(t: TableMapping): MappedRow[] {
  const inSections = sectionRows(t);
  const byLine = new Map<string, MappedRow[]>();
  for (const r of inSections) if (r.kind === 'line') byLine.set(r.lineCode!, [...(byLine.get(r.lineCode!) ?? []), r]);
  const out: MappedRow[] = [];
  for (const rows of byLine.values()) {
    if (rows.length < 2) continue;
    const bare = rows.filter((r) => !rowsUnder(inSections, r).length);
    if (bare.length && bare.length < rows.length) out.push(...bare);
  }
  return out;
}
