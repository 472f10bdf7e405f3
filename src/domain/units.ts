import { z } from 'zod';

/** Money units a workbook may declare (DON_VI_TINH). */
export const moneyUnitSchema = z.enum(['dong', 'nghin', 'trieu']);
export type MoneyUnit = z.infer<typeof moneyUnitSchema>;

export const MONEY_UNITS: Record<
  MoneyUnit,
  { label: string; labelEn: string; dong: number; numFmt: string; decimals: number }
> = {
  dong: { label: 'đồng', labelEn: 'VND', dong: 1, numFmt: '#,##0', decimals: 0 },
  nghin: { label: 'nghìn đồng', labelEn: 'thousand VND', dong: 1_000, numFmt: '#,##0', decimals: 0 },
  trieu: { label: 'triệu đồng', labelEn: 'million VND', dong: 1_000_000, numFmt: '#,##0.000', decimals: 3 },
};

/** Administrative level of the planning unit (CAP). */
export const levelSchema = z.enum(['tinh', 'huyen', 'xa']);
export type Level = z.infer<typeof levelSchema>;
export const LEVEL_LABELS: Record<Level, { label: string; labelEn: string }> = {
  tinh: { label: 'Tỉnh', labelEn: 'Province' },
  huyen: { label: 'Huyện', labelEn: 'District' },
  xa: { label: 'Xã', labelEn: 'Commune' },
};
