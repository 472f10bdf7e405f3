import { z } from 'zod';
import { lineCodeSchema } from './lines';

/**
 * Program indicators (chỉ tiêu, brief §5). `kind` drives value checks: percent in 0–100,
 * count a whole number ≥ 0, decimal any number ≥ 0.
 */
export const indicatorKindSchema = z.enum(['percent', 'count', 'decimal']);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const indicatorSchema = z.object({
  code: z.string().regex(/^CT\d{2}$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  unit: z.string().min(1),
  kind: indicatorKindSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorsSchema = z.array(indicatorSchema).superRefine((list, ctx) => {
  const codes = list.map((i) => i.code);
  if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'duplicate indicator code' });
});

/** Legal text value for targets assessed only at the end of the phase. */
export const END_OF_PHASE_TEXT = 'Đánh giá cuối giai đoạn';

export const INDICATORS: Indicator[] = [
  {
    code: 'CT01',
    name: 'Thu nhập bình quân đầu người của người DTTS',
    nameEn: 'Average income per ethnic-minority person',
    unit: 'triệu đồng/người/năm',
    kind: 'decimal',
  },
  {
    code: 'CT02',
    name: 'Mức giảm tỷ lệ hộ nghèo trong đồng bào DTTS',
    nameEn: 'Reduction of the poverty rate',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT03',
    name: 'Số xã thoát khỏi địa bàn ĐBKK',
    nameEn: 'Communes leaving extreme difficulty',
    unit: 'xã',
    kind: 'count',
  },
  {
    code: 'CT04',
    name: 'Số thôn thoát khỏi địa bàn ĐBKK',
    nameEn: 'Villages leaving extreme difficulty',
    unit: 'thôn',
    kind: 'count',
  },
  {
    code: 'CT05',
    name: 'Tỷ lệ lao động trong độ tuổi được đào tạo nghề',
    nameEn: 'Working-age people with vocational training',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT06',
    name: 'Số người được hỗ trợ đào tạo nghề',
    nameEn: 'People supported with vocational training',
    unit: 'lượt người',
    kind: 'count',
  },
  {
    code: 'CT07',
    name: 'Tỷ lệ đồng bào DTTS sử dụng nước sinh hoạt hợp vệ sinh',
    nameEn: 'Ethnic-minority people using clean water',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT08',
    name: 'Số hộ được hỗ trợ đất ở',
    nameEn: 'Households given residential land',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT09',
    name: 'Số hộ được hỗ trợ nhà ở',
    nameEn: 'Households given housing support',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT10',
    name: 'Số hộ được hỗ trợ đất sản xuất',
    nameEn: 'Households given production land',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT11',
    name: 'Số hộ được hỗ trợ chuyển đổi nghề',
    nameEn: 'Households supported in job conversion',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT12',
    name: 'Số hộ được hỗ trợ nước sinh hoạt phân tán',
    nameEn: 'Households given dispersed water support',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT13',
    name: 'Số công trình nước sinh hoạt tập trung',
    nameEn: 'Centralised water works',
    unit: 'công trình',
    kind: 'count',
  },
  {
    code: 'CT14',
    name: 'Số hộ được bố trí, sắp xếp ổn định dân cư',
    nameEn: 'Households resettled',
    unit: 'hộ',
    kind: 'count',
  },
  {
    code: 'CT15',
    name: 'Tỷ lệ dự án đầu tư cơ sở hạ tầng thực hiện theo cơ chế đặc thù',
    nameEn: 'Infrastructure projects under the special mechanism',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT16',
    name: 'Tỷ lệ thôn có đường ô tô đến trung tâm được cứng hóa',
    nameEn: 'Villages with paved road to centre',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT17',
    name: 'Số km đường giao thông nông thôn được cứng hóa',
    nameEn: 'Km of rural road paved',
    unit: 'km',
    kind: 'decimal',
  },
  {
    code: 'CT18',
    name: 'Tỷ lệ hộ dân sử dụng điện lưới quốc gia',
    nameEn: 'Households on the national grid',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT19',
    name: 'Tỷ lệ thôn có nhà sinh hoạt cộng đồng',
    nameEn: 'Villages with a community house',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT20',
    name: 'Số người có uy tín được hỗ trợ',
    nameEn: 'Prestigious persons supported',
    unit: 'lượt người',
    kind: 'count',
  },
  {
    code: 'CT21',
    name: 'Tỷ lệ đồng bào DTTS tham gia bảo hiểm y tế',
    nameEn: 'Ethnic-minority people with health insurance',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT22',
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân',
    nameEn: 'Underweight children under 5',
    unit: '%',
    kind: 'percent',
  },
  {
    code: 'CT23',
    name: 'Số thôn có đội văn nghệ truyền thống hoạt động thường xuyên',
    nameEn: 'Villages with an active traditional arts troupe',
    unit: 'thôn',
    kind: 'count',
  },
];

/**
 * Indicator ↔ funding-line links: a target on any listed indicator needs money on the
 * line, and money on the line with no target on any of them is suspicious.
 */
export const indicatorFundingLinkSchema = z.object({
  line: lineCodeSchema,
  indicators: z.array(z.string().regex(/^CT\d{2}$/)).min(1),
});
export type IndicatorFundingLink = z.infer<typeof indicatorFundingLinkSchema>;

export const INDICATOR_FUNDING_LINKS: IndicatorFundingLink[] = [
  { line: 'DA1.ND1', indicators: ['CT08'] },
  { line: 'DA1.ND2', indicators: ['CT09'] },
  { line: 'DA1.ND3', indicators: ['CT10', 'CT11'] },
  { line: 'DA1.ND4.PT', indicators: ['CT12'] },
  { line: 'DA1.ND4.TT', indicators: ['CT13'] },
  { line: 'DA2', indicators: ['CT14'] },
];
