import { END_OF_PHASE_TEXT } from '../../domain/indicators';
import { SnapshotBuilder, indicatorCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkNotANumber } from './notANumber';

describe('NOT_A_NUMBER', () => {
  it('flags text that is no number, without advice about units', () => {
    const b = new SnapshotBuilder().indicator('CT12', 'chưa có');
    const f = runCheck(checkNotANumber, b);
    expect(where(f)).toEqual([`NOT_A_NUMBER@Chỉ tiêu!${indicatorCell(b.build(), 'CT12')}`]);
    expect(f[0].message).not.toMatch(/ĐVT|nhập \d/);
  });
  it('leaves a number with its unit ("04 hộ") and a date typed as text to their own checks', () => {
    const b = new SnapshotBuilder().indicator('CT12', '04 hộ').plan('DA8', 'SN_NSTW', '15/05/2024');
    expect(runCheck(checkNotANumber, b)).toEqual([]);
  });
  it('flags text in an amount cell', () => {
    expect(
      runCheck(checkNotANumber, new SnapshotBuilder().plan('DA8', 'SN_NSTW', 'một trăm')).map((x) => x.sourceKey),
    ).toEqual(['SN_NSTW']);
  });
  it('allows "Đánh giá cuối giai đoạn" as an indicator value and numbers as text', () => {
    expect(
      runCheck(checkNotANumber, new SnapshotBuilder().indicator('CT02', END_OF_PHASE_TEXT).indicator('CT12', '04')),
    ).toEqual([]);
  });
});
