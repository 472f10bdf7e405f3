import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { validateSnapshot } from '../validation';
import { langSon } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { validateAnyWorkbook } from './validateAny';

describe('validateAnyWorkbook (the pane’s Kiểm tra)', () => {
  it('checks a template workbook exactly as validateSnapshot does', () => {
    const snap = new SnapshotBuilder().plan('DA8', 'DTPT_NSTW', 10).build();
    expect(validateAnyWorkbook(snap)).toEqual(validateSnapshot(snap));
  });

  it('checks her own table in place: a slip on her total row is reported on her sheet', () => {
    const { snapshot, placed } = workbookOf([langSon()]);
    snapshot.sheets[0].rows[placed[0].totalRow!][placed[0].colOf(2)] = { v: 548.193, t: 'n' };
    const errors = validateAnyWorkbook(snapshot).filter((f) => f.severity === 'error');
    expect(errors.some((f) => f.sheet === 'Tổng hợp vốn' && f.code === 'SUM_MISMATCH' && f.lineCode === 'TONG')).toBe(
      true,
    );
    expect(validateSnapshot(snapshot).every((f) => f.code === 'TEMPLATE_STRUCTURE')).toBe(true);
  });

  it('a workbook that is neither still says the template sheets are missing', () => {
    const findings = validateAnyWorkbook({ sheets: [{ name: 'Sheet1', rows: [[{ v: 'x', t: 's' }]] }] });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === 'TEMPLATE_STRUCTURE')).toBe(true);
  });
});
