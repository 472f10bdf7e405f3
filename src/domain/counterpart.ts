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
