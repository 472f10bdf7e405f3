import { SOURCES, type SourceKey } from '../domain/sources';
import type { MoneyUnit } from '../domain/units';
import {
  capitalSchema,
  otherSourceSchema,
  type Capital,
  type LayoutMapping,
  type MappedColumn,
  type MappedRow,
  type OtherSource,
  type TableMapping,
} from './mapping';
import { hasCapitalSections } from './capitalSections';

/**
 * What the review offers for one money column: a funding source, a total of her own group
 * ("Tổng nhóm"), the grand total, or nothing (ignored). Pure edits of the mapping, shared by
 * the pane's review and the standalone page.
 */
export type ColumnChoice = SourceKey | 'group' | 'grand' | 'ignored' | SectionChoice;

/** A budget column of a table in capital sections: NSTW / NSĐP of each row's section. */
export type SectionChoice = 'section_NSTW' | 'section_NSDP';
export const SECTION_CHOICES: SectionChoice[] = ['section_NSTW', 'section_NSDP'];

/** What the review offers a column of this table (the section choices only where it has sections). */
export function columnChoicesFor(table: TableMapping): ColumnChoice[] {
  return hasCapitalSections(table) ? [...SECTION_CHOICES, ...COLUMN_CHOICES] : COLUMN_CHOICES;
}

export const COLUMN_CHOICES: ColumnChoice[] = [
  ...SOURCES.filter((s) => s.key !== 'TONG').map((s) => s.key),
  'group',
  'grand',
  'ignored',
];

/**
 * What a disbursed column is held against, as the reviews show it: its capital type, or in a table of
 * capital sections, the section of each row ("DTPT/SN").
 */
export function disbursedBasis(table: TableMapping, c: MappedColumn): string | undefined {
  if (!c.disbursedOf) return undefined;
  const sectioned = hasCapitalSections(table);
  if (sectioned && c.disbursedOf === 'TONG') return 'DTPT/SN';
  if (sectioned && c.disbursedOf === 'KD') return 'KD_DTPT/KD_SN';
  return c.disbursedOf;
}

/** Columns the review lets her change (STT, names and notes are shown, not offered). */
export function isEditableColumn(c: MappedColumn): boolean {
  return c.role === 'amount' || c.role === 'sum' || c.role === 'ignored';
}

export function choiceOf(c: MappedColumn): ColumnChoice {
  if (c.budget) return `section_${c.budget}`;
  if (c.role === 'sum') return c.key === 'TONG' ? 'grand' : (c.key ?? 'group');
  if (c.role === 'amount' && c.key) return c.key === 'TONG' ? 'grand' : c.key;
  return 'ignored';
}

const groupOf = (c: MappedColumn) => c.header.split(' › ').slice(0, -1).join(' › ');

/** The mapping with one column of one table set to `choice` (a new object; the input is kept). */
export function setColumnChoice(
  mapping: LayoutMapping,
  table: number,
  col: string,
  choice: ColumnChoice,
): LayoutMapping {
  const t = mapping.tables[table];
  if (!t) return mapping;
  const columns = t.columns.map((c): MappedColumn => {
    if (c.col !== col) return c;
    const typed = t.columns.filter((x) => x.col !== col && x.role === 'amount').map((x) => x.col);
    if (choice === 'ignored')
      // What the reader knew of it stays (disbursed figures are still checked against the plan).
      return {
        col: c.col,
        header: c.header,
        role: 'ignored',
        key: null,
        ...(c.kind ? { kind: c.kind } : {}),
        ...(c.disbursedOf ? { disbursedOf: c.disbursedOf } : {}),
      };
    if (choice === 'section_NSTW' || choice === 'section_NSDP')
      return {
        col: c.col,
        header: c.header,
        role: 'amount',
        key: null,
        budget: choice === 'section_NSTW' ? 'NSTW' : 'NSDP',
      };
    if (choice === 'grand') return { ...c, role: 'sum', key: 'TONG', sumOf: c.sumOf ?? typed };
    if (choice === 'group') {
      const group = groupOf(c);
      const parts = t.columns.filter((x) => x.col !== col && x.role === 'amount' && groupOf(x) === group);
      return { ...c, role: 'sum', key: null, sumOf: c.sumOf ?? parts.map((x) => x.col) };
    }
    // A total key on a sum column stays a sum (its parts kept); anything else is typed money.
    const total = SOURCES.find((s) => s.key === choice)?.parts.length;
    if (total && c.role === 'sum') return { ...c, key: choice };
    return { col: c.col, header: c.header, role: 'amount', key: choice, ...(c.note ? { note: c.note } : {}) };
  });
  return { ...mapping, tables: mapping.tables.map((x, i) => (i === table ? { ...x, columns } : x)) };
}

export function setTableUnit(mapping: LayoutMapping, table: number, unit: MoneyUnit): LayoutMapping {
  return { ...mapping, tables: mapping.tables.map((x, i) => (i === table ? { ...x, unit } : x)) };
}

/**
 * The mapping with one row of her indicator table read as `code` (CT01…), or as none (null). An
 * indicator is one row: another row holding that code gives it up (a new object; the input is kept).
 */
export function setIndicatorCode(mapping: LayoutMapping, row: number, code: string | null): LayoutMapping {
  const table = mapping.indicators;
  if (!table || !table.rows.some((r) => r.row === row)) return mapping;
  const rows = table.rows.map((r) =>
    r.row === row ? { ...r, code } : code !== null && r.code === code ? { ...r, code: null } : r,
  );
  return { ...mapping, indicators: { ...table, rows } };
}

/** What a section heading of hers holds: a capital type (ĐTPT, SN) or another source (lồng ghép, …). */
export type SectionKind = Capital | OtherSource;
export const SECTION_KINDS: SectionKind[] = [...capitalSchema.options, ...otherSourceSchema.options];

export const sectionKindOf = (r: MappedRow): SectionKind | undefined => r.capital ?? r.source;

function withSectionKind(r: MappedRow, kind: SectionKind): MappedRow {
  const { capital: _capital, source: _source, ...rest } = r;
  return (capitalSchema.options as string[]).includes(kind)
    ? { ...rest, capital: kind as Capital }
    : { ...rest, source: kind as OtherSource };
}

/**
 * The mapping with her section heading at `row` read as `kind`, and every row of that section with
 * it (down to the next heading): a section the reader took for SN that is her ĐTPT, or "C. Vốn khác"
 * that is her huy động. A new object; the input is kept. Not a heading: the mapping as it was.
 */
export function setSectionKind(mapping: LayoutMapping, table: number, row: number, kind: SectionKind): LayoutMapping {
  const t = mapping.tables[table];
  const at = t ? t.rows.findIndex((r) => r.row === row && r.kind === 'section') : -1;
  if (at < 0) return mapping;
  const was = sectionKindOf(t.rows[at]);
  if (was === kind) return mapping;
  let inSection = false;
  const rows = t.rows.map((r, i) => {
    if (i === at) inSection = true;
    else if (r.kind === 'section') inSection = false;
    // Her total row is in no section; a row of another section stays where it was.
    return inSection && r.kind !== 'total' && sectionKindOf(r) === was ? withSectionKind(r, kind) : r;
  });
  return { ...mapping, tables: mapping.tables.map((x, i) => (i === table ? { ...x, rows } : x)) };
}
