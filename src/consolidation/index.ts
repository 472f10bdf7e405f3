import { catalog } from '../domain/catalog';
import { LEVEL_LABELS } from '../domain/units';
import { summarize, type Finding, type FindingSummary } from '../model/finding';
import type { SheetPlan } from '../model/sheetPlan';
import {
  CHILD_LEVEL,
  compareWithDecisions,
  compareWithUpper,
  duplicateFinding,
  levelFinding,
  missingFromDecisions,
  unreadableFinding,
  yearFinding,
} from './crossLevel';
import { buildConsolidatedTemplate, isSummable, type IndicatorResult } from './outputPlans';
import { foldName, type UnitDecision } from './readDecisions';
import { buildSubmissionSheet } from './submissionSheet';
import { slipNotes } from './slipNotes';
import { conversionFactor, planTotals, round6, scaled, sumUnits, type ConsolidatedSums } from './sums';
import {
  consolidationOptionsSchema,
  type ConsolidationOptions,
  type ConsolidationOptionsInput,
  type UnitInput,
  type UnitReading,
  type UnitReport,
} from './types';
import { buildUnitDetailSheet, type UnitLineBlock } from './unitDetailSheet';

export { readUnit, readUnitFromModel, type UnitSettings } from './readUnit';
export { readUnitDecisions, foldName } from './readDecisions';
export { SUBMISSION_SHEET_NAME } from './submissionSheet';
export { UNIT_DETAIL_SHEET_NAME } from './unitDetailSheet';
export type { UnitInput, UnitReading, UnitReport, ConsolidationOptions, ConsolidationOptionsInput } from './types';

/** The upper level's own workbook (`--allocation UPPER.xlsx`). */
export interface UpperInput {
  reading: UnitReading;
  /** Its "Giao vốn theo đơn vị" rows, when the sheet is there. */
  decisions: Map<string, UnitDecision> | null;
}

export interface ConsolidationResult {
  options: ConsolidationOptions;
  units: UnitReport[];
  /** Cross-level findings only (each unit's own findings are on its report). */
  findings: Finding[];
  summary: FindingSummary & { units: number; summed: number; unreadable: number };
  sums: ConsolidatedSums;
  /** The upper level's template sheets filled, then "Tình hình nộp" and "Chi tiết theo đơn vị". */
  plans: SheetPlan[];
}

/**
 * Consolidates lower units into the upper level's plan (pure: readings in, sheet plans and
 * findings out). Unreadable inputs and repeated units are listed, not summed; a readable
 * unit with errors is still summed.
 */
