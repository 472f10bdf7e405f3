import { z } from 'zod';
import { sourceKeySchema } from '../domain/sources';

/** Every finding code, one per check (the error catalog is in ./codes.ts). */
export const FINDING_CODES = [
  'SUM_MISMATCH',
  'HARDCODED_TOTAL',
  'OVER_ALLOCATION',
  'UNDER_ALLOCATION',
  'ROUNDING_DIFF',
  'SOURCE_NOT_ELIGIBLE',
  'COUNTERPART_SHORTFALL',
  'UNIT_SUSPECT',
  'NUMBER_AS_TEXT',
  'NOT_A_NUMBER',
  'NEGATIVE_AMOUNT',
  'FORMULA_ERROR',
  'INDICATOR_VALUE_INVALID',
  'INDICATOR_FUNDING_MISMATCH',
  'TEMPLATE_STRUCTURE',
  'DISBURSED_OVER_PLAN',
  'RATE_MISMATCH',
  'CARRYOVER_EXPIRED',
  'LOW_DISBURSEMENT',
  'DATE_IN_AMOUNT',
  'PERCENT_IN_AMOUNT',
  'VALUE_OUT_OF_RANGE',
  'CIRCULAR_REFERENCE',
  'NUMBER_WITH_UNIT',
  'NOT_IN_ANY_TOTAL',
  'FIGURE_IN_WRONG_COLUMN',
  // Cross-level checks of a consolidation (src/consolidation).
  'ALLOCATION_DIFFERS_FROM_DECISION',
  'DUPLICATE_UNIT',
  'UNIT_YEAR_MISMATCH',
  'UNIT_LEVEL_MISMATCH',
  'UNIT_UNREADABLE',
] as const;
export const findingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof findingCodeSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const findingSchema = z.object({
  code: findingCodeSchema,
  severity: severitySchema,
  /** Sheet name as the user sees it. */
  sheet: z.string().min(1),
  /** A1 address of the cell to jump to (the sheet's A1 when nothing narrower applies). */
  cell: z.string().regex(/^[A-Z]+\d+$/),
  lineCode: z.string().optional(),
  sourceKey: sourceKeySchema.optional(),
  /**
   * What the cell should hold (the pane's "Đúng ra"): a slip's figure meant, a total's sum, the
   * allocation a plan may not pass. A figure only compared with (a column's median) is in the message.
   */
  expected: z.number().optional(),
  /** The figure in the cell pointed at. */
  actual: z.number().optional(),
  message: z.string().min(1),
  messageEn: z.string().min(1),
  /**
   * An action the pane may offer on the finding's cell: 'restoreFormula' writes back the
   * template's formula (without '=') over a number typed there. Never applied by a check.
   */
  fix: z.object({ kind: z.literal('restoreFormula'), formula: z.string().min(1) }).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const findingSummarySchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
  total: z.number().int(),
});
export type FindingSummary = z.infer<typeof findingSummarySchema>;

export function summarize(findings: Finding[]): FindingSummary {
  const s = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) s[f.severity] += 1;
  return s;
}
