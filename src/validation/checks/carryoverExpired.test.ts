import { SnapshotBuilder, disbCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { checkCarryoverExpired } from './carryoverExpired';

const base = (asOf: string) =>
  new SnapshotBuilder({ year: 2024 })
    .setting('NGAY_SO_LIEU', asOf)
    .disb('DA1.ND4.TT', 'KD_DTPT', 4200)
    .disb('DA1.ND4.TT', 'GNKD_DTPT', 4116);

describe('CARRYOVER_EXPIRED', () => {
  it('flags carried-over money not disbursed by 31/12 of the plan year and says how much lapses', () => {
    const b = base('2025-01-31');
    const f = runCheck(checkCarryoverExpired, b);
    expect(where(f)).toEqual([`CARRYOVER_EXPIRED@Giải ngân!${disbCell(b.build(), 'DA1.ND4.TT', 'GNKD_DTPT')}`]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('84 triệu đồng');
    expect(f[0].message).toContain('Luật Đầu tư công 2019');
  });
  it('reads a date typed as text dd/mm/yyyy and an Excel serial too', () => {
    expect(runCheck(checkCarryoverExpired, base('15/01/2025'))).toHaveLength(1);
    expect(runCheck(checkCarryoverExpired, base('45672'))).toHaveLength(1);
    // A real date cell read through Office.js: the serial number itself (15/01/2025).
    const serial = base('x').setting('NGAY_SO_LIEU', { v: 45672, t: 'n', nf: 'dd/mm/yyyy' });
    expect(runCheck(checkCarryoverExpired, serial)).toHaveLength(1);
  });
  it('gives no finding for an as-of date inside the plan year (31/12 included)', () => {
    expect(runCheck(checkCarryoverExpired, base('2024-09-30'))).toEqual([]);
    expect(runCheck(checkCarryoverExpired, base('31/12/2024'))).toEqual([]);
  });
  it('gives no finding after the deadline when the carry-over is fully disbursed', () => {
    const b = base('2025-02-01').disb('DA1.ND4.TT', 'GNKD_DTPT', 4200);
    expect(runCheck(checkCarryoverExpired, b)).toEqual([]);
  });
  it('says once that an unreadable as-of date stops the check', () => {
    const f = runCheck(checkCarryoverExpired, base('cuối năm'));
    expect(f.map((x) => x.code)).toEqual(['TEMPLATE_STRUCTURE']);
  });
  it('points an unreadable as-of date at the settings sheet under its own name, and says nothing without Giải ngân', () => {
    const renamed = base('cuối năm').renameSheet('settings', 'TT chung');
    expect(runCheck(checkCarryoverExpired, renamed).map((x) => [x.sheet, x.cell, x.messageEn])).toEqual([
      [
        'TT chung',
        // Her cell of NGAY_SO_LIEU, not the sheet's A1.
        `C${
          renamed
            .build()
            .sheets.find((x) => x.name === 'TT chung')!
            .rows.findIndex((r) => r?.[0]?.v === 'NGAY_SO_LIEU') + 1
        }`,
        'The as-of date NGAY_SO_LIEU ("cuối năm") is unreadable; type dd/mm/yyyy. Deadlines were not checked.',
      ],
    ]);
    const noDisbursement = new SnapshotBuilder({ year: 2024 }).setting('NGAY_SO_LIEU', 'cuối năm');
    expect(runCheck(checkCarryoverExpired, noDisbursement)).toEqual([]);
  });
});
