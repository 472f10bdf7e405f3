import { z } from 'zod';

/** Funding-source column keys (brief §3). Composite keys are sums of their parts. */
export const SOURCE_KEYS = [
  'TONG',
  'DTPT',
  'DTPT_NSTW',
  'DTPT_NSDP',
  'SN',
  'SN_NSTW',
  'SN_NSDP',
  'LONG_GHEP',
  'TIN_DUNG',
  'HUY_DONG',
  'DAN_GOP',
] as const;
export const sourceKeySchema = z.enum(SOURCE_KEYS);
export type SourceKey = z.infer<typeof sourceKeySchema>;

export const sourceSchema = z.object({
  key: sourceKeySchema,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Short column header for sheets and appendices. */
  header: z.string().min(1),
  /** Parts whose sum this source is; empty for a typed (leaf) source. */
  parts: z.array(sourceKeySchema),
  capitalType: z.enum(['DTPT', 'SN']).nullable(),
  budget: z.enum(['NSTW', 'NSDP']).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z.array(sourceSchema).superRefine((sources, ctx) => {
  const keys = sources.map((s) => s.key);
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'duplicate source key' });
  // The parts relation must be a tree: every key is a part of at most one composite, TONG is the root.
  const partOf = new Map<string, string>();
  for (const s of sources) {
    for (const p of s.parts) {
      if (!keys.includes(p)) ctx.addIssue({ code: 'custom', message: `${s.key} sums unknown ${p}` });
      if (partOf.has(p))
        ctx.addIssue({ code: 'custom', message: `${p} is a part of both ${partOf.get(p)} and ${s.key}` });
      partOf.set(p, s.key);
    }
  }
  for (const k of keys) {
    if (k !== 'TONG' && !partOf.has(k)) ctx.addIssue({ code: 'custom', message: `${k} is not summed into TONG` });
  }
  if (partOf.has('TONG')) ctx.addIssue({ code: 'custom', message: 'TONG must be the root' });
});

export const SOURCES: Source[] = [
  {
    key: 'TONG',
    name: 'Tổng cộng',
    nameEn: 'Grand total',
    header: 'Tổng cộng',
    parts: ['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP'],
    capitalType: null,
    budget: null,
  },
  {
    key: 'DTPT',
    name: 'Tổng vốn đầu tư phát triển',
    nameEn: 'Development investment, total',
    header: 'Tổng ĐTPT',
    parts: ['DTPT_NSTW', 'DTPT_NSDP'],
    capitalType: 'DTPT',
    budget: null,
  },
  {
    key: 'DTPT_NSTW',
    name: 'Vốn đầu tư phát triển – ngân sách trung ương',
    nameEn: 'Development investment – central budget',
    header: 'NSTW',
    parts: [],
    capitalType: 'DTPT',
    budget: 'NSTW',
  },
  {
    key: 'DTPT_NSDP',
    name: 'Vốn đầu tư phát triển – ngân sách địa phương',
    nameEn: 'Development investment – local budget',
    header: 'NSĐP',
    parts: [],
    capitalType: 'DTPT',
    budget: 'NSDP',
  },
  {
    key: 'SN',
    name: 'Tổng vốn sự nghiệp',
    nameEn: 'Recurrent funds, total',
    header: 'Tổng SN',
    parts: ['SN_NSTW', 'SN_NSDP'],
    capitalType: 'SN',
    budget: null,
  },
  {
    key: 'SN_NSTW',
    name: 'Vốn sự nghiệp – ngân sách trung ương',
    nameEn: 'Recurrent – central budget',
    header: 'NSTW',
    parts: [],
    capitalType: 'SN',
    budget: 'NSTW',
  },
  {
    key: 'SN_NSDP',
    name: 'Vốn sự nghiệp – ngân sách địa phương',
    nameEn: 'Recurrent – local budget',
    header: 'NSĐP',
    parts: [],
    capitalType: 'SN',
    budget: 'NSDP',
  },
  {
    key: 'LONG_GHEP',
    name: 'Vốn lồng ghép từ các chương trình, dự án khác',
    nameEn: 'Integrated from other programs',
    header: 'Lồng ghép',
    parts: [],
    capitalType: null,
    budget: null,
  },
  {
    key: 'TIN_DUNG',
    name: 'Vốn tín dụng chính sách',
    nameEn: 'Policy credit',
    header: 'Tín dụng',
    parts: [],
    capitalType: null,
    budget: null,
  },
  {
    key: 'HUY_DONG',
    name: 'Vốn huy động hợp pháp khác',
    nameEn: 'Other lawful mobilisation',
    header: 'Huy động khác',
    parts: [],
    capitalType: null,
    budget: null,
  },
  {
    key: 'DAN_GOP',
    name: 'Dân đóng góp',
    nameEn: "People's contribution",
    header: 'Dân góp',
    parts: [],
    capitalType: null,
    budget: null,
  },
];

/** Sources typed by users (the rest are formulas). */
export const TYPED_SOURCE_KEYS = SOURCES.filter((s) => s.parts.length === 0).map((s) => s.key);
/** Sources that are sums of other sources. */
export const TOTAL_SOURCE_KEYS = SOURCES.filter((s) => s.parts.length > 0).map((s) => s.key);
