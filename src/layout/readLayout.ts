import type { SourceKey } from '../domain/sources';
import type { Level, MoneyUnit } from '../domain/units';
import { a1, columnLetter } from '../model/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { isTotalHeader, readColumn, type ColumnReading } from './columns';
import { findHeaderBlocks, headerPaths, textAt, type HeaderBlock } from './headers';
import type { IndicatorTable, LayoutMapping, MappedColumn, TableMapping, Unmapped } from './mapping';
import { findIndicatorTable } from './indicatorTable';
import { mapRows } from './mapRows';
import { fold } from './text';
import { isOwnSheet } from './savedMapping';
import {
  BY_SECTION_WHY,
  byAllCapitals,
  capitalTyped,
  othersInRowTotal,
  repeatsBySection,
  sectionedColumns,
} from './sectionColumns';
import { capitalSectionOf } from './rows';

/**
 * Finds the plan tables in a workbook that was not made from the template and maps them:
 * columns → source keys, rows → catalog lines, her detail rows and total rows. Pure: what
 * it cannot map it lists (cell, text, why), it never guesses silently.
 */
export function readLayout(snapshot: WorkbookSnapshot): LayoutMapping {
  const tables: TableMapping[] = [];
  const unmapped: Unmapped[] = [];
  let level: Level | null = null;
  let indicators: IndicatorTable | undefined;
  for (const sheet of snapshot.sheets) {
    if (isOwnSheet(sheet)) continue;
    const blocks = findHeaderBlocks(sheet);
    const table = blocks.map((b, i) => readTable(sheet, b, blocks[i + 1]?.top)).find((t) => t && moneyColumns(t) > 0);
    // Her indicator table: on its own sheet or below her money table (never within it: a money
    // table's "Nội dung chỉ tiêu | Kế hoạch năm" is no indicator table).
    // A loop, not Math.max(...rows): 200,000 arguments overflow the stack.
    const below = table ? table.rows.reduce((m, r) => Math.max(m, r.row), table.headerRows[1]) : 0;
    const found = findIndicatorTable(sheet, indicators ? [] : unmapped, below);
    if (found && !indicators) indicators = found;
    else if (found)
      unmapped.push({
        cell: `${sheet.name}!A${found.headerRow}`,
        text: sheet.name,
        why: 'Đã có một bảng chỉ tiêu / a second indicator table is not read',
      });
    if (!table && found) continue;
    if (!table) {
      if (sheet.rows.some((r) => r?.some((c) => c && c.t !== 'z')))
        unmapped.push({
          cell: `${sheet.name}!A1`,
          text: sheet.name,
          why: 'Không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung và cột số tiền) / no plan table found (STT + content headers and amount columns)',
        });
      continue;
    }
    level ??= levelOf(sheet, table.headerRows[0] - 1);
    tables.push(table);
  }
  // The first table is the plan unless one says it is the allocation; one plan, one allocation.
  const seen = new Set<string>();
  const kept = tables.filter((t) => {
    if (seen.has(t.role)) {
      unmapped.push({
        cell: `${t.sheet}!A1`,
        text: t.title,
        why: `Đã có một bảng ${t.role === 'plan' ? 'kế hoạch' : 'vốn giao'} / a second ${t.role} table is not read`,
      });
      return false;
    }
    seen.add(t.role);
    return true;
  });
  return { version: 1, level: level ?? 'huyen', tables: kept, ...(indicators ? { indicators } : {}), unmapped };
}

function moneyColumns(t: TableMapping): number {
  return t.columns.filter((c) => c.role === 'amount' || c.role === 'sum').length;
}

const ALLOCATION_TITLE = /(giao von|von (duoc )?giao|du toan (duoc )?giao|phan bo von giao)/;
const UNIT = /(dvt|don vi tinh|don vi)\s*[:.]?\s*(trieu dong|nghin dong|ngan dong|dong)\b/;
const UNIT_IN_HEADER = /\((trieu dong|nghin dong|ngan dong|dong)\)/;

function unitOf(sheet: SheetSnapshot, b: HeaderBlock): { unit: MoneyUnit; cell: string | null } | null {
  for (let r = 0; r <= b.bottom; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const f = fold(textAt(sheet, r, c));
      const m = UNIT.exec(f) ?? (r >= b.top ? UNIT_IN_HEADER.exec(f) : null);
      if (!m) continue;
      const word = m[m.length - 1];
      const unit: MoneyUnit = word.startsWith('trieu') ? 'trieu' : word === 'dong' ? 'dong' : 'nghin';
      return { unit, cell: a1(r, c) };
    }
  }
  return null;
}

