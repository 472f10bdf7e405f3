import type { Settings } from '../domain/settings';
import type { WorkbookSnapshot } from '../model/snapshot';
import { SEVERITY_RANK, type Finding } from '../model/finding';
import { buildWorkbookModel, hasTemplateSheet, type WorkbookModel } from './workbookModel';
import { readSettingsFromModel } from './settingsReader';
import { makeFinding, pushAll } from './findingFactory';
import { parseA1 } from '../model/a1';
import type { Check, CheckContext } from './checkContext';
import { checkSumMismatch } from './checks/sumMismatch';
import { checkHardcodedTotal } from './checks/hardcodedTotal';
import { checkAllocation } from './checks/allocation';
import { checkSourceEligibility } from './checks/sourceEligibility';
import { checkCounterpart } from './checks/counterpart';
import { checkUnitOutlier } from './checks/unitOutlier';
import { checkUnitDetailSlips } from './checks/unitDetailSlips';
import { withoutSlipsUnitsExplain } from './summedInto';
import { checkUnitSlipUnderAllocation } from './checks/unitSlipUnderAllocation';
import { checkNumberAsText } from './checks/numberAsText';
import { checkNotANumber } from './checks/notANumber';
import { checkNegativeAmount } from './checks/negativeAmount';
import { checkFormulaError } from './checks/formulaError';
import { checkIndicatorValues } from './checks/indicatorValues';
import { checkIndicatorFunding } from './checks/indicatorFunding';
import { checkDisbursedOverPlan } from './checks/disbursedOverPlan';
import { checkDisbursementPlanUnitSlip } from './checks/disbursementUnitSlips';
import { checkRateMismatch } from './checks/rateMismatch';
import { checkCarryoverExpired } from './checks/carryoverExpired';
import { checkLowDisbursement } from './checks/lowDisbursement';
import { checkDateInAmount } from './checks/dateInAmount';
import { checkPercentInAmount } from './checks/percentInAmount';
import { checkFigureInWrongColumn } from './checks/figureInWrongColumn';
import { checkAllocationWrongColumn } from './checks/allocationWrongColumn';
import { checkOutOfRange } from './checks/outOfRange';
import { checkCircularReference } from './checks/circularReference';
import { checkNumberWithUnit } from './checks/numberWithUnit';
import { dropEchoes, raiseSlipsBehind } from './echoes';
import { unitSlipsOf } from './unitSlips';
import { withoutMovedEligibility } from './movedFigure';
import { dropEchoesOfUnknownFigures } from './unknownFigures';
import { hasTypedBelow } from './relations';
import { checkNotInAnyTotal } from './checks/notInAnyTotal';

export { CODE_CATALOG, codeInfo } from './codes';
export { formatText } from './report/text';
export { formatJson } from './report/json';
export { formatSarif } from './report/sarif';
export { hasTemplateSheet };
export type { Finding };

/** Every check, by name (the name appears if a check fails unexpectedly). */
export const CHECKS: Record<string, Check> = {
  sumMismatch: checkSumMismatch,
  hardcodedTotal: checkHardcodedTotal,
  allocation: checkAllocation,
  sourceEligibility: checkSourceEligibility,
  counterpart: checkCounterpart,
  unitOutlier: checkUnitOutlier,
  unitDetailSlips: checkUnitDetailSlips,
  unitSlipUnderAllocation: checkUnitSlipUnderAllocation,
  numberAsText: checkNumberAsText,
  notANumber: checkNotANumber,
  negativeAmount: checkNegativeAmount,
  formulaError: checkFormulaError,
  indicatorValues: checkIndicatorValues,
  indicatorFunding: checkIndicatorFunding,
  disbursedOverPlan: checkDisbursedOverPlan,
  disbursementPlanUnitSlip: checkDisbursementPlanUnitSlip,
  rateMismatch: checkRateMismatch,
  carryoverExpired: checkCarryoverExpired,
  lowDisbursement: (model, ctx) => checkLowDisbursement(model, ctx),
  dateInAmount: checkDateInAmount,
  percentInAmount: checkPercentInAmount,
  figureInWrongColumn: checkFigureInWrongColumn,
  allocationWrongColumn: checkAllocationWrongColumn,
  outOfRange: checkOutOfRange,
  circularReference: checkCircularReference,
  numberWithUnit: checkNumberWithUnit,
  notInAnyTotal: checkNotInAnyTotal,
};

/** Workbook settings from "Thông tin" (defaults where missing or unreadable). */
export function readSettings(snapshot: WorkbookSnapshot): Settings {
  return readSettingsFromModel(buildWorkbookModel(snapshot)).settings;
}

