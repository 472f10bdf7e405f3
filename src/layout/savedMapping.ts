import { MARKER_PREFIX, parseSheetMarker, sheetMarker } from '../domain/workbookLayout';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { layoutMappingSchema, type LayoutMapping } from './mapping';
import { sectionKindOf, setSectionKind } from './editMapping';

/**
 * The mapping she reviewed, kept in her workbook so the next check reuses it: a very
 * hidden sheet of ours (marker '#mtqg:report:mapping'), the mapping JSON in column A from
 * row 3 (split in pieces: a cell holds at most 32,767 characters). Written through the
 * SheetPlan machinery, so every host (Excel, .xlsx, preview) writes and reads it the same.
 */
export const MAPPING_SHEET_NAME = 'mtqg_anh_xa';
const MAPPING_SHEET_ID = 'mapping';
const FIRST_JSON_ROW = 2;
const PIECE = 30_000;

export function buildMappingSheetPlan(mapping: LayoutMapping): SheetPlan {
  const json = JSON.stringify(layoutMappingSchema.parse(mapping));
  const cells: CellPlan[] = [
    { row: 0, col: 0, value: sheetMarker('report', MAPPING_SHEET_ID) },
    {
      row: 1,
      col: 0,
      value:
        'Ánh xạ bảng tính riêng cho mtqg (sửa trong ngăn Kiểm tra) / mtqg mapping of your own table (edit it in the Check pane)',
    },
  ];
  for (let i = 0, row = FIRST_JSON_ROW; i < json.length; i += PIECE, row++)
    cells.push({ row, col: 0, value: json.slice(i, i + PIECE) });
  return {
    id: MAPPING_SHEET_ID,
    name: MAPPING_SHEET_NAME,
    kind: 'report',
    visibility: 'veryHidden',
    styles: {},
    cells,
    columns: [],
    rows: [],
    merges: [],
    validations: [],
  };
}

/** Whether a sheet is one of ours (any '#mtqg:' marker in A1): never read as her table. */
export function isOwnSheet(sheet: SheetSnapshot): boolean {
  const v = sheet.rows[0]?.[0]?.v;
  return typeof v === 'string' && v.startsWith(MARKER_PREFIX);
}

export type SavedMapping = { mapping: LayoutMapping } | { error: string };

/** The saved mapping, if the workbook has our mapping sheet; a damaged one says why. */
export function readSavedMapping(snapshot: WorkbookSnapshot): SavedMapping | null {
  const sheet = snapshot.sheets.find((s) => {
    const m = parseSheetMarker(s.rows[0]?.[0]?.v);
    return m?.kind === 'report' && m.sheetId === MAPPING_SHEET_ID;
  });
  if (!sheet) return null;
  let json = '';
  for (let r = FIRST_JSON_ROW; r < sheet.rows.length; r++) {
    const v = sheet.rows[r]?.[0]?.v;
    if (typeof v !== 'string' || !v) break;
    json += v;
  }
  try {
    const parsed = layoutMappingSchema.safeParse(JSON.parse(json));
    if (parsed.success) return { mapping: parsed.data };
    return { error: parsed.error.issues[0]?.message ?? 'invalid' };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/**
 * Her table as read now, with what she decided in the review laid over it: the unit, each
 * column's role, source key and parts (by column letter, on the same sheet), and what each of her
 * section headings holds (by its text, the nearest such row). Rows are read afresh, so rows she
 * inserted since are still found.
 */
export function applySavedMapping(found: LayoutMapping, saved: LayoutMapping): LayoutMapping {
  if (!found.tables.length) return saved;
  const tables = found.tables.map((t) => {
    const s = saved.tables.find((x) => x.sheet === t.sheet && x.role === t.role);
    if (!s) return t;
    const columns = t.columns.map((c) => {
      const sc = s.columns.find((x) => x.col === c.col);
      return sc ? { ...c, role: sc.role, key: sc.key, sumOf: sc.sumOf, note: sc.note, budget: sc.budget } : c;
    });
    const decided = new Set(s.columns.map((c) => c.col));
    // A column she decided drops out of "not mapped".
    const unmapped = t.unmapped.filter((u) => !decided.has(/^([A-Z]+)\d+$/.exec(u.cell)?.[1] ?? ''));
    return { ...t, unit: s.unit, unitCell: s.unitCell, columns, unmapped };
  });
  return savedSectionKinds({ ...found, level: saved.level, tables }, saved);
}

/** Her section headings' kinds as she saved them, on the headings read now (same text, nearest row). */
function savedSectionKinds(mapping: LayoutMapping, saved: LayoutMapping): LayoutMapping {
  let out = mapping;
  mapping.tables.forEach((t, ti) => {
    const s = saved.tables.find((x) => x.sheet === t.sheet && x.role === t.role);
    for (const heading of s?.rows.filter((r) => r.kind === 'section') ?? []) {
      const kind = sectionKindOf(heading);
      const same = t.rows.filter((r) => r.kind === 'section' && r.stt === heading.stt && r.text === heading.text);
      const at = same.sort((a, b) => Math.abs(a.row - heading.row) - Math.abs(b.row - heading.row))[0];
      if (kind && at) out = setSectionKind(out, ti, at.row, kind);
    }
  });
  return out;
}
