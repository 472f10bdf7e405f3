import { attachmentText, issuerText, titleText } from './titleBlock';
import type { AppendixSettings } from './readWorkbook';

const base: AppendixSettings = {
  unitName: '',
  level: 'xa',
  year: 2023,
  unit: 'trieu',
  counterpartPercent: 5,
  planNumber: '',
  planDate: '',
  asOfDate: '',
};

describe('appendix title block texts', () => {
  it('writes the issuer in capitals without doubling "UBND"', () => {
    expect(issuerText({ ...base, unitName: 'Xã Cẩm Lương' })).toBe('UBND XÃ CẨM LƯƠNG');
    expect(issuerText({ ...base, unitName: 'UBND xã Cẩm Lương' })).toBe('UBND XÃ CẨM LƯƠNG');
    expect(issuerText(base)).toBe('UBND …');
  });

  it('completes the plan number and lower-cases the level word in the attachment line', () => {
    expect(attachmentText({ ...base, unitName: 'Xã Cẩm Lương', planNumber: '45', planDate: '10/02/2023' })).toBe(
      '(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2023 của UBND xã Cẩm Lương)',
    );
    expect(attachmentText({ ...base, unitName: 'Tỉnh Lạng Sơn', planNumber: '12/KH-UBND' })).toBe(
      '(Kèm theo Kế hoạch số 12/KH-UBND ngày … của UBND tỉnh Lạng Sơn)',
    );
  });

  it('puts the year after the title, or "…" when unknown', () => {
    expect(titleText('PHỤ BIỂU 01 – CHỈ TIÊU KẾ HOẠCH NĂM', base)).toBe('PHỤ BIỂU 01 – CHỈ TIÊU KẾ HOẠCH NĂM 2023');
    expect(titleText('X', { ...base, year: null })).toBe('X …');
  });
});
