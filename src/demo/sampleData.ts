import type { SourceKey } from '../domain/sources';
import type { DisbursementColumnKey } from '../domain/workbookLayout';
import type { SettingsInput } from '../domain/settings';
import type { DetailRowSpec } from '../templates';

/**
 * A realistic district plan (Huyện Vĩnh Linh, 2024, triệu đồng) used by the demo and
 * tests. Every local counterpart is exactly 5 % of the central budget, like the real
 * plans that sit on the line.
 */
export const SAMPLE_OPTIONS: SettingsInput = {
  level: 'huyen',
  year: 2024,
  unit: 'trieu',
  unitName: 'Huyện Vĩnh Linh',
  counterpartPercent: 5,
  allocationDecision: 'QĐ số 3012/QĐ-UBND ngày 15/12/2023 của UBND tỉnh Quảng Trị',
  planNumber: '125/KH-UBND',
  planDate: '25/01/2024',
  asOfDate: '31/12/2024',
};

export const SAMPLE_DETAILS: DetailRowSpec[] = [
  { leafCode: 'DA4.TDA1.ND1', name: 'Nâng cấp đường Áng Hin' },
  { leafCode: 'DA4.TDA1.ND1', name: 'Cầu treo bản Khe Sanh' },
  { leafCode: 'DA4.TDA1.ND1', name: 'Duy tu, bảo dưỡng công trình hạ tầng các xã ĐBKK' },
];

export type Amounts = Partial<Record<SourceKey, number>>;

/** Typed figures of Kế hoạch vốn, by leaf or detail code (detail codes as the template numbers them). */
export const SAMPLE_PLAN: Record<string, Amounts> = {
  'DA1.ND2': { SN_NSTW: 1200, SN_NSDP: 60, LONG_GHEP: 150, DAN_GOP: 240 },
  'DA1.ND4.PT': { SN_NSTW: 350, SN_NSDP: 17.5, DAN_GOP: 35 },
  'DA1.ND4.TT': { DTPT_NSTW: 2400, DTPT_NSDP: 120, HUY_DONG: 80 },
  'DA3.TDA1': { SN_NSTW: 850, SN_NSDP: 42.5, TIN_DUNG: 500 },
  'DA3.TDA2.ND1': { SN_NSTW: 620, SN_NSDP: 31, HUY_DONG: 150, DAN_GOP: 60 },
  'DA4.TDA1.ND1.01': { DTPT_NSTW: 3500, DTPT_NSDP: 175, DAN_GOP: 120 },
  'DA4.TDA1.ND1.02': { DTPT_NSTW: 2800, DTPT_NSDP: 140, LONG_GHEP: 300 },
  'DA4.TDA1.ND1.03': { SN_NSTW: 420, SN_NSDP: 21 },
  'DA4.TDA1.ND2': { DTPT_NSTW: 1600, DTPT_NSDP: 80, HUY_DONG: 200 },
  'DA5.TDA1': { DTPT_NSTW: 1100, DTPT_NSDP: 55, SN_NSTW: 300, SN_NSDP: 15 },
  'DA5.TDA4': { SN_NSTW: 180, SN_NSDP: 9, LONG_GHEP: 40 },
  DA6: { SN_NSTW: 450, SN_NSDP: 22.5, LONG_GHEP: 100, DAN_GOP: 30 },
  DA8: { SN_NSTW: 320, SN_NSDP: 16, HUY_DONG: 25 },
  'DA9.TDA2': { SN_NSTW: 150, SN_NSDP: 7.5, LONG_GHEP: 20 },
  'DA10.TDA1': { SN_NSTW: 210, SN_NSDP: 10.5, HUY_DONG: 15 },
  'DA10.TDA3': { SN_NSTW: 160, SN_NSDP: 8 },
};

/** Notes on plan lines (column Ghi chú). */
export const SAMPLE_PLAN_NOTES: Record<string, string> = {
  'DA4.TDA1.ND1.01': 'Xã Vĩnh Ô, 2,5 km',
  'DA4.TDA1.ND1.02': 'Khởi công mới',
  'DA3.TDA1': 'Tín dụng qua NHCSXH',
};

/**
 * Projects whose allocation (Giao vốn) is given per source besides the grand total; the
 * allocation equals what the plan spends, so the consistent sample has no finding.
 */
export const SAMPLE_ALLOCATED_PROJECTS = ['DA1', 'DA4'];

export interface SampleIndicator {
  code: string;
  target: number | string;
  owner: string;
  note?: string;
}

export const SAMPLE_INDICATORS: SampleIndicator[] = [
  { code: 'CT01', target: 38.5, owner: 'Phòng Dân tộc' },
  { code: 'CT02', target: 3.5, owner: 'Phòng Lao động - Thương binh và Xã hội' },
  { code: 'CT06', target: 350, owner: 'Phòng Lao động - Thương binh và Xã hội' },
  { code: 'CT07', target: 95, owner: 'Phòng Nông nghiệp và PTNT' },
  { code: 'CT08', target: 4, owner: 'Phòng Tài nguyên và Môi trường', note: 'do tỉnh làm chủ đầu tư' },
  { code: 'CT09', target: 40, owner: 'Phòng Dân tộc' },
  { code: 'CT12', target: 120, owner: 'Phòng Nông nghiệp và PTNT' },
  { code: 'CT13', target: 2, owner: 'Phòng Kinh tế - Hạ tầng' },
  { code: 'CT15', target: 'Đánh giá cuối giai đoạn', owner: 'Phòng Kinh tế - Hạ tầng' },
  { code: 'CT16', target: 85, owner: 'Phòng Kinh tế - Hạ tầng' },
  { code: 'CT17', target: 12.5, owner: 'Phòng Kinh tế - Hạ tầng' },
  { code: 'CT20', target: 65, owner: 'Phòng Dân tộc' },
  { code: 'CT21', target: 100, owner: 'Trung tâm Y tế huyện' },
];

/**
 * Typed figures of Giải ngân at 31/12/2024 (the plan column KH is looked up from Kế hoạch
 * vốn): about 92 % of the year's ĐTPT and 94 % of its SN disbursed, and 2023 funds carried
 * into 2024 on two works and one support line, nearly all disbursed.
 */
export const SAMPLE_DISBURSEMENT: Record<string, Partial<Record<DisbursementColumnKey, number>>> = {
  'DA1.ND2': { GN_SN: 1180, KD_SN: 120, GNKD_SN: 96 },
  'DA1.ND4.PT': { GN_SN: 350 },
  'DA1.ND4.TT': { GN_DTPT: 2350, KD_DTPT: 450, GNKD_DTPT: 450 },
  'DA3.TDA1': { GN_SN: 850 },
  'DA3.TDA2.ND1': { GN_SN: 600 },
  'DA4.TDA1.ND1.01': { GN_DTPT: 3500, KD_DTPT: 800, GNKD_DTPT: 780 },
  'DA4.TDA1.ND1.02': { GN_DTPT: 2650 },
  'DA4.TDA1.ND1.03': { GN_SN: 420 },
  'DA4.TDA1.ND2': { GN_DTPT: 1500 },
  'DA5.TDA1': { GN_DTPT: 1050, GN_SN: 300 },
  'DA5.TDA4': { GN_SN: 170 },
  DA6: { GN_SN: 450 },
  DA8: { GN_SN: 300 },
  'DA9.TDA2': { GN_SN: 150 },
  'DA10.TDA1': { GN_SN: 200 },
  'DA10.TDA3': { GN_SN: 160 },
};
