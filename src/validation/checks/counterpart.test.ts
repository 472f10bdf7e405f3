import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
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

  it('is an error at province level with the shortfall on the whole central budget and Art. 6 named', () => {
    const f = runCheck(checkCounterpart, langSon('tinh', 27_000));
    expect(f.map((x) => [x.code, x.severity, x.sourceKey, x.lineCode])).toEqual([
      ['COUNTERPART_SHORTFALL', 'error', undefined, 'TONG'],
    ]);
    // 5 % of 543.193 + 588.800 = 56.599,65; local 27.000 + 29.446 = 56.446.
    expect(f[0].expected).toBeCloseTo(56_599.65, 6);
    expect(f[0].message).toContain('thiếu 153,65 triệu đồng');
    expect(f[0].message).toContain('Điều 6 QĐ 39/2021/QĐ-TTg');
    expect(f[0].message).toContain('ĐTPT 4,97 %, SN 5 %');
    expect(f[0].messageEn).toContain('ĐTPT 4.97 %, SN 5 %');
  });

  it('is a warning at district and commune level', () => {
    expect(runCheck(checkCounterpart, langSon('huyen', 27_000)).map((x) => x.severity)).toEqual(['warning']);
    const commune = langSon('huyen', 20_000).setting('CAP', 'xa');
    expect(runCheck(checkCounterpart, commune).map((x) => x.severity)).toEqual(['warning']);
  });

  it('passes a district that puts all its local money on investment, showing the SN ratio as info', () => {
    const b = new SnapshotBuilder({ level: 'huyen' })
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 10_000)
      .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 1_500)
      .plan('DA3.TDA1', 'SN_NSTW', 8_000);
    const f = runCheck(checkCounterpart, b);
    expect(f.map((x) => [x.severity, x.sourceKey])).toEqual([['info', 'SN_NSDP']]);
    expect(f[0].message).toContain('DOI_UNG_THEO = tong');
    expect(f[0].message).toContain('8,33 %');
  });

  it('checks each capital type on its own when DOI_UNG_THEO = tung_loai', () => {
    const f = runCheck(checkCounterpart, langSon('tinh', 27_000).setting('DOI_UNG_THEO', 'tung_loai'));
    expect(f.map((x) => [x.severity, x.sourceKey])).toEqual([['error', 'DTPT_NSDP']]);
    expect(f[0].expected).toBeCloseTo(27_159.65, 6);
    expect(f[0].message).toContain('thiếu 159,65 triệu đồng');
    const district = new SnapshotBuilder({ level: 'huyen' })
      .setting('DOI_UNG_THEO', 'Từng loại vốn (ĐTPT, SN)')
      .plan('DA4.TDA1.ND1', 'DTPT_NSTW', 10_000)
      .plan('DA4.TDA1.ND1', 'DTPT_NSDP', 1_500)
      .plan('DA3.TDA1', 'SN_NSTW', 8_000);
    expect(runCheck(checkCounterpart, district).map((x) => [x.severity, x.sourceKey])).toEqual([
      ['warning', 'SN_NSDP'],
    ]);
  });

  it('allows the rounding of the typed figures, and not more', () => {
    // 5 % of 1.000 (± 0,5) is 50 ± 0,025; a local figure shown to 2 decimals adds ± 0,005: the line is 49,97.
    const b = (local: number) =>
      new SnapshotBuilder({ level: 'tinh' })
        .plan('DA8', 'SN_NSTW', constant(1000, '#,##0'))
        .plan('DA8', 'SN_NSDP', constant(local, '#,##0.00'));
    expect(runCheck(checkCounterpart, b(49.98))).toEqual([]);
    expect(runCheck(checkCounterpart, b(49.96)).map((x) => x.code)).toEqual(['COUNTERPART_SHORTFALL']);
  });
});
