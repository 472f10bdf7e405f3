import { z } from 'zod';
import { lineCodeSchema } from './lines';

/**
 * Which capital types (ĐTPT investment, SN recurrent) a plan line may carry (brief §3).
 * Kept as data, one entry a line with its strength, because provinces issue their own
 * guidance and this table must be easy to correct. 'doubtful' means sources disagree:
 * money there is a warning, not an error.
 */
export const permissionSchema = z.enum(['allowed', 'doubtful', 'forbidden']);
export type Permission = z.infer<typeof permissionSchema>;

export const eligibilityEntrySchema = z.object({
  code: lineCodeSchema,
  DTPT: permissionSchema,
  SN: permissionSchema,
  basis: z.string().min(1),
});
export type EligibilityEntry = z.infer<typeof eligibilityEntrySchema>;

export const eligibilityTableSchema = z.array(eligibilityEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.code))
      ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicate eligibility entry ${e.code}` });
    seen.add(e.code);
    if (e.DTPT === 'forbidden' && e.SN === 'forbidden') {
      ctx.addIssue({ code: 'custom', path: [i], message: `${e.code} may carry neither capital type` });
    }
  });
});

const SN_ONLY = { DTPT: 'forbidden', SN: 'allowed' } as const;
const BOTH = { DTPT: 'allowed', SN: 'allowed' } as const;
const DTPT_ONLY = { DTPT: 'allowed', SN: 'forbidden' } as const;
const QD = 'QĐ 1719/QĐ-TTg';

export const ELIGIBILITY: EligibilityEntry[] = [
  { code: 'DA1', ...BOTH, basis: `${QD}: tổng hợp các nội dung` },
  { code: 'DA1.ND1', ...BOTH, basis: QD },
  { code: 'DA1.ND2', ...BOTH, basis: QD },
  { code: 'DA1.ND3', ...SN_ONLY, basis: `${QD}: hỗ trợ trực tiếp bằng vốn sự nghiệp` },
  { code: 'DA1.ND4', ...BOTH, basis: `${QD}: tổng hợp phân tán (SN) và tập trung (ĐTPT)` },
  { code: 'DA1.ND4.PT', ...SN_ONLY, basis: QD },
  { code: 'DA1.ND4.TT', ...DTPT_ONLY, basis: `${QD}: đầu tư công trình` },
  { code: 'DA2', ...BOTH, basis: QD },
  { code: 'DA3', ...BOTH, basis: `${QD}: tổng hợp các tiểu dự án` },
  { code: 'DA3.TDA1', ...SN_ONLY, basis: QD },
  { code: 'DA3.TDA2', ...BOTH, basis: `${QD}: chỉ nội dung 02 được dùng ĐTPT` },
  { code: 'DA3.TDA2.ND1', ...SN_ONLY, basis: QD },
  { code: 'DA3.TDA2.ND2', ...BOTH, basis: `${QD}: vùng trồng dược liệu quý` },
  { code: 'DA3.TDA2.ND3', ...SN_ONLY, basis: QD },
  { code: 'DA4', ...BOTH, basis: `${QD}: tổng hợp các tiểu dự án` },
  { code: 'DA4.TDA1', ...BOTH, basis: QD },
  { code: 'DA4.TDA1.ND1', ...BOTH, basis: `${QD}: công trình = ĐTPT, duy tu bảo dưỡng = SN` },
  { code: 'DA4.TDA1.ND2', ...BOTH, basis: QD },
  { code: 'DA4.TDA2', ...DTPT_ONLY, basis: QD },
  { code: 'DA5', ...BOTH, basis: `${QD}: tổng hợp các tiểu dự án` },
  { code: 'DA5.TDA1', ...BOTH, basis: QD },
  { code: 'DA5.TDA2', ...SN_ONLY, basis: QD },
  { code: 'DA5.TDA3', DTPT: 'doubtful', SN: 'allowed', basis: 'Các văn bản hướng dẫn chưa thống nhất về vốn ĐTPT' },
  { code: 'DA5.TDA4', ...SN_ONLY, basis: QD },
  { code: 'DA6', ...BOTH, basis: QD },
  { code: 'DA7', DTPT: 'doubtful', SN: 'allowed', basis: 'Một số hướng dẫn chỉ bố trí vốn sự nghiệp' },
  { code: 'DA8', ...SN_ONLY, basis: QD },
  { code: 'DA9', ...BOTH, basis: `${QD}: tổng hợp các tiểu dự án` },
  { code: 'DA9.TDA1', ...BOTH, basis: QD },
  { code: 'DA9.TDA2', ...SN_ONLY, basis: QD },
  { code: 'DA10', ...BOTH, basis: `${QD}: tổng hợp các tiểu dự án` },
  { code: 'DA10.TDA1', ...SN_ONLY, basis: QD },
  { code: 'DA10.TDA2', ...BOTH, basis: QD },
  { code: 'DA10.TDA3', ...SN_ONLY, basis: QD },
];
