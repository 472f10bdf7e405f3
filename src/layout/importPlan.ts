import { catalog } from '../domain/catalog';
import { MONEY_UNITS } from '../domain/units';
import { TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { valueOf } from '../validation/cellNumber';
import { judge } from '../validation/judge';
import { planSum } from '../validation/planSums';
import { hasTypedBelow, PARTS_OF } from '../validation/relations';
import { KEY_INDEX, type MoneySheet } from '../validation/workbookModel';
import { buildLayoutModel } from './layoutModel';
import type { LayoutMapping } from './mapping';
import { unplacedMoney } from './unplacedMoney';

/** One of her figures, where it goes in the standard template and where it came from. */
export interface ImportedFigure {
  sheet: 'plan' | 'allocation';
  code: string;
  key: SourceKey;
  value: number;
  /** 'Sheet!E12' (or several cells joined with '+'). */
  from: string;
  /** 'nghìn đồng → triệu đồng' when her table is in another unit than the plan. */
  converted?: string;
}

export interface ImportPlan {
  figures: ImportedFigure[];
  /** Detail rows under leaf lines (template codes <leaf>.01… in her order). */
  details: Array<{ leafCode: string; name: string; code: string }>;
  /** Her detail rows the template cannot hold (under a non-leaf line): their line carries them. */
  folded: Array<{ line: string; names: string[] }>;
  /** Her figures the template cannot hold, with why (a capital type's total not split by budget). */
  left: Array<{ cell: string; why: string }>;
  /**
   * Figures carried whole that the template will question: a line's own money (on her detail rows,
   * or in one capital section) beside sub-projects that have money in the same column.
   */
  attention: ImportAttention[];
}

export interface ImportAttention {
  code: string;
  key: SourceKey;
  /** Her cells of the line's own money ('Sheet!F9' or several joined with '+'). */
  cell: string;
  /** What is given for the line itself, beside what its sub-projects add up to. */
  own: number;
}

/**
 * What `mtqg import` writes into the standard template: her figures at the levels she gave
 * them. A parent she typed is written only when nothing is typed below it (a figure of its
 * own) or when it differs from what is below (her slip, kept so validation still sees it);
 * otherwise the template's formula gives the same number.
 */
export function planImport(snapshot: WorkbookSnapshot, mapping: LayoutMapping): ImportPlan {
  const model = buildLayoutModel(snapshot, mapping);
  // Her rows the mapping places nowhere are said first: their money is not in the copy.
  const out: ImportPlan = {
    figures: [],
    details: [],
    folded: [],
    left: unplacedMoney(snapshot, mapping),
    attention: [],
  };
  const planUnit = (mapping.tables.find((t) => t.role === 'plan') ?? mapping.tables[0])?.unit;
  const conversion = (sheet: MoneySheet): string | undefined => {
    const unit = mapping.tables.find((t) => t.sheet === sheet.name)?.unit;
    return unit && planUnit && unit !== planUnit
      ? `${MONEY_UNITS[unit].label} → ${MONEY_UNITS[planUnit].label}`
      : undefined;
  };
  for (const sheet of [model.plan, model.allocation]) {
    if (!sheet) continue;
    const sum = planSum(sheet);
    out.left.push(...unsplitTotals(sheet));
    for (const [code, row] of sheet.rowOf) {
      const detail = DETAIL_CODE_PATTERN.exec(code);
      const line = detail ? detail[1] : code;
      const leaf = code === TOTAL_ROW_CODE || catalog.byCode.get(line)?.isLeaf === true;
      if (detail && !leaf) continue;
      if (detail && sheet.id === 'allocation') continue;
      if (detail) out.details.push({ leafCode: line, name: nameOf(snapshot, mapping, sheet, row), code });
      for (const key of TYPED_SOURCE_KEYS) {
        const col = sheet.colOf(key);
        if (col < 0) continue;
        const n = sheet.amount(code, key);
        const from = `${sheet.name}!${a1(row, col)}`;
        // Her detail rows under a line the template gives none: the line carries them.
        const foldedDetails = (!detail && !leaf ? (sheet.detailsOf.get(code) ?? []) : []).filter(
          (d) => sheet.amount(d, key).state === 'number',
        );
        /** Her rows as one figure: their cells ('Sheet!F9+F10') and their sum. */
        const joined = (rows: string[]) => ({
          cells: `${sheet.name}!${rows.map((d) => a1(sheet.rowOf.get(d)!, col)).join('+')}`,
          value: rows.reduce((s, d) => s + valueOf(sheet.amount(d, key)), 0),
        });
        if (n.state !== 'number') {
          // A non-leaf line whose money sits on her detail rows only: the line carries their sum.
          if (!foldedDetails.length || hasCatalogChildTyped(sheet, code, key)) continue;
          const { cells, value } = joined(foldedDetails);
          out.figures.push({ sheet: sheet.id, code, key, value, from: cells, converted: conversion(sheet) });
          continue;
        }
        const below = sheet.id === 'plan' ? hasTypedBelow(sheet, code, key) : false;
        // Only money of its own makes the line more than what the template's formula gives.
        const own = foldedDetails.filter((d) => valueOf(sheet.amount(d, key)) !== 0);
        if (below && !own.length) {
          const s = sum(code, key);
          // Rows below add up to her figure: the template's formula gives it.
          const j = judge(n.value, s.value, s.tolerance + n.halfUnit);
          if (j.verdict === 'equal') continue;
        }
        if (own.length && hasCatalogChildTyped(sheet, code, key)) {
          // Beside sub-projects with money in this column: the template cannot hold it beside them.
          const { cells, value } = joined(own);
          out.attention.push({ code, key, cell: cells, own: value });
        }
        out.figures.push({ sheet: sheet.id, code, key, value: n.value, from, converted: conversion(sheet) });
      }
    }
    for (const [code, list] of sheet.detailsOf) {
      if (catalog.byCode.get(code)?.isLeaf) continue;
      out.folded.push({ line: code, names: list.map((d) => nameOf(snapshot, mapping, sheet, sheet.rowOf.get(d)!)) });
    }
  }
  return out;
}

/**
 * Her capital type's total ("Vốn ĐTPT") with no NSTW / NSĐP columns to hold its parts: the template
 * types money by budget only, so these figures are listed, not guessed into one budget.
 */
function unsplitTotals(sheet: MoneySheet): Array<{ cell: string; why: string }> {
  const out: Array<{ cell: string; why: string }> = [];
  for (const key of ['DTPT', 'SN'] as const) {
    const col = sheet.colOf(key);
    if (col < 0 || PARTS_OF.get(key)!.some((p) => sheet.colOf(p) >= 0)) continue;
    const rows = [...sheet.rowOf.values()].filter((r) => {
      const n = sheet.amountAt(r, KEY_INDEX[key]);
      return n.state === 'number' && n.value !== 0;
    });
    if (!rows.length) continue;
    out.push({
      cell: `${sheet.name}!${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)}`,
      why: `Tổng ${key} chưa tách NSTW/NSĐP; mẫu cần số theo ngân sách: thêm cột NSTW, NSĐP rồi nhập lại / ${key} totals not split into central and local budget, which the template needs`,
    });
  }
  return out;
}

function hasCatalogChildTyped(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  return (catalog.byCode.get(code)?.children ?? []).some((c) => {
    const n = sheet.amount(c, key);
    return n.state === 'number' || hasTypedBelow(sheet, c, key);
  });
}

function nameOf(snapshot: WorkbookSnapshot, mapping: LayoutMapping, sheet: MoneySheet, row: number): string {
  const table = mapping.tables.find((t) => t.sheet === sheet.name);
  return table?.rows.find((r) => r.row === row + 1)?.text || 'Chi tiết';
}
