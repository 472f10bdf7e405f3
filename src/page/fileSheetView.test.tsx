/** @jest-environment jsdom */
import { act, render } from '@testing-library/react';
import '../taskpane/testing/jsdomSetup';
import { PreviewGrid } from '../taskpane/components/PreviewGrid';
import type { CellSnapshot } from '../model/snapshot';
import { FileSheetView, GRID_ROW_WINDOW } from './fileSheetView';
import type { OpenedFile, SheetWindow } from './worker/pageApi';

const ROWS = 12000;
const sheetRows: CellSnapshot[][] = Array.from({ length: ROWS }, (_, r) => [{ v: `row ${r + 1}`, t: 's' }]);

function fakeCore() {
  const asked: [number, number][] = [];
  return {
    asked,
    sheetWindow: async (_id: number, _sheet: string, from: number, to: number): Promise<SheetWindow> => {
      asked.push([from, to]);
      return { rowCount: ROWS, from, rows: sheetRows.slice(from, to), hiddenRows: [] };
    },
  };
}

const file: OpenedFile = {
  id: 1,
  name: 'KeHoach.xlsx',
  kind: 'template',
  unitName: '',
  sheets: [
    { name: 'Thông tin', rowCount: 10 },
    { name: 'Kế hoạch vốn', rowCount: ROWS },
  ],
  findings: [
    {
      code: 'SUM_MISMATCH',
      severity: 'error',
      sheet: 'Kế hoạch vốn',
      cell: 'A11000',
      message: 'x',
      messageEn: 'x',
    },
  ],
};

describe('the page grid of one opened file (FileSheetView + PreviewGrid rowWindow)', () => {
  it('a finding deep in a 12,000-row sheet: asks the worker for rows around it and draws only those', async () => {
    const core = fakeCore();
    const view = new FileSheetView(core, file);
    await act(async () => {
      render(<PreviewGrid view={view} rowWindow={GRID_ROW_WINDOW} />);
    });
    expect(view.activeSheet).toBe('Thông tin');
    await act(async () => {
      expect(view.show(file.findings[0])).toBe(true);
    });
    const cell = document.querySelector('td[data-cell="A11000"]')!;
    expect(cell.textContent).toBe('row 11000');
    expect(cell.getAttribute('data-selected')).toBe('true');
    expect(cell.getAttribute('data-severity')).toBe('error');
    const drawn = document.querySelectorAll('tbody tr').length;
    expect(drawn).toBeLessThanOrEqual(GRID_ROW_WINDOW);
    expect(drawn).toBeGreaterThan(GRID_ROW_WINDOW / 2);
    const [from, to] = core.asked[core.asked.length - 1];
    expect(from).toBeLessThan(10999);
    expect(to - from).toBe(GRID_ROW_WINDOW);
  });

  it('a finding on a sheet the file does not have is refused (the page says so)', () => {
    const view = new FileSheetView(fakeCore(), file);
    expect(view.show({ sheet: 'Không có', cell: 'A1' })).toBe(false);
    expect(view.selection).toBeNull();
  });
});
