import type { Finding } from '../../model/finding';
import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkCounterpart } from './counterpart';

/** Lạng Sơn 2023 with ĐTPT NSĐP lowered to 27.000: 56.446 of 1.131.993 is 4,99 %. */
const langSon = () =>
  new SnapshotBuilder({ level: 'tinh' })
    .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 543_193)
    .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 27_000)
    .plan('DA3.TDA1', 'SN_NSTW', 588_800)
    .plan('DA3.TDA1', 'SN_NSDP', 29_446);
const full = (f: Finding[]) =>
  f.map((x) => [x.severity, x.cell, x.sourceKey, x.expected, x.actual, x.message, x.messageEn]);

describe('COUNTERPART_SHORTFALL texts', () => {
  it('the whole central budget: what is missing, the law, both figures and each capital type', () => {
    expect(full(runCheck(checkCounterpart, langSon()))).toEqual([
      [
        'error',
        'G4',
        undefined,
        56599.65,
        56446,
        'NSĐP thiếu 153,65 triệu đồng (153.650.000 đồng) so với mức tối thiểu 5 % tổng NSTW; NSTW năm sau bị cắt số thiếu này (Điều 6 QĐ 39/2021/QĐ-TTg) — NSĐP 56.446 = 4,99 % NSTW 1.131.993 triệu đồng; ĐTPT 4,97 %, SN 5 %.',
        "Local budget is short by 153.65 million VND (153,650,000 VND) against the minimum 5 % of all central; next year's central allocation is cut by this shortfall (Decision 39/2021/QĐ-TTg Art. 6) — local 56,446 = 4.99 % of central 1,131,993 million VND; ĐTPT 4.97 %, SN 5 %.",
      ],
    ]);
  });

  it('one capital type (DOI_UNG_THEO = tung_loai): named in the subject and the base, no split after', () => {
    expect(full(runCheck(checkCounterpart, langSon().setting('DOI_UNG_THEO', 'tung_loai')))).toEqual([
      [
        'error',
        'G4',
        'DTPT_NSDP',
        27159.65,
        27000,
        'NSĐP ĐTPT thiếu 159,65 triệu đồng (159.650.000 đồng) so với mức tối thiểu 5 % NSTW ĐTPT; NSTW năm sau bị cắt số thiếu này (Điều 6 QĐ 39/2021/QĐ-TTg) — NSĐP 27.000 = 4,97 % NSTW 543.193 triệu đồng.',
        "Local ĐTPT is short by 159.65 million VND (159,650,000 VND) against the minimum 5 % of central ĐTPT; next year's central allocation is cut by this shortfall (Decision 39/2021/QĐ-TTg Art. 6) — local 27,000 = 4.97 % of central 543,193 million VND.",
      ],
    ]);
  });

  it('a capital type under the minimum while the whole budget meets it: information, with both ratios', () => {
    const b = new SnapshotBuilder({ level: 'huyen' })
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 10_000)
      .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 1_500)
      .plan('DA3.TDA1', 'SN_NSTW', 8_000);
    expect(full(runCheck(checkCounterpart, b))).toEqual([
      [
        'info',
        'J4',
        'SN_NSDP',
        400,
        0,
        'Riêng SN: NSĐP = 0 % NSTW, dưới 5 %; tính trên tổng NSTW vẫn đạt 8,33 % (thiết lập DOI_UNG_THEO = tong, Điều 6 QĐ 39/2021/QĐ-TTg).',
        'SN alone: local = 0 % of central, under 5 %; on the whole central budget 8.33 % (setting DOI_UNG_THEO = tong, Decision 39/2021/QĐ-TTg Art. 6).',
      ],
    ]);
  });

  it('no central money, no ratio; a different minimum is quoted as set', () => {
    expect(runCheck(checkCounterpart, new SnapshotBuilder().plan('DA8', 'SN_NSDP', 10))).toEqual([]);
    const f = runCheck(checkCounterpart, langSon().setting('DOI_UNG_TOI_THIEU', 10));
    expect(f[0].message).toContain('so với mức tối thiểu 10 % tổng NSTW');
    expect(f[0].expected).toBeCloseTo(113_199.3, 6);
  });
});
