import { z } from 'zod';

/**
 * A sheet plan is pure data describing what a host writes: cells (values, formulas,
 * styles), cell notes, column widths, merges, data validation, freeze panes and print setup.
 * Rows and columns are 0-based (row 0 = Excel row 1, col 0 = column A).
 * Formulas are stored WITHOUT the leading '=' (hosts add it for Office.js).
 */
export const hAlignSchema = z.enum(['left', 'center', 'right']);
export const vAlignSchema = z.enum(['top', 'middle', 'bottom']);

export const cellStyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  fontSize: z.number().positive().optional(),
  /** 'RRGGBB' without '#'. */
  fontColor: z
    .string()
    .regex(/^[0-9A-F]{6}$/i)
    .optional(),
  fill: z
    .string()
    .regex(/^[0-9A-F]{6}$/i)
    .optional(),
  hAlign: hAlignSchema.optional(),
  vAlign: vAlignSchema.optional(),
  wrap: z.boolean().optional(),
  indent: z.number().int().min(0).max(15).optional(),
  border: z.enum(['thin', 'none']).optional(),
  numFmt: z.string().optional(),
});
export type CellStyle = z.infer<typeof cellStyleSchema>;

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

export const cellPlanSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  value: cellValueSchema.optional(),
  formula: z.string().min(1).optional(),
  /** Key into the sheet plan's `styles`. */
  style: z.string().optional(),
});
export type CellPlan = z.infer<typeof cellPlanSchema>;

export const rangeRefSchema = z.object({
  top: z.number().int().min(0),
  left: z.number().int().min(0),
  bottom: z.number().int().min(0),
  right: z.number().int().min(0),
});
export type RangeRef = z.infer<typeof rangeRefSchema>;

export const validationRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decimal'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('whole'), min: z.number().optional(), max: z.number().optional() }),
  z.object({ type: z.literal('list'), values: z.array(z.string()).min(1) }),
  /** A real date between ISO bounds ('2021-01-01'). */
  z.object({
    type: z.literal('date'),
    min: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    max: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
]);
export type ValidationRule = z.infer<typeof validationRuleSchema>;

export const dataValidationPlanSchema = z.object({
  range: rangeRefSchema,
  rule: validationRuleSchema,
  /** Vietnamese message shown when the rule is broken. */
  errorMessage: z.string().optional(),
  prompt: z.string().optional(),
});
export type DataValidationPlan = z.infer<typeof dataValidationPlanSchema>;

export const printSetupSchema = z.object({
  orientation: z.enum(['landscape', 'portrait']),
  paper: z.literal('A4'),
  fitToWidth: z.boolean(),
  /** 0-based inclusive rows repeated at the top of every printed page. */
  titleRows: z.object({ first: z.number().int().min(0), last: z.number().int().min(0) }).optional(),
});
export type PrintSetup = z.infer<typeof printSetupSchema>;

/** A cell note (Excel's yellow note, not a threaded comment): where a figure came from. */
export const cellNoteSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  text: z.string().min(1),
});
export type CellNote = z.infer<typeof cellNoteSchema>;

export const sheetPlanSchema = z.object({
  /** Stable id ('plan', 'allocation', 'pb02', …); the marker carries it. */
  id: z.string().min(1),
  name: z.string().min(1).max(31),
  kind: z.enum(['template', 'appendix', 'report']),
  styles: z.record(z.string(), cellStyleSchema),
  cells: z.array(cellPlanSchema),
  columns: z.array(
    z.object({
      index: z.number().int().min(0),
      width: z.number().positive().optional(),
      hidden: z.boolean().optional(),
    }),
  ),
  rows: z.array(
    z.object({
      index: z.number().int().min(0),
      height: z.number().positive().optional(),
      hidden: z.boolean().optional(),
    }),
  ),
  merges: z.array(rangeRefSchema),
  /** Notes on cells; only a conversion of her own table writes them ("Từ / from KH 2024!D6"). */
  notes: z.array(cellNoteSchema).optional(),
  validations: z.array(dataValidationPlanSchema),
  freeze: z.object({ rows: z.number().int().min(0), cols: z.number().int().min(0) }).optional(),
  print: printSetupSchema.optional(),
  /** 'veryHidden': a sheet of ours the user never sees (the saved mapping); absent: visible. */
  visibility: z.enum(['hidden', 'veryHidden']).optional(),
  tabColor: z
    .string()
    .regex(/^[0-9A-F]{6}$/i)
    .optional(),
});
export type SheetPlan = z.infer<typeof sheetPlanSchema>;

/**
 * A sheet to add whose plan is built only when it is written, so a writer holds one big
 * plan at a time (an appendix of 200,000 lines is millions of cells a sheet).
 */
export interface LazySheetPlan {
  name: string;
  kind: SheetPlan['kind'];
  build: () => SheetPlan;
}
