import { z } from 'zod';
import { sourceKeySchema } from '../domain/sources';
import { moneyUnitSchema, levelSchema } from '../domain/units';

/**
 * How an officer's own table maps onto the catalog: which of her columns is which funding
 * source, which of her rows is which plan line. Printed by `mtqg map`, edited by hand and
 * given back with `--map`. Cells are A1 addresses on her sheet; rows and columns 1-based /
 * letters as she sees them.
 */
export const columnRoleSchema = z.enum(['stt', 'name', 'amount', 'sum', 'note', 'ignored']);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

/** Figures beside her plan money: disbursed, a rate, funds carried over, quantities and prices. */
export const columnKindSchema = z.enum(['disbursed', 'rate', 'carried', 'quantity']);
export type ColumnKind = z.infer<typeof columnKindSchema>;

export const disbursedOfSchema = z.enum(['DTPT', 'SN', 'TONG', 'KD_DTPT', 'KD_SN', 'KD']);
export type DisbursedOf = z.infer<typeof disbursedOfSchema>;

export const mappedColumnSchema = z.object({
  /** Column letter on her sheet ('E'). */
  col: z.string().regex(/^[A-Z]{1,3}$/),
  /** Header path as she wrote it, groups first ("Vốn đầu tư phát triển › NSTW"). */
  header: z.string(),
  role: columnRoleSchema,
  /** The template source this column is; null for a sum of her own making (checked on her sheet). */
  key: sourceKeySchema.nullable().default(null),
  /** For role 'sum': the columns it adds up, in her sheet. */
  sumOf: z.array(z.string()).optional(),
  note: z.string().optional(),
  /** For role 'ignored': figures known not to be this year's plan money, not "money in no source". */
  kind: columnKindSchema.optional(),
  /**
   * For kind 'disbursed': what of the row it is disbursed from (checked: not above it) — the year's plan
   * (DTPT, SN, TONG) or her carried-over funds (KD_DTPT, KD_SN, KD). For kind 'carried': which of those
   * carried-over funds the column is.
   */
  disbursedOf: disbursedOfSchema.optional(),
  /**
   * A budget column (NSTW, NSĐP) of a table whose rows come in capital sections ("A. Vốn đầu tư phát
   * triển", "B. Vốn sự nghiệp"): its source is this budget of the row's section (key stays null).
   */
  budget: z.enum(['NSTW', 'NSDP']).optional(),
});
export type MappedColumn = z.infer<typeof mappedColumnSchema>;

/**
 * 'part': a "Trong đó: …" row restating part of the row above (never added). 'section': the heading of
 * a capital section ("A. Vốn đầu tư phát triển"), the total of that capital type over the rows under it.
 */
export const rowKindSchema = z.enum(['line', 'detail', 'total', 'part', 'section', 'unmapped']);
export const capitalSchema = z.enum(['DTPT', 'SN']);
/** Sources of no capital type, which a section of her rows may hold (lồng ghép, tín dụng, huy động, dân góp). */
export const otherSourceSchema = z.enum(['LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP']);
export type OtherSource = z.infer<typeof otherSourceSchema>;
export type Capital = z.infer<typeof capitalSchema>;

export const mappedRowSchema = z.object({
  /** 1-based row on her sheet. */
  row: z.number().int().min(1),
  stt: z.string().default(''),
  text: z.string().default(''),
  kind: rowKindSchema,
  /** Catalog line (kind 'line'), or the line a detail row belongs to (kind 'detail'). */
  lineCode: z.string().optional(),
  /** In a table of capital sections: the section the row is in (a 'section' row: the one it heads). */
  capital: capitalSchema.optional(),
  /**
   * In such a table, a section of another source instead ("C. Vốn lồng ghép", the projects again):
   * the source of the row's Tổng cộng (a 'section' row: the source it heads).
   */
  source: otherSourceSchema.optional(),
});
export type MappedRow = z.infer<typeof mappedRowSchema>;

export const unmappedSchema = z.object({
  cell: z.string(),
  text: z.string(),
  why: z.string(),
});
export type Unmapped = z.infer<typeof unmappedSchema>;

export const tableMappingSchema = z.object({
  sheet: z.string().min(1),
  /** 'plan' (Kế hoạch) or 'allocation' (vốn được giao). */
  role: z.enum(['plan', 'allocation']),
  title: z.string().default(''),
  /** The issuing body in the title block ("UBND HUYỆN NGỌC HỒI"), if any. */
  issuer: z.string().default(''),
  unit: moneyUnitSchema,
  /** Where the unit was read ('A4'), or null when assumed. */
  unitCell: z.string().nullable().default(null),
  /** 1-based first and last header row. */
  headerRows: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  columns: z.array(mappedColumnSchema),
  rows: z.array(mappedRowSchema),
  unmapped: z.array(unmappedSchema).default([]),
});
export type TableMapping = z.infer<typeof tableMappingSchema>;

/** Her indicator table's columns, by the template's keys (name and target are needed). */
export const indicatorColumnKeySchema = z.enum(['CHI_TIEU', 'DVT', 'KE_HOACH', 'DON_VI_CHU_TRI', 'GHI_CHU']);

export const indicatorTableSchema = z.object({
  sheet: z.string().min(1),
  /** 1-based header row. */
  headerRow: z.number().int().min(1),
  /** Column letter of each of her columns the checks read; CHI_TIEU and KE_HOACH are required. */
  columns: z
    .partialRecord(indicatorColumnKeySchema, z.string().regex(/^[A-Z]{1,3}$/))
    .refine((c) => !!c.CHI_TIEU && !!c.KE_HOACH, 'CHI_TIEU and KE_HOACH columns are required'),
  /** Her rows: the program indicator each one is (CT01…), or null when it is none of them. */
  rows: z.array(
    z.object({
      row: z.number().int().min(1),
      text: z.string().default(''),
      code: z
        .string()
        .regex(/^CT\d{2}$/)
        .nullable(),
    }),
  ),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;

export const layoutMappingSchema = z.object({
  version: z.literal(1).default(1),
  level: levelSchema.default('huyen'),
  tables: z.array(tableMappingSchema),
  /** Her indicator table (STT | Chỉ tiêu | ĐVT | Kế hoạch), when the workbook has one. */
  indicators: indicatorTableSchema.optional(),
  /** Sheets (or parts) that hold no plan table, and why. */
  unmapped: z.array(unmappedSchema).default([]),
});
export type LayoutMapping = z.infer<typeof layoutMappingSchema>;
