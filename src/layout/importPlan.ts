import { catalog } from '../domain/catalog';
import { MONEY_UNITS } from '../domain/units';
import { TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { BLANK, valueOf, type CellNumber } from '../validation/cellNumber';
import { judge } from '../validation/judge';
import { planSum } from '../validation/planSums';
import { hasTypedBelow, PARTS_OF } from '../validation/relations';
import { KEY_INDEX, type MoneySheet } from '../validation/workbookModel';
import { buildLayoutModel } from './layoutModel';
import type { LayoutMapping } from './mapping';
import { unplacedMoney } from './unplacedMoney';
import { detailsDisagreement, totalColumnDisagreements, type ImportDisagreement } from './importDisagreements';

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
  /** Her figures that disagree with parts the copy does not hold as she typed them (validate finds them on her file). */
  disagree: ImportDisagreement[];
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
    disagree: [],
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
    out.disagree.push(...totalColumnDisagreements(sheet));
    const figures: ImportedFigure[] = [];
    /** Lines she typed over typed lines: written only if the copy's formula would give another figure. */
    const deferred: TypedParent[] = [];
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
        // A date typed where money belongs is no figure of hers: not carried (validate's finding is said).
        const n = figureAt(sheet, code, key);
        const from = `${sheet.name}!${a1(row, col)}`;
        // Her detail rows under a line the template gives none: the line carries them.
        const foldedDetails = (!detail && !leaf ? (sheet.detailsOf.get(code) ?? []) : []).filter(
          (d) => figureAt(sheet, d, key).state === 'number',
        );
        /** Her rows as one figure: their cells ('Sheet!F9+F10') and their sum. */
        const joined = (rows: string[]) => ({
          cells: `${sheet.name}!${rows.map((d) => a1(sheet.rowOf.get(d)!, col)).join('+')}`,
          value: rows.reduce((s, d) => s + valueOf(sheet.amount(d, key)), 0),
        });
        const childTyped = foldedDetails.length > 0 && hasCatalogChildTyped(sheet, code, key);
        if (n.state !== 'number') {
          // A non-leaf line whose money sits on her detail rows only: the line carries their sum.
          if (!foldedDetails.length || childTyped) continue;
          const { cells, value } = joined(foldedDetails);
          figures.push({ sheet: sheet.id, code, key, value, from: cells, converted: conversion(sheet) });
          continue;
        }
        // Her detail rows are the line's whole breakdown, named only in the copy: a disagreement is said here.
        const folded = childTyped ? null : detailsDisagreement(sheet, code, key, foldedDetails);
        if (folded) out.disagree.push(folded);
        const below = sheet.id === 'plan' ? hasTypedBelow(sheet, code, key) : false;
        // Only money of its own makes the line more than what the template's formula gives.
        const own = foldedDetails.filter((d) => valueOf(sheet.amount(d, key)) !== 0);
        if (below && !own.length) {
          const s = sum(code, key);
          const tolerance = s.tolerance + n.halfUnit;
          // Her rows below add up to her figure: the template's formula gives it (a slip below is found there).
          if (judge(n.value, s.value, tolerance).verdict === 'equal') continue;
          // Else written unless the copy's formula gives it anyway (a slip below already kept on a line).
          deferred.push({ at: figures.length, code, key, value: n.value, tolerance, from });
          continue;
        }
        if (own.length && childTyped) {
          // Beside sub-projects with money in this column: the template cannot hold it beside them.
          const { cells, value } = joined(own);
          out.attention.push({ code, key, cell: cells, own: value });
        }
        figures.push({ sheet: sheet.id, code, key, value: n.value, from, converted: conversion(sheet) });
      }
    }
    out.figures.push(
      ...withTypedParents(figures, deferred, out.details, (f) => ({
        ...f,
        sheet: sheet.id,
        converted: conversion(sheet),
      })),
    );
    for (const [code, list] of sheet.detailsOf) {
      if (catalog.byCode.get(code)?.isLeaf) continue;
      out.folded.push({ line: code, names: list.map((d) => nameOf(snapshot, mapping, sheet, sheet.rowOf.get(d)!)) });
    }
  }
  return out;
}

/** A line she typed over typed lines below it, and where it stood among her figures (`at`). */
interface TypedParent {
  at: number;
  code: string;
  key: SourceKey;
  value: number;
  tolerance: number;
  from: string;
}

/**
 * Her lines typed over typed lines whose rows below add up to another figure, each written (in her
 * order) only when the copy's formula would also give another figure: her slip, kept so the copy's
 * check still sees it. A line whose own figure is already kept below it (a unit slip on a project)
 * makes the copy's sum her figure again, and writing it would say "still matches" for nothing. The
 * deepest lines are decided first.
 */
function withTypedParents(
  figures: ImportedFigure[],
  deferred: readonly TypedParent[],
  details: ImportPlan['details'],
  figure: (f: Pick<ImportedFigure, 'code' | 'key' | 'value' | 'from'>) => ImportedFigure,
): ImportedFigure[] {
  if (!deferred.length) return figures;
  const written = new Map(figures.map((f) => [`${f.code}|${f.key}`, f.value]));
  const detailsOf = new Map<string, string[]>();
  for (const d of details) detailsOf.set(d.leafCode, [...(detailsOf.get(d.leafCode) ?? []), d.code]);
  const inCopy = (code: string, key: SourceKey): number => {
    const hit = written.get(`${code}|${key}`);
    if (hit !== undefined) return hit;
    const node = catalog.byCode.get(code);
    // The template's formula there: the projects, a line's children, or a leaf's detail rows.
    const below =
      code === TOTAL_ROW_CODE ? PROJECT_CODES : node && !node.isLeaf ? node.children : (detailsOf.get(code) ?? []);
    return below.reduce((s, c) => s + inCopy(c, key), 0);
  };
  const depth = (code: string) => (code === TOTAL_ROW_CODE ? -1 : (catalog.byCode.get(code)?.depth ?? 99));
  const kept: Array<{ at: number; i: number; f: ImportedFigure }> = [];
  const order = deferred.map((d, i) => ({ d, i })).sort((a, b) => depth(b.d.code) - depth(a.d.code));
  for (const { d, i } of order) {
    if (judge(d.value, inCopy(d.code, d.key), d.tolerance).verdict === 'equal') continue;
    written.set(`${d.code}|${d.key}`, d.value);
    kept.push({ at: d.at, i, f: figure({ code: d.code, key: d.key, value: d.value, from: d.from }) });
  }
  // In her order: each written before the figure that followed it on her sheet.
  const out = [...figures];
  for (const { at, f } of kept.sort((a, b) => b.at - a.at || b.i - a.i)) out.splice(at, 0, f);
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

/** Her cell as a figure to carry: a date shown in an amount cell counts as none. */
function figureAt(sheet: MoneySheet, code: string, key: SourceKey): CellNumber {
  const n = sheet.amount(code, key);
  return n.state === 'number' && n.date ? BLANK : n;
}

const PROJECT_CODES = catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code);

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
