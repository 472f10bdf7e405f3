import { catalog } from '../domain/catalog';
import { TYPED_SOURCE_KEYS } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import { cellAt, rowCount, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import { allocationFigure, planSum } from '../validation/planSums';
import { hasTypedBelow, ownInFormula } from '../validation/relations';
import { readSettingsFromModel } from '../validation/settingsReader';
import { buildWorkbookModel, type MoneySheet, type WorkbookModel } from '../validation/workbookModel';
import type { SourceKey } from '../domain/sources';
import type { Amounts, UnitReading } from './types';

const PROJECTS = catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code);

/** The settings consolidation keys a unit by (from "Thông tin", or from the title of her own table). */
export interface UnitSettings {
  unitName: string;
  level: UnitReading['level'];
  year: number;
  unit: UnitReading['moneyUnit'];
}

/**
 * Reads what consolidation needs from one unit's snapshot, already validated (`findings`).
 * Amounts stay in the unit's own unit; the consolidation converts them.
 */
export function readUnit(file: string, snapshot: WorkbookSnapshot, findings: Finding[]): UnitReading {
  const model = buildWorkbookModel(snapshot);
  const { settings } = readSettingsFromModel(model);
  return readUnitFromModel(file, model, settings, findings, settingCells(model));
}

/**
 * The same reading over any workbook model: the template's, or the one the layout reader
 * builds over an officer's own table (rows by line code, her cells), so a unit in her own
 * layout is summed leaf by leaf like a template unit and its findings keep pointing at her cells.
 */
export function readUnitFromModel(
  file: string,
  model: WorkbookModel,
  settings: UnitSettings,
  findings: Finding[],
  cells: Record<string, string> = {},
  /** Names of detail rows when the model has no NOI_DUNG column (her own table). */
  names?: Map<string, string>,
): UnitReading {
  return {
    file,
    unitName: settings.unitName.trim(),
    level: settings.level,
    year: settings.year,
    moneyUnit: settings.unit,
    settingCells: cells,
    findings,
    plan: model.plan ? readPlan(model.plan) : {},
    details: model.plan ? readDetails(model.plan, names) : [],
    allocation: model.allocation ? readAllocation(model.allocation) : {},
    allocationCells: model.allocation ? totalCells(model.allocation) : {},
    indicators: readIndicators(model),
  };
}

function settingCells(model: WorkbookModel): Record<string, string> {
  const out: Record<string, string> = {};
  const sheet = model.settings;
  const valueCol = sheet?.cols.get('GIA_TRI');
  if (!sheet || valueCol === undefined) return out;
  const keyCol = sheet.cols.get('KHOA')!;
  for (let r = sheet.keyRow + 1; r < rowCount(sheet.sheet); r++) {
    const k = cellAt(sheet.sheet, r, keyCol);
    if (k.t === 's') out[String(k.v).trim()] = `${sheet.name}!${a1(r, valueCol)}`;
  }
  return out;
}

function nonZero(amounts: Amounts): boolean {
  return Object.values(amounts).some((v) => v !== 0);
}

/** Every leaf line, summed from where money is typed (the leaf or its detail rows). */
function readPlan(plan: MoneySheet): Record<string, Amounts> {
  const sum = planSum(plan);
  const out: Record<string, Amounts> = {};
  for (const node of catalog.nodes) {
    if (!node.isLeaf || !plan.rowOf.has(node.code)) continue;
    const amounts: Amounts = {};
    for (const key of TYPED_SOURCE_KEYS) {
      const v = sum(node.code, key).value;
      if (v !== 0) amounts[key] = v;
    }
    if (nonZero(amounts)) out[node.code] = amounts;
  }
  Object.assign(out, readLevelFigures(plan));
  return out;
}

/**
 * A plan may give a figure on a line the template sums (a project, a sub-project) with no
 * catalog line typed below it: her own table; the template with a number typed there, which the
 * checks take as a figure given at that level (an imported copy has them); or a consolidation,
 * which adds such figures inside the line's SUM (a district's plan read by its province). The
 * figure is kept at that line, as given (her detail rows under such a line, when the line has
 * none: their sum). Never both a line's figure and a line below it; her own rows under a line
 * beside its sub-projects, and the numbers in its SUM, are the line's own money, beside theirs.
 */
