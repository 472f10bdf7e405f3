import { z } from 'zod';
import { levelSchema, moneyUnitSchema } from '../domain/units';
import { findingSchema } from '../model/finding';

/** Amounts per typed source key (DTPT_NSTW, SN_NSDP, LONG_GHEP, …); missing = nothing typed. */
export const amountsSchema = z.record(z.string(), z.number());
export type Amounts = z.infer<typeof amountsSchema>;

export const unitStatusSchema = z.enum(['ok', 'findings', 'unreadable']);
export type UnitStatus = z.infer<typeof unitStatusSchema>;

/** What consolidation keeps of one readable unit workbook (the workbook itself is let go). */
export const unitReadingSchema = z.object({
  file: z.string().min(1),
  unitName: z.string(),
  level: levelSchema,
  year: z.number().int(),
  moneyUnit: moneyUnitSchema,
  /** A1 cells of the settings on "Thông tin" (DON_VI, NAM, CAP), for messages. */
  settingCells: z.record(z.string(), z.string()),
  /** The unit's own validation findings (as `mtqg validate` reports them). */
  findings: z.array(findingSchema),
  /** Leaf line code → the plan summed to that leaf (details included), in the unit's own unit. */
  plan: z.record(z.string(), amountsSchema),
  /** The unit's detail rows (individual works), in sheet order. */
  details: z.array(z.object({ leafCode: z.string(), code: z.string(), name: z.string(), amounts: amountsSchema })),
  /** TONG or line code → allocation given there (or summed from lines below it), unit's own unit. */
  allocation: z.record(z.string(), amountsSchema),
  /** A1 cell of each TONG source on the unit's "Giao vốn" (messages name it). */
  allocationCells: z.record(z.string(), z.string()),
  /** Indicator code → target typed (number, or text such as "Đánh giá cuối giai đoạn"). */
  indicators: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type UnitReading = z.infer<typeof unitReadingSchema>;

/** An input that could not be read as a planning workbook. */
export interface UnreadableInput {
  file: string;
  reason: string;
}

export type UnitInput = { kind: 'read'; reading: UnitReading } | { kind: 'unreadable'; input: UnreadableInput };

export const consolidationOptionsSchema = z.object({
  level: z.enum(['huyen', 'tinh']).default('huyen'),
  year: z.number().int().min(2021).max(2100),
  unit: moneyUnitSchema.default('trieu'),
  name: z.string().default(''),
});
export type ConsolidationOptions = z.infer<typeof consolidationOptionsSchema>;
export type ConsolidationOptionsInput = z.input<typeof consolidationOptionsSchema>;

/** One row of the report and of "Tình hình nộp". */
export const unitReportSchema = z.object({
  file: z.string(),
  unit: z.string(),
  level: z.string(),
  year: z.number().nullable(),
  moneyUnit: z.string(),
  status: unitStatusSchema,
  /** Why: the unreadable reason, or "duplicate" etc. */
  reason: z.string().optional(),
  /** Whether the unit's figures are in the sums (not for unreadable files and repeated units). */
  summed: z.boolean(),
  /** The unit's figures were converted from its own unit to the output unit. */
  converted: z.boolean(),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Plan totals per capital type, in the output unit. */
  totals: z.record(z.string(), z.number()),
  findings: z.array(findingSchema),
});
export type UnitReport = z.infer<typeof unitReportSchema>;
