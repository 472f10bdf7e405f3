import { z } from 'zod';
import { levelSchema, moneyUnitSchema } from './units';
import { DEFAULT_COUNTERPART_PERCENT, counterpartScopeSchema } from './counterpart';

/** Workbook settings kept on the "Thông tin" sheet (keys in workbookLayout.SETTING_KEYS). */
export const workbookSettingsSchema = z.object({
  DON_VI: z.string().default(''),
  CAP: levelSchema.default('huyen'),
  NAM: z.number().int().min(2021).max(2100),
  DON_VI_TINH: moneyUnitSchema.default('trieu'),
  DOI_UNG_TOI_THIEU: z.number().min(0).max(100).default(DEFAULT_COUNTERPART_PERCENT),
  SO_QD_GIAO_VON: z.string().default(''),
  SO_KE_HOACH: z.string().default(''),
  NGAY_KE_HOACH: z.string().default(''),
  /** As-of date of the disbursement figures, as read (ISO, dd/mm/yyyy or an Excel serial); see asOfDate.ts. */
  NGAY_SO_LIEU: z.string().default(''),
  PHIEN_BAN_MAU: z.string().default(''),
  DOI_UNG_THEO: counterpartScopeSchema.default('tong'),
});
export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;

/** Options a user gives when loading templates (pane form, CLI flags). */
export const templateOptionsSchema = z.object({
  level: levelSchema.default('huyen'),
  year: z.number().int().min(2021).max(2100),
  unit: moneyUnitSchema.default('trieu'),
  unitName: z.string().default(''),
  counterpartPercent: z.number().min(0).max(100).default(DEFAULT_COUNTERPART_PERCENT),
  allocationDecision: z.string().default(''),
  planNumber: z.string().default(''),
  planDate: z.string().default(''),
  /** As-of date of the disbursement figures, dd/mm/yyyy (blank: not given yet). */
  asOfDate: z.string().default(''),
  counterpartScope: counterpartScopeSchema.default('tong'),
});
export type TemplateOptions = z.infer<typeof templateOptionsSchema>;
export type TemplateOptionsInput = z.input<typeof templateOptionsSchema>;