/** Runs every check; never throws. Findings sorted by severity, sheet, row, column. */
export function validateSnapshot(snapshot: WorkbookSnapshot): Finding[] {
  let model: WorkbookModel;
  const findings: Finding[] = [];
  try {
    model = buildWorkbookModel(snapshot);
  } catch (err) {
    return [crashFinding('đọc cấu trúc / reading the structure', err, snapshot)];
  }
  pushAll(findings, model.structure);
  let ctx: CheckContext;
  try {
    const { settings, findings: settingFindings } = readSettingsFromModel(model);
    pushAll(findings, settingFindings);
    ctx = { settings, unit: settings.unit };
  } catch (err) {
    findings.push(crashFinding('readSettings', err, snapshot));
    return sortFindings(findings, snapshot);
  }
  return validateModel(model, ctx, findings);
}

/** Checks that quote the plan's totals: they run last, with the unit slips the others found. */
const AFTER_SLIPS = new Set(['allocation', 'counterpart']);

/**
 * Runs every check on a model built elsewhere (an officer's own layout mapped to catalog
 * lines and source keys); `findings` are prepended. Never throws.
 */
export function validateModel(model: WorkbookModel, ctx: CheckContext, findings: Finding[] = []): Finding[] {
  const snapshot = model.snapshot;
  const run = (name: string, check: Check, c: CheckContext) => {
    try {
      pushAll(findings, check(model, c));
    } catch (err) {
      findings.push(crashFinding(name, err, snapshot));
    }
  };
  const entries = Object.entries(CHECKS);
  for (const [name, check] of entries) if (!AFTER_SLIPS.has(name)) run(name, check, ctx);
  // Two checks may name the same slip (against its column, against an allocation): one finding a cell.
  const once = withoutSlipsUnitsExplain(dedupe(findings));
  if (once !== findings) {
    findings.length = 0;
    for (const f of once) findings.push(f);
  }
  // Totals judged with the unit slips found above taken as meant (one slip, one finding).
  const late = { ...ctx, unitSlips: unitSlipsOf(findings) };
  if (late.unitSlips.length) {
    const asTyped: Finding[] = [];
    for (const [name, check] of entries)
      if (AFTER_SLIPS.has(name))
        pushAll(
          asTyped,
          safely(() => check(model, ctx)),
        );
    raiseSlipsBehind(findings, asTyped, ctx.settings.counterpartPercent);
  }
  for (const [name, check] of entries) if (AFTER_SLIPS.has(name)) run(name, check, late);
  const percent = ctx.settings.counterpartPercent;
  const kept = dropEchoesOfUnknownFigures(
    dropEchoes(withoutMovedEligibility(dedupe(findings)), percent),
    percent,
    (f) => isTypedTotal(model, f),
  );
  return sortFindings(kept, snapshot);
}

/** A check's findings, or none if it throws (its crash is reported by its own run). */
function safely(run: () => Finding[]): Finding[] {
  try {
    return run();
  } catch {
    return [];
  }
}

/** One finding per code and cell (two checks may see the same slip), the most severe kept. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const id = `${f.code}|${f.sheet}|${f.cell}`;
    const seen = best.get(id);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) best.set(id, f);
  }
  return best.size === findings.length ? findings : [...best.values()];
}

function crashFinding(name: string, err: unknown, snapshot: WorkbookSnapshot): Finding {
  const reason = (err as Error)?.message ?? String(err);
  return makeFinding('TEMPLATE_STRUCTURE', {
    sheet: snapshot.sheets[0]?.name ?? 'Sheet1',
    message: `Bước kiểm tra "${name}" không chạy được: ${reason}. Các bước khác vẫn chạy.`,
    messageEn: `Check "${name}" could not run: ${reason}. The other checks still ran.`,
  });
}

export function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const pos = (f: Finding) => {
    try {
      return parseA1(f.cell);
    } catch {
      return { row: 0, col: 0 };
    }
  };
  return findings
    .map((f) => ({ f, p: pos(f) }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
        (sheetOrder.get(a.f.sheet) ?? 999) - (sheetOrder.get(b.f.sheet) ?? 999) ||
        a.p.row - b.p.row ||
        a.p.col - b.p.col,
    )
    .map(({ f }) => f);
}

/** A figure she typed over typed lines (her own total): the plan's sums are made from the lines. */
function isTypedTotal(model: WorkbookModel, f: Finding): boolean {
  const sheet = [model.plan, model.allocation].find((s) => s?.name === f.sheet);
  // hasTypedBelow is false for a line with no lines below it.
  return !!sheet && !!f.lineCode && !!f.sourceKey && hasTypedBelow(sheet, f.lineCode, f.sourceKey);
}
