import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkCounterpart } from './counterpart';

/** Lạng Sơn 2023 (triệu đồng): ĐTPT 27.161 / 543.193 and SN 29.446 / 588.800 sit on the 5 % line. */
function langSon(level: 'tinh' | 'huyen', dtptLocal = 27_161) {
  return new SnapshotBuilder({ level })
    .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 543_193)
    .plan('DA4.TDA1.ND1', 'DTPT_NSDP', dtptLocal)
    .plan('DA3.TDA1', 'SN_NSTW', 588_800)
    .plan('DA3.TDA1', 'SN_NSDP', 29_446);
}

describe('COUNTERPART_SHORTFALL', () => {
  it('passes Lạng Sơn 2023 at 5 %', () => {
    expect(runCheck(checkCounterpart, langSon('tinh'))).toEqual([]);
  });

  it('passes a counterpart exactly at the minimum despite float noise', () => {
    const b = new SnapshotBuilder({ level: 'tinh' })
      .plan('DA8', 'SN_NSTW', 0.7)
      .plan('DA10.TDA3', 'SN_NSTW', 0.1)
      .plan('DA8', 'SN_NSDP', 0.04);
    expect(runCheck(checkCounterpart, b)).toEqual([]);
  });

  it('is an error at province level with the shortfall and the QĐ 39/2021 citation', () => {
    const f = runCheck(checkCounterpart, langSon('tinh', 27_000));
    expect(f.map((x) => [x.code, x.severity, x.sourceKey, x.lineCode])).toEqual([
      ['COUNTERPART_SHORTFALL', 'error', 'DTPT_NSDP', 'TONG'],
    ]);
    expect(f[0].expected).toBeCloseTo(27_159.65, 6);
    expect(f[0].message).toContain('thiếu 159,65 triệu đồng');
    expect(f[0].message).toContain('QĐ 39/2021/QĐ-TTg');
  });

  it('is a warning at district level', () => {
    expect(runCheck(checkCounterpart, langSon('huyen', 27_000)).map((x) => x.severity)).toEqual(['warning']);
  });
});
