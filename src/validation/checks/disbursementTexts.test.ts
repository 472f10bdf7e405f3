import type { Finding } from '../../model/finding';
import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkCarryoverExpired } from './carryoverExpired';
import { checkDisbursedOverPlan } from './disbursedOverPlan';
import { checkLowDisbursement } from './lowDisbursement';
import { checkRateMismatch } from './rateMismatch';

/** The whole finding as an officer reads it (the checks' own tests pin codes and cells). */
const full = (f: Finding[]) =>
  f.map((x) => [x.code, x.severity, x.cell, x.lineCode, x.expected, x.actual, x.message, x.messageEn]);

describe('finding texts of the Giải ngân checks', () => {
  it('LOW_DISBURSEMENT: each capital type below the latest milestone passed, with rate, date and milestone', () => {
    const b = new SnapshotBuilder({ year: 2024 })
      .setting('NGAY_SO_LIEU', '2024-12-31')
      .plan('DA8', 'SN_NSTW', 12500)
      .plan('DA1.ND4.TT', 'DTPT_NSTW', 20000)
      .disb('DA8', 'GN_SN', 6875)
      .disb('DA1.ND4.TT', 'GN_DTPT', 1000);
    expect(full(runCheck(checkLowDisbursement, b))).toEqual([
      [
        'LOW_DISBURSEMENT',
        'warning',
        'F4',
        'TONG',
        80,
        5,
        'Giải ngân kế hoạch năm vốn ĐTPT đạt 5,0% đến ngày 31/12/2024, dưới mốc 80% của ngày 31/12.',
        "The year plan's investment disbursement is 5.0% at 31/12/2024, below the 80% milestone of 31/12.",
      ],
      [
        'LOW_DISBURSEMENT',
        'warning',
        'L4',
        'TONG',
        80,
        55,
        'Giải ngân kế hoạch năm vốn SN đạt 55,0% đến ngày 31/12/2024, dưới mốc 80% của ngày 31/12.',
        "The year plan's recurrent funds disbursement is 55.0% at 31/12/2024, below the 80% milestone of 31/12.",
      ],
    ]);
  });

  it('LOW_DISBURSEMENT: exactly at the milestone passes, a hair below is flagged', () => {
    const b = (gn: number) =>
      new SnapshotBuilder({ year: 2024 })
        .setting('NGAY_SO_LIEU', '2024-12-31')
        .plan('DA8', 'SN_NSTW', 12500)
        .disb('DA8', 'GN_SN', gn);
    expect(runCheck(checkLowDisbursement, b(10000))).toEqual([]);
    expect(runCheck(checkLowDisbursement, b(9999)).map((f) => f.cell)).toEqual(['L4']);
  });

  it('DISBURSED_OVER_PLAN: over the year plan and over the carried-over funds, by how much', () => {
    const b = new SnapshotBuilder()
      .plan('DA1.ND4.TT', 'DTPT_NSTW', 20000)
      .plan('DA8', 'SN_NSTW', 12500)
      .disb('DA1.ND4.TT', 'GN_DTPT', 20100)
      .disb('DA8', 'KD_SN', 1800)
      .disb('DA8', 'GNKD_SN', 1800.4);
    expect(full(runCheck(checkDisbursedOverPlan, b))).toEqual([
      [
        'DISBURSED_OVER_PLAN',
        'error',
        'E11',
        'DA1.ND4.TT',
        20000,
        20100,
        'Giải ngân vượt kế hoạch năm 100 triệu đồng (100.000.000 đồng) — DA1.ND4.TT · Giải ngân ĐTPT: 20.100 triệu đồng so với 20.000 triệu đồng.',
        "Disbursed 100 million VND (100,000,000 VND) above the year's plan — DA1.ND4.TT · investment disbursed: 20,100 million VND vs 20,000 million VND.",
      ],
      [
        'DISBURSED_OVER_PLAN',
        'error',
        'N31',
        'DA8',
        1800,
        1800.4,
        'Giải ngân vượt vốn kéo dài 0,4 triệu đồng (400.000 đồng) — DA8 · Giải ngân SN kéo dài: 1.800,4 triệu đồng so với 1.800 triệu đồng.',
        'Disbursed 0.4 million VND (400,000 VND) above the funds carried over — DA8 · carried-over recurrent disbursed: 1,800.4 million VND vs 1,800 million VND.',
      ],
    ]);
  });

  it('RATE_MISMATCH: the typed rate against disbursed / plan, both languages', () => {
    const b = new SnapshotBuilder()
      .plan('DA1.ND4.TT', 'DTPT_NSTW', 20000)
      .disb('DA1.ND4.TT', 'GN_DTPT', 17822)
      .disb('DA1.ND4.TT', 'TL_DTPT', constant(0.881, '0.0%'));
    expect(full(runCheck(checkRateMismatch, b))).toEqual([
      [
        'RATE_MISMATCH',
        'error',
        'F11',
        'DA1.ND4.TT',
        89.11,
        88.1,
        'Tỷ lệ ghi 88,10% nhưng giải ngân / kế hoạch = 89,11%; nên khôi phục công thức — DA1.ND4.TT · Tỷ lệ giải ngân ĐTPT.',
        'The rate reads 88.10% but disbursed / plan = 89.11%; restore the formula — DA1.ND4.TT · investment rate.',
      ],
    ]);
  });

  it('CARRYOVER_EXPIRED: the deadline, the law, what lapses and what was disbursed by when', () => {
    const b = new SnapshotBuilder({ year: 2024 })
      .setting('NGAY_SO_LIEU', '2025-01-31')
      .disb('DA1.ND4.TT', 'KD_DTPT', 4200)
      .disb('DA1.ND4.TT', 'GNKD_DTPT', 4116);
    expect(full(runCheck(checkCarryoverExpired, b))).toEqual([
      [
        'CARRYOVER_EXPIRED',
        'warning',
        'H11',
        'DA1.ND4.TT',
        4200,
        4116,
        'Đã quá hạn 31/12/2024 (Luật Đầu tư công 2019, Điều 68 khoản 2 (vốn kéo dài không quá 31/12 năm sau)): vốn kéo dài chưa giải ngân 84 triệu đồng (84.000.000 đồng) bị hủy — DA1.ND4.TT · ĐTPT kéo dài: giải ngân 4.116 triệu đồng/4.200 triệu đồng đến ngày 31/01/2025.',
        'Past the 31/12/2024 deadline (Law on Public Investment 2019, Art. 68(2) (extended plans by 31 December of the next year)): 84 million VND (84,000,000 VND) of carried-over funds not disbursed lapses — DA1.ND4.TT · investment carried over: 4,116 million VND of 4,200 million VND disbursed by 31/01/2025.',
      ],
    ]);
  });

  it('CARRYOVER_EXPIRED: an unreadable as-of date, one warning at its cell on the settings sheet', () => {
    const b = new SnapshotBuilder({ year: 2024 })
      .setting('NGAY_SO_LIEU', 'cuối năm')
      .disb('DA1.ND4.TT', 'KD_DTPT', 4200);
    expect(full(runCheck(checkCarryoverExpired, b))).toEqual([
      [
        'TEMPLATE_STRUCTURE',
        'warning',
        // NGAY_SO_LIEU's value cell (row 9 of the builder's Thông tin).
        'C9',
        undefined,
        undefined,
        undefined,
        'Không đọc được ngày số liệu NGAY_SO_LIEU ("cuối năm"); nhập dạng dd/mm/yyyy. Chưa kiểm tra hạn giải ngân.',
        'The as-of date NGAY_SO_LIEU ("cuối năm") is unreadable; type dd/mm/yyyy. Deadlines were not checked.',
      ],
    ]);
  });
});