function titleOf(sheet: SheetSnapshot, top: number): string {
  const lines: string[] = [];
  for (let r = 0; r < top; r++) {
    const t = (sheet.rows[r] ?? []).map((c) => (c && c.t === 's' ? String(c.v).trim() : '')).find((x) => x);
    if (t && /[A-ZĐÀ-Ỹ]{4}/.test(t) && !UNIT.test(fold(t))) lines.push(t);
  }
  return lines.filter((l) => /ke hoach|von|phan bo|du toan|tong hop/.test(fold(l))).join(' ') || lines.join(' ');
}

function issuerOf(sheet: SheetSnapshot, top: number): string {
  for (let r = 0; r < top; r++) {
    for (const c of sheet.rows[r] ?? []) {
      if (c && c.t === 's' && /^(ubnd|uy ban nhan dan)\b/.test(fold(c.v))) return String(c.v).trim();
    }
  }
  return '';
}

function levelOf(sheet: SheetSnapshot, top: number): Level | null {
  for (let r = 0; r < top; r++) {
    for (const c of sheet.rows[r] ?? []) {
      const f = c && c.t === 's' ? fold(c.v) : '';
      if (/\b(ubnd|uy ban nhan dan) (tinh)\b/.test(f)) return 'tinh';
      if (/\b(ubnd|uy ban nhan dan) (huyen|thi xa|thanh pho)\b/.test(f)) return 'huyen';
      if (/\b(ubnd|uy ban nhan dan) (xa|phuong|thi tran)\b/.test(f)) return 'xa';
    }
  }
  return null;
}

function readTable(sheet: SheetSnapshot, b: HeaderBlock, nextTop: number | undefined): TableMapping | null {
  const unmapped: Unmapped[] = [];
  const paths = headerPaths(sheet, b);
  const readings: Array<{ col: number; path: string[]; r: ColumnReading }> = paths.map((path, i) => ({
    col: b.firstCol + i,
    path,
    r:
      b.firstCol + i === b.sttCol
        ? { ...readColumn(['STT']) }
        : b.firstCol + i === b.nameCol
          ? { ...readColumn(['Nội dung']), role: 'name' as const }
          : readColumn(path),
  }));
  let columns = mapColumns(readings, unmapped, b);
  const sectioned = sectionedColumns(columns, readings);
  const unitFound = unitOf(sheet, b);
  if (!unitFound)
    unmapped.push({
      cell: `${sheet.name}!A1`,
      text: '',
      why: 'Không thấy dòng đơn vị tính; coi là triệu đồng / no unit line; read as triệu đồng',
    });
  const title = titleOf(sheet, b.top);
  const role = ALLOCATION_TITLE.test(fold(sheet.name)) || ALLOCATION_TITLE.test(fold(title)) ? 'allocation' : 'plan';
  // A table of budget columns only is read in capital sections when its rows have them.
  let rowsUnmapped: Unmapped[] = [];
  let rows = sectioned ? mapRows(sheet, b, sectioned, nextTop, rowsUnmapped, true) : [];
  if (sectioned && rows.some((r) => r.kind === 'section')) {
    const budgetCells = new Set(sectioned.filter((c) => c.budget).map((c) => `${c.col}${b.top + 1}`));
    const bySection = new Set(sectioned.filter(byAllCapitals).map((c) => `${c.col}${b.top + 1}`));
    const kept = unmapped
      .filter((u) => !budgetCells.has(u.cell))
      .map((u) => (bySection.has(u.cell) ? { ...u, why: BY_SECTION_WHY } : u));
    unmapped.splice(0, unmapped.length, ...kept);
    columns = othersInRowTotal(sheet, rows, sectioned);
  } else {
    rowsUnmapped = [];
    rows = mapRows(sheet, b, columns, nextTop, rowsUnmapped);
    // Columns by capital type, and the projects listed again under each capital type's heading.
    const again: Unmapped[] = [];
    // Read again only when some row is such a heading (most tables by capital type have none).
    const headed = capitalTyped(columns) && rows.some((r) => capitalSectionOf(r.stt, r.text));
    const bySection = headed ? mapRows(sheet, b, columns, nextTop, again, true) : [];
    if (repeatsBySection(bySection)) {
      rows = bySection;
      rowsUnmapped = again;
    }
  }
  unmapped.push(...rowsUnmapped);
  return {
    sheet: sheet.name,
    role,
    title,
    issuer: issuerOf(sheet, b.top),
    unit: unitFound?.unit ?? 'trieu',
    unitCell: unitFound?.cell ?? null,
    headerRows: [b.top + 1, b.bottom + 1],
    columns,
    rows,
    unmapped,
  };
}

