import { catalog } from '../domain/catalog';
import { CAPITAL_COLUMNS, CAPITAL_TYPES } from '../domain/disbursementColumns';
import { planLookup } from '../templates/disbursementSheet';
import type { CapitalType } from '../domain/disbursement';
import type { DisbursementColumnKey } from '../domain/workbookLayout';
import { MONEY_UNITS } from '../domain/units';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { SheetPlan } from '../model/sheetPlan';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { judge } from '../validation/judge';
import { readCellNumber } from '../validation/cellNumber';
import { KeyedCells } from '../templates/keyedCells';
import { fromNote, type ImportedNote } from './importedNote';
import { colIndex, rowCodes } from './layoutModel';
import type { LayoutMapping, MappedColumn, TableMapping } from './mapping';

/**
 * `mtqg import` of her disbursement report: what she disbursed and carried over ("Giải ngân ĐTPT",
 * "Vốn năm trước kéo dài sang", "Đã giải ngân vốn kéo dài"), by capital type, onto the template's
 * Giải ngân at the lines she gave them — a project's figure on the project's row (the template's
 * checks take a figure typed where nothing is typed below it as given at that level), a row of hers
 * under a line that is not a leaf added into that line. A figure of a line whose rows below add up
 * to it is left to the template's sum. Columns not split by capital type go to the capital type of
 * the row's plan when it has only one; otherwise they are listed, not guessed.
 */
export interface ImportedDisbursement {
  written: number;
  /** Her cells not carried ("Sheet!F12"), with why. */
  left: Array<{ cell: string; why: string }>;
}

type Role = 'disbursed' | 'carried' | 'carriedDisbursed';

/** The template column of her column on a row (null: capital type unknown there). */
function templateKey(col: MappedColumn, capitalOfRow: CapitalType | null): DisbursementColumnKey | null {
  const of = col.disbursedOf;
  if (!of) return null;
  const carried = of === 'KD' || of.startsWith('KD_');
  const role: Role = col.kind === 'carried' ? 'carried' : carried ? 'carriedDisbursed' : 'disbursed';
  const stated = of === 'DTPT' || of === 'KD_DTPT' ? 'DTPT' : of === 'SN' || of === 'KD_SN' ? 'SN' : null;
  const capital = stated ?? capitalOfRow;
  return capital ? CAPITAL_COLUMNS[capital][role] : null;
}

export function importDisbursed(
  plan: SheetPlan,
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  notes: ImportedNote[],
): ImportedDisbursement {
  const out: ImportedDisbursement = { written: 0, left: [] };
  const planTable = layout.tables.find((t) => t.role === 'plan') ?? layout.tables[0];
  for (const table of layout.tables) {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    const cols = table.columns.filter(
      (c) => c.role === 'ignored' && (c.kind === 'disbursed' || c.kind === 'carried') && c.disbursedOf,
    );
    if (!sheet || !cols.length) continue;
    const factor = planTable ? MONEY_UNITS[table.unit].dong / MONEY_UNITS[planTable.unit].dong : 1;
    const capitalOf = capitalReader(snapshot, table);
    // Her figures per template line and column, summed where her rows fold into one line.
    const figures = new Map<string, { value: number; cells: string[] }>();
    for (const [row, code] of rowCodes(table)) {
      if (code === TOTAL_ROW_CODE) continue;
      const detail = DETAIL_CODE_PATTERN.exec(code);
      const line = detail && !catalog.byCode.get(detail[1])?.isLeaf ? detail[1] : code;
      for (const col of cols) {
        const n = readCellNumber(cellAt(sheet, row - 1, colIndex(col.col)));
        // A date where the figure belongs is none of hers: not carried as its serial (validate's finding is said).
        if (n.state !== 'number' || n.value === 0 || n.date) continue;
        const cell = `${sheet.name}!${col.col}${row}`;
        const key = templateKey(col, capitalOf(row));
        if (!key) {
          out.left.push({
            cell,
            why: 'Không rõ vốn ĐTPT hay SN (kế hoạch của dòng có cả hai) / capital type unknown (the row plans both)',
          });
          continue;
        }
        const id = `${line}|${key}`;
        const f = figures.get(id) ?? { value: 0, cells: [] };
        f.value += n.value * factor;
        f.cells.push(cell);
        figures.set(id, f);
      }
    }
    const cells = new KeyedCells(plan);
    const below = sumsBelow(figures);
    for (const [id, f] of figures) {
      const [code, key] = id.split('|');
      // Her figure of a line that its rows below (imported too) add up to: the template's sum gives it.
      const under = below.get(id);
      if (under !== undefined && judge(f.value, under, 1e-6 * Math.max(1, Math.abs(f.value))).verdict === 'equal')
        continue;
      const at = cells.put(code, key, Math.round(f.value * 1e6) / 1e6);
      if (!at) {
        out.left.push({ cell: f.cells.join('+'), why: `Mẫu không có dòng ${code} / no line ${code} in the template` });
        continue;
      }
      out.written += 1;
      notes.push(fromNote('disbursement', a1(at.row, at.col), f.cells.join('+')));
      // On a line the template sums, its plan is looked up there too (a plan given per project).
      const capital = CAPITAL_TYPES.find((c) =>
        Object.values(CAPITAL_COLUMNS[c]).includes(key as DisbursementColumnKey),
      );
      const planKey = capital && CAPITAL_COLUMNS[capital].plan;
      if (planKey && key === CAPITAL_COLUMNS[capital].disbursed && cells.isFormula(code, planKey))
        cells.putFormula(code, planKey, planLookup(at.row, capital));
    }
  }
  return out;
}

/** Per `line|key`, the sum of the figures of the lines directly under it (one pass over them all). */
function sumsBelow(figures: Map<string, { value: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, f] of figures) {
    const [code, key] = id.split('|');
    const dot = code.lastIndexOf('.');
    if (dot < 0) continue;
    const parent = `${code.slice(0, dot)}|${key}`;
    out.set(parent, (out.get(parent) ?? 0) + f.value);
  }
  return out;
}

/** The capital type of a row's plan when only one of the two carries money there, else null. */
function capitalReader(snapshot: WorkbookSnapshot, table: TableMapping): (row: number) => CapitalType | null {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet)!;
  const byCapital = (capital: CapitalType) =>
    table.columns
      .filter((c) => c.key && (c.key === capital || c.key.startsWith(`${capital}_`)))
      .map((c) => colIndex(c.col));
  const dtpt = byCapital('DTPT');
  const sn = byCapital('SN');
  const holds = (row: number, cols: number[]) =>
    cols.some((c) => {
      const n = readCellNumber(cellAt(sheet, row - 1, c));
      return n.state === 'number' && n.value !== 0;
    });
  return (row) => {
    const d = holds(row, dtpt);
    const s = holds(row, sn);
    return d && !s ? 'DTPT' : s && !d ? 'SN' : null;
  };
}
