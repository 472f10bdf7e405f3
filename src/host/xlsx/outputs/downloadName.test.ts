import { downloadName } from './downloadName';

describe('downloadName', () => {
  it('names every download after her file', () => {
    expect(downloadName('KeHoach.xlsx', 'annotated')).toBe('KeHoach_ban-danh-dau.xlsx');
    expect(downloadName('KeHoach.XLSX', 'reportJson')).toBe('KeHoach_bao-cao-kiem-tra.json');
    expect(downloadName('C:\\fakepath\\Kế hoạch 2025.xlsx', 'appendix')).toBe('Kế hoạch 2025_phu-bieu.xlsx');
    expect(downloadName('KeHoach.xlsx', 'converted')).toBe('KeHoach_mau-chuan.xlsx');
  });
  it('a macro workbook keeps .xlsm where her package is kept, and a name without extension still works', () => {
    expect(downloadName('Plan.xlsm', 'annotated')).toBe('Plan_ban-danh-dau.xlsm');
    expect(downloadName('Plan.xlsm', 'reportXlsx')).toBe('Plan_bao-cao-kiem-tra.xlsx');
    expect(downloadName('vl.xlsm', 'appendix')).toBe('vl_phu-bieu.xlsm');
    expect(downloadName('vl.xlsm', 'converted')).toBe('vl_mau-chuan.xlsx');
    expect(downloadName('.xlsx', 'annotated')).toBe('tep_ban-danh-dau.xlsx');
  });
});