function mapColumns(
  readings: Array<{ col: number; path: string[]; r: ColumnReading }>,
  unmapped: Unmapped[],
  b: HeaderBlock,
): MappedColumn[] {
  const out: MappedColumn[] = [];
  const used = new Map<SourceKey, string>();
  const amounts = readings.filter((x) => x.r.role === 'amount');
  for (const { col, path, r } of readings) {
    const letter = columnLetter(col);
    const header = path.join(' › ');
    const cell = `${letter}${b.top + 1}`;
    if (r.role === 'ignored') {
      if (path.length) unmapped.push({ cell, text: header, why: r.why ?? 'Không nhận ra cột / column not recognised' });
      out.push({
        col: letter,
        header,
        role: 'ignored',
        key: null,
        ...(r.kind ? { kind: r.kind } : {}),
        ...(r.disbursedOf ? { disbursedOf: r.disbursedOf } : {}),
      });
      continue;
    }
    if (r.role !== 'amount' && r.role !== 'sum') {
      out.push({ col: letter, header, role: r.role, key: null });
      continue;
    }
    if (r.role === 'sum') {
      const group = path.slice(0, -1).join(' › ');
      const grand = !r.capital && !r.budget && (path.length === 1 || isTotalHeader(path[0]));
      const parts = amounts.filter(
        (a) => grand || (group ? a.path.slice(0, -1).join(' › ') === group : sameGroup(a.r, r)),
      );
      let key: SourceKey | null = grand ? 'TONG' : null;
      if (
        !grand &&
        r.capital &&
        !r.budget &&
        parts.length &&
        parts.every((p) => p.r.key === `${r.capital}_NSTW` || p.r.key === `${r.capital}_NSDP`)
      )
        key = r.capital;
      if (key && used.has(key)) key = null;
      if (key) used.set(key, letter);
      out.push({ col: letter, header, role: 'sum', key, sumOf: parts.map((p) => columnLetter(p.col)) });
      continue;
    }
    let key = r.key;
    let note = r.note;
    // NS tỉnh / NS huyện / NS xã without an NSĐP column of their own: each is local budget,
    // summed into the group's NSĐP source (the model adds columns that share a key).
    let levelPart = false;
    if (key && r.localLevel) {
      const sameCapitalLocal = amounts.filter((a) => a.r.capital === r.capital && a.r.budget === 'NSDP');
      if (sameCapitalLocal.length > 1 && sameCapitalLocal.every((a) => a.r.localLevel)) {
        levelPart = true;
        note = `Ngân sách địa phương theo cấp (${sameCapitalLocal.map((a) => columnLetter(a.col)).join('+')}) cộng vào ${key} / local budget by level, summed into ${key}`;
      } else if (sameCapitalLocal.length > 1) {
        unmapped.push({
          cell,
          text: header,
          why: `Ngân sách địa phương tách theo cấp; mẫu có một cột ${key}: cộng các cấp vào một cột hoặc sửa bằng --map / local budget split by level; the template has one ${key} column`,
        });
        key = null;
      }
    }
    if (key && used.has(key) && !levelPart) {
      unmapped.push({
        cell,
        text: header,
        why: `Trùng nguồn ${key} với cột ${used.get(key)} / same source as column ${used.get(key)}`,
      });
      key = null;
    }
    if (key) used.set(key, letter);
    out.push({ col: letter, header, role: key ? 'amount' : 'ignored', key, ...(note ? { note } : {}) });
  }
  return out;
}

/**
 * The columns as a table of capital sections reads them, when its money columns are budgets only
 * ("Ngân sách trung ương | Ngân sách địa phương", maybe by level, maybe a Tổng): each budget column
 * takes its capital from the row's section. Null for any other table (a column of another source,
 * or one that already names its capital, keeps the usual reading).
 */
function sameGroup(a: ColumnReading, sum: ColumnReading): boolean {
  return (sum.capital ? a.capital === sum.capital : true) && (sum.budget ? a.budget === sum.budget : true);
}
