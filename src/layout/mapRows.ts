import { a1 } from '../model/a1';
import { cellAt, type SheetSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { END_ROW, shownAt, textAt, type HeaderBlock } from './headers';
import type { Capital, MappedColumn, MappedRow, OtherSource, Unmapped } from './mapping';
import { capitalSectionOf, isSumLabel, readRowLabel, sourceSectionOf, type RowContext } from './rows';
import { fold } from './text';

const SUBTOTAL = /^(cong|tong cong|tong so|tong)\b/;

/**
 * Her data rows under a header block, each read as a catalog line, a detail row under the line
 * above, her total row, a "Trong đó" part, or not mapped (listed with why), until a blank stretch,
 * a signature block or the next table's header row. In a table whose money columns are budgets
 * only (NSTW, NSĐP), `sectioned`, a row "A. Vốn đầu tư phát triển" heads a capital section: the
 * projects under it are listed again under "B. Vốn sự nghiệp", each row in its section.
 */
export function mapRows(
  sheet: SheetSnapshot,
  b: HeaderBlock,
  columns: MappedColumn[],
  nextTop: number | undefined,
  unmapped: Unmapped[],
  sectioned = false,
): MappedRow[] {
  const moneyCols = columns
    .filter((c) => c.role === 'amount' || c.role === 'sum')
    .map((c) => b.firstCol + columns.indexOf(c));
  const rows: MappedRow[] = [];
  const ctx: RowContext = { project: null, line: null };
  const start = (b.numbering ?? b.bottom) + 1;
  const end = Math.min(nextTop ?? sheet.rows.length, sheet.rows.length);
  /** Lines already read, per section (a line comes once in each capital section). */
  const seen = new Set<string>();
  /** Where each line's row is in `rows`, and whether it holds money (per section too). */
  const lineRows = new Map<string, { index: number; money: boolean }>();
  let section: Capital | undefined;
  /** A section of another source instead ("C. Vốn lồng ghép"): its rows' Tổng cộng is that source. */
  let source: OtherSource | undefined;
  /** Whether a capital section has begun (kept, not searched for: a table may have 200,000 rows). */
  let sectionSeen = false;
  const inSection = (code: string) => ((section ?? source) ? `${section ?? source}:${code}` : code);
  let blanks = 0;
  for (let r = start; r < end; r++) {
    const stt = b.sttCol === null ? '' : shownAt(sheet, r, b.sttCol);
    const name = textAt(sheet, r, b.nameCol);
    const money = moneyCols.some((c) => {
      const n = readCellNumber(cellAt(sheet, r, c));
      return n.state === 'number' && n.value !== 0;
    });
    if (!stt && !name && !money) {
      if (++blanks >= 3 && rows.length) break;
      continue;
    }
    blanks = 0;
    if (END_ROW.test(fold(name || stt))) break;
    // A second table on the sheet starts with its own header row.
    if (/^(stt|tt)$/.test(fold(stt)) && r > start) break;
    const heads = sectioned ? capitalSectionOf(stt, name) : null;
    // A section of another source only after a capital one: elsewhere "Vốn lồng ghép" is a line's label as before.
    const other = sectioned && !heads && sectionSeen ? sourceSectionOf(stt, name) : null;
    if (heads) sectionSeen = true;
    if (heads || other) {
      section = heads ?? undefined;
      source = other ?? undefined;
      ctx.project = ctx.line = null;
      rows.push({ row: r + 1, stt, text: name, kind: 'section', ...(heads ? { capital: heads } : { source: other! }) });
      continue;
    }
    const reading = readRowLabel(stt, name, ctx);
    const inside = reading.kind !== 'total' ? (section ? { capital: section } : source ? { source } : {}) : {};
    const base = { row: r + 1, stt, text: name, ...inside };
    // "Cộng dự án 4" under its rows: the line's total. Its heading above (no money) becomes the heading
    // it is; a heading that carried the figures too leaves "Cộng …" restating them (never added).
    if (reading.kind === 'line' && seen.has(inSection(reading.code)) && isSumLabel(name, SUBTOTAL)) {
      const first = lineRows.get(inSection(reading.code))!;
      if (!first.money) {
        rows[first.index] = { ...rows[first.index], kind: 'part', lineCode: undefined };
        lineRows.set(inSection(reading.code), { index: rows.length, money });
        rows.push({ ...base, kind: 'line', lineCode: reading.code });
      } else rows.push({ ...base, kind: 'part' });
      continue;
    }
    if (reading.kind === 'line' && seen.has(inSection(reading.code))) {
      unmapped.push({
        cell: `${sheet.name}!${a1(r, b.nameCol)}`,
        text: name,
        why: `Dòng ${reading.code} đã có ở trên / line ${reading.code} already listed above`,
      });
      rows.push({ ...base, kind: 'unmapped' });
      continue;
    }
    if (reading.kind === 'line') {
      seen.add(inSection(reading.code));
      lineRows.set(inSection(reading.code), { index: rows.length, money });
      ctx.line = reading.code;
      ctx.project = reading.code.split('.')[0];
      rows.push({ ...base, kind: 'line', lineCode: reading.code });
    } else if (reading.kind === 'total') rows.push({ ...base, kind: 'total' });
    else if (reading.kind === 'part') rows.push({ ...base, kind: 'part' });
    else if (reading.kind === 'detail' && ctx.line) rows.push({ ...base, kind: 'detail', lineCode: ctx.line });
    else {
      const why = reading.kind === 'unknown' ? reading.why : 'Dòng không thuộc dự án nào ở trên / row under no line';
      unmapped.push({ cell: `${sheet.name}!${a1(r, b.nameCol)}`, text: name || stt, why });
      rows.push({ ...base, kind: 'unmapped' });
    }
  }
  return rows;
}
