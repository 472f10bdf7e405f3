import { SnapshotBuilder, constant, moneyCell, indicatorCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { validateSnapshot } from '../index';
import { checkDateInAmount } from './dateInAmount';

describe('DATE_IN_AMOUNT', () => {
  it('flags a date in an amount cell, as Excel stores it (a serial with a date format) or as a reader hands it over (ISO text)', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', constant(45427, 'dd/mm/yyyy'))
      .plan('DA7', 'SN_NSTW', { v: '2024-05-15', t: 's', nf: 'd/m/yyyy' })
      .indicator('CT09', constant(45427, 'dd/mm/yyyy'));
    const s = b.build();
    const f = runCheck(checkDateInAmount, s);
    expect(where(f).sort()).toEqual(
      [
        `DATE_IN_AMOUNT@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')}`,
        `DATE_IN_AMOUNT@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA7', 'SN_NSTW')}`,
        `DATE_IN_AMOUNT@Chỉ tiêu!${indicatorCell(s, 'CT09')}`,
      ].sort(),
    );
    expect(f.find((x) => x.lineCode === 'DA8')!.message).toContain('ngày 15/05/2024');
    expect(f.find((x) => x.lineCode === 'DA7')!.actual).toBe(45427);
  });

  it('flags a date typed as text instead of NOT_A_NUMBER', () => {
    const f = validateSnapshot(new SnapshotBuilder().plan('DA8', 'SN_NSTW', '15/05/2024').build());
    expect(f.filter((x) => x.lineCode === 'DA8').map((x) => x.code)).toEqual(['DATE_IN_AMOUNT']);
  });

  it('near miss: plain numbers, accounting formats and numbers as text are no dates', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', constant(45427, '#,##0.000'))
      .plan('DA7', 'SN_NSTW', constant(45427, '_-* #,##0_-;-* #,##0_-;_-* "-"??_-;_-@_-'))
      .plan('DA6', 'SN_NSTW', '1.234,5')
      .indicator('CT02', constant(0.5, '0.0%'));
    expect(runCheck(checkDateInAmount, b)).toEqual([]);
  });
  it('says what a date typed as text does to the totals, in Vietnamese and English', () => {
    const f = runCheck(checkDateInAmount, new SnapshotBuilder().plan('DA8', 'SN_NSTW', '15/05/2024'));
    expect(f.map((x) => [x.message, x.messageEn])).toEqual([
      [
        'Ô chứa ngày "15/05/2024" dạng văn bản thay vì số liệu; Excel không cộng ô này — DA8 · SN NSTW.',
        'The cell holds the date "15/05/2024" as text instead of a figure; Excel skips it — DA8 · recurrent central.',
      ],
    ]);
  });
});