export function consolidate(
  inputs: UnitInput[],
  optionsInput: ConsolidationOptionsInput,
  upper?: UpperInput,
): ConsolidationResult {
  const options = consolidationOptionsSchema.parse(optionsInput);
  const childLevel = CHILD_LEVEL[options.level];
  const seen = new Map<string, string>();
  const summed: Array<{ reading: UnitReading; factor: number; index: number }> = [];
  const cross: Finding[][] = inputs.map(() => []);
  inputs.forEach((input, index) => {
    if (input.kind === 'unreadable') {
      cross[index].push(unreadableFinding(index, input.input.file, input.input.reason));
      return;
    }
    const r = input.reading;
    const key = foldName(r.unitName) || `file:${r.file}`;
    const first = seen.get(key);
    if (first !== undefined) {
      cross[index].push(duplicateFinding(index, r, first));
      return;
    }
    seen.set(key, r.file);
    for (const f of [yearFinding(index, r, options.year), levelFinding(index, r, childLevel)])
      if (f) cross[index].push(f);
    summed.push({ reading: r, factor: conversionFactor(r.moneyUnit, options.unit), index });
  });

  const sums = sumUnits(summed);
  const upperFindings: Finding[] = [];
  if (upper) {
    const upperFactor = conversionFactor(upper.reading.moneyUnit, options.unit);
    upperFindings.push(...compareWithUpper(sums.allocation, upper.reading, upperFactor, options.unit));
    if (upper.decisions) {
      for (const s of summed) {
        cross[s.index].push(
          ...compareWithDecisions(s.index, s.reading, s.factor, upper.decisions, upperFactor, options.unit),
        );
      }
      const submitted = new Set(summed.map((s) => foldName(s.reading.unitName)));
      upperFindings.push(...missingFromDecisions(upper.decisions, submitted));
    }
  }

  const summedIndex = new Set(summed.map((s) => s.index));
  const units: UnitReport[] = inputs.map((input, index) => {
    const findings = cross[index];
    if (input.kind === 'unreadable') {
      return {
        file: input.input.file,
        unit: '',
        level: '',
        year: null,
        moneyUnit: '',
        status: 'unreadable',
        reason: input.input.reason,
        summed: false,
        converted: false,
        errors: findings.length,
        warnings: 0,
        totals: {},
        findings,
      };
    }
    const r = input.reading;
    const all = [...r.findings, ...findings];
    const s = summarize(all);
    return {
      file: r.file,
      unit: r.unitName,
      level: r.level,
      year: r.year,
      moneyUnit: r.moneyUnit,
      status: s.error + s.warning > 0 ? 'findings' : 'ok',
      ...(summedIndex.has(index) ? {} : { reason: 'Đơn vị nộp trùng, không cộng / repeated unit, not summed' }),
      summed: summedIndex.has(index),
      converted: r.moneyUnit !== options.unit,
      errors: s.error,
      warnings: s.warning,
      totals: planTotals(r, conversionFactor(r.moneyUnit, options.unit)),
      findings: all,
    };
  });

  const findings = [...cross.flat(), ...upperFindings];
  const label = `${options.name || `Cấp ${LEVEL_LABELS[options.level].label.toLowerCase()}`} — tổng hợp ${summed.length} đơn vị`;
  const plans = [
    ...buildConsolidatedTemplate(options, sums, indicatorResults(summed), slipNotes(summed)),
    buildSubmissionSheet(units, options.year, options.unit),
    buildUnitDetailSheet(lineBlocks(summed), options.year, options.unit, label),
  ];
  const own = inputs.flatMap((i) => (i.kind === 'read' ? i.reading.findings : []));
  const s = summarize([...findings, ...own]);
  return {
    options,
    units,
    findings,
    summary: {
      ...s,
      units: inputs.length,
      summed: summed.length,
      unreadable: units.filter((u) => u.status === 'unreadable').length,
    },
    sums,
    plans,
  };
}

function indicatorResults(units: Array<{ reading: UnitReading }>): Map<string, IndicatorResult> {
  const out = new Map<string, IndicatorResult>();
  for (const ind of catalog.indicators) {
    const result: IndicatorResult = { listed: [] };
    for (const { reading } of units) {
      const value = reading.indicators[ind.code];
      if (value === undefined) continue;
      if (isSummable(ind.code) && typeof value === 'number') result.total = round6((result.total ?? 0) + value);
      else result.listed.push({ unitName: reading.unitName || reading.file, value });
    }
    if (result.total !== undefined || result.listed.length) out.set(ind.code, result);
  }
  return out;
}

function lineBlocks(units: Array<{ reading: UnitReading; factor: number }>): Map<string, UnitLineBlock[]> {
  const out = new Map<string, UnitLineBlock[]>();
  for (const { reading, factor } of units) {
    for (const [code, amounts] of Object.entries(reading.plan)) {
      const details = reading.details
        .filter((d) => d.leafCode === code)
        .map((d) => ({ code: d.code, name: d.name, amounts: scaled(d.amounts, factor) }));
      const list = out.get(code) ?? [];
      list.push({ unitName: reading.unitName || reading.file, amounts: scaled(amounts, factor), details });
      out.set(code, list);
    }
  }
  return out;
}
