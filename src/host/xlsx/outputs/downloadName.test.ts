import { downloadName } from './downloadName';

describe('downloadName', () => {
  it('names each download after her file', () => {
    expect(downloadName('Kế hoạch 2024.xlsx', 'annotated')).toBe('Kế hoạch 2024-danh-dau.xlsx');
    expect(downloadName('ke-hoach.xlsx', 'reportJson')).toBe('ke-hoach-ket-qua-kiem-tra.json');
    expect(downloadName('C:\\fakepath\\ke-hoach.xlsx', 'report')).toBe('ke-hoach-ket-qua-kiem-tra.xlsx');
  });

  it('a macro workbook’s copies stay .xlsm; new workbooks are .xlsx', () => {
    expect(downloadName('vl.XLSM', 'annotated')).toBe('vl-danh-dau.xlsm');
    expect(downloadName('vl.xlsm', 'appendix')).toBe('vl-phu-bieu.xlsm');
    expect(downloadName('vl.xlsm', 'converted')).toBe('vl-mau-chuan.xlsx');
    expect(downloadName('', 'annotated')).toBe('ke-hoach-danh-dau.xlsx');
  });
});
