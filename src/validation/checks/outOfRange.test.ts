import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { validateSnapshot } from '../index';
import { checkOutOfRange } from './outOfRange';

describe('VALUE_OUT_OF_RANGE', () => {
  it('flags a figure above 10^15 once, at the typed cell (not on every total over it)', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 1e308).plan('DA7', 'SN_NSTW', 10);
    const s = b.build();
    expect(where(runCheck(checkOutOfRange, s))).toEqual([
      `VALUE_OUT_OF_RANGE@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')}`,
    ]);
  });

  it('flags an absurd number typed as text (400 digits is Infinity to a parser)', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', '9'.repeat(400));
    expect(runCheck(checkOutOfRange, b).map((f) => f.lineCode)).toEqual(['DA8']);
  });

  it('keeps every message sane: no exponent-ridden figures, no Infinity, no "NaN"', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 1e308)
      .plan('DA7', 'SN_NSTW', 0.001)
      .plan('DA6', 'SN_NSTW', 0.002)
      .plan('DA5.TDA1', 'SN_NSTW', 0.003)
      .plan('DA10.TDA3', 'SN_NSTW', 1e14)
      .alloc('DA8', 'SN_NSTW', 100);
    const f = validateSnapshot(b.build());
    expect(f.some((x) => x.code === 'VALUE_OUT_OF_RANGE')).toBe(true);
    for (const x of f) {
      expect(x.message).not.toMatch(/Infinity|NaN|e\+\d{3}\D.*lần|\d{16,}/);
      expect(x.messageEn).not.toMatch(/Infinity|NaN|\d,\d{10,}/);
    }
    const outlier = f.find((x) => x.code === 'UNIT_SUSPECT' && x.lineCode === 'DA10.TDA3')!;
    expect(outlier.message).toContain('hơn 1 tỷ lần');
  });

  it('near miss: 10^15 itself and large honest figures pass', () => {
    const b = new SnapshotBuilder({ unit: 'dong' }).plan('DA8', 'SN_NSTW', 1e15).plan('DA7', 'SN_NSTW', -1e12);
    expect(runCheck(checkOutOfRange, b)).toEqual([]);
  });
});
