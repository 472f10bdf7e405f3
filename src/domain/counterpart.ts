import { z } from 'zod';

/**
 * Minimum local counterpart (vốn đối ứng NSĐP) as a percent of the central budget, by the
 * province's reliance on central balancing transfers (QĐ 39/2021/QĐ-TTg). Defaults only:
 * the workbook's DOI_UNG_TOI_THIEU setting overrides them.
 */
export const counterpartTierSchema = z.object({
  id: z.enum(['tw_tren_60', 'tw_30_60', 'tw_duoi_30', 'tu_can_doi']),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  minPercent: z.number().min(0).max(100),
});
export type CounterpartTier = z.infer<typeof counterpartTierSchema>;

export const counterpartTiersSchema = z.array(counterpartTierSchema).min(1);

export const COUNTERPART_TIERS: CounterpartTier[] = [
  {
    id: 'tw_tren_60',
    label: 'Tỉnh nhận bổ sung cân đối từ NSTW ≥ 60%',
    labelEn: 'Province receiving ≥ 60% from the centre',
    minPercent: 5,
  },
  {
    id: 'tw_30_60',
    label: 'Tỉnh nhận bổ sung cân đối từ NSTW 30–60%',
    labelEn: 'Province receiving 30–60% from the centre',
    minPercent: 10,
  },
  {
    id: 'tw_duoi_30',
    label: 'Tỉnh nhận bổ sung cân đối từ NSTW < 30%',
    labelEn: 'Province receiving < 30% from the centre',
    minPercent: 15,
  },
  { id: 'tu_can_doi', label: 'Tỉnh tự cân đối ngân sách', labelEn: 'Self-balancing province', minPercent: 20 },
];

/** Most program provinces receive ≥ 60 % from the centre, so that tier is the default. */
export const DEFAULT_COUNTERPART_PERCENT = COUNTERPART_TIERS[0].minPercent;

/**
 * What the minimum applies to: 'tong' — the whole central budget (NSĐP ĐTPT + SN ≥ % of
 * NSTW ĐTPT + SN; published district plans put all their local money on investment), or
 * 'tung_loai' — each capital type on its own (ĐTPT and SN separately). The sources at hand
 * do not settle it (QĐ 39/2021/QĐ-TTg Art. 6), so it is a per-workbook setting (DOI_UNG_THEO).
 */
export const counterpartScopeSchema = z.enum(['tong', 'tung_loai']);
export type CounterpartScope = z.infer<typeof counterpartScopeSchema>;
export const COUNTERPART_SCOPE_LABELS: Record<CounterpartScope, { label: string; labelEn: string }> = {
  tong: { label: 'Tổng vốn NSTW', labelEn: 'whole central budget' },
  tung_loai: { label: 'Từng loại vốn (ĐTPT, SN)', labelEn: 'each capital type' },
};