function readLevelFigures(plan: MoneySheet): Record<string, Amounts> {
  const inFormula = (code: string, key: SourceKey) => ownInFormula(plan, plan.rowOf.get(code), key);
  /** Money given at this line or anywhere below it. */
  const typedAt = (code: string, key: SourceKey): boolean => {
    const n = plan.amount(code, key);
    if ((n.state === 'number' && !n.formula) || hasTypedBelow(plan, code, key) || inFormula(code, key)) return true;
    return (catalog.byCode.get(code)?.children ?? []).some((c) => typedAt(c, key));
  };
  const sum = planSum(plan);
  const out: Record<string, Amounts> = {};
  for (const node of catalog.nodes) {
    if (node.isLeaf || !plan.rowOf.has(node.code)) continue;
    const amounts: Amounts = {};
    for (const key of TYPED_SOURCE_KEYS) {
      const parts = (plan.detailsOf.get(node.code) ?? []).map((d) => plan.amount(d, key));
      const typed = parts.filter((n) => n.state === 'number');
      if (node.children.some((c) => typedAt(c, key))) {
        // Her own rows under the line beside its sub-projects ("- Chi phí quản lý chung", or its
        // figure in the capital section where it has none): the line's own money, on top of
        // its sub-projects (summed at their own lines).
        const own = typed.reduce((sum, n) => sum + (n.state === 'number' ? n.value : 0), inFormula(node.code, key));
        if (own !== 0) amounts[key] = own;
        continue;
      }
      // Nothing typed in its sub-projects: the line's figure as the checks sum it (hers, or her rows
      // under it when she typed none; a project given as a whole keeps its figure).
      const value = sum(node.code, key).value;
      if (value !== 0) amounts[key] = value;
    }
    if (nonZero(amounts)) out[node.code] = amounts;
  }
  return out;
}

function readDetails(plan: MoneySheet, names?: Map<string, string>): UnitReading['details'] {
  const nameCol = plan.colOf('NOI_DUNG');
  const out: UnitReading['details'] = [];
  for (const [leafCode, codes] of plan.detailsOf) {
    for (const code of codes) {
      const amounts: Amounts = {};
      for (const key of TYPED_SOURCE_KEYS) {
        const n = plan.amount(code, key);
        if (n.state === 'number' && n.value !== 0) amounts[key] = n.value;
      }
      const name = nameCol >= 0 ? cellAt(plan.sheet, plan.rowOf.get(code)!, nameCol).v : null;
      const text = name === null ? (names?.get(code) ?? code) : String(name).trim();
      out.push({ leafCode, code, name: text, amounts });
    }
  }
  return out;
}

/**
 * The allocation at TONG and every line: the figure given there, else the sum of what is
 * given below it (a decision may give only projects, or only the grand total).
 */
function readAllocation(alloc: MoneySheet): Record<string, Amounts> {
  const out: Record<string, Amounts> = {};
  const at = (code: string, key: (typeof TYPED_SOURCE_KEYS)[number]): number | null => {
    const given = alloc.rowOf.has(code) ? allocationFigure(alloc, code, key) : null;
    if (given) return given.value;
    const children = code === TOTAL_ROW_CODE ? PROJECTS : (catalog.byCode.get(code)?.children ?? []);
    let total: number | null = null;
    for (const c of children) {
      const v = at(c, key);
      if (v !== null) total = (total ?? 0) + v;
    }
    return total;
  };
  for (const code of [TOTAL_ROW_CODE, ...catalog.nodes.map((n) => n.code)]) {
    const amounts: Amounts = {};
    for (const key of TYPED_SOURCE_KEYS) {
      const v = at(code, key);
      if (v !== null) amounts[key] = v;
    }
    if (Object.keys(amounts).length) out[code] = amounts;
  }
  return out;
}

function totalCells(alloc: MoneySheet): Record<string, string> {
  const row = alloc.rowOf.get(TOTAL_ROW_CODE);
  const out: Record<string, string> = {};
  if (row === undefined) return out;
  for (const key of TYPED_SOURCE_KEYS) {
    const col = alloc.colOf(key);
    if (col >= 0) out[key] = `${alloc.name}!${a1(row, col)}`;
  }
  return out;
}

function readIndicators(model: WorkbookModel): Record<string, number | string> {
  const sheet = model.indicators;
  const col = sheet?.cols.get('KE_HOACH');
  const out: Record<string, number | string> = {};
  if (!sheet || col === undefined) return out;
  for (const [code, row] of sheet.rowOf) {
    const cell = cellAt(sheet.sheet, row, col);
    const n = readCellNumber(cell);
    if (n.state === 'number') out[code] = n.value;
    else if (n.state === 'text' && n.text.trim()) out[code] = n.text.trim();
  }
  return out;
}
