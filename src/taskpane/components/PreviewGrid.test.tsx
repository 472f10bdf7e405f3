/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import '../testing/jsdomSetup';
import type { PreviewView } from '../../host/preview/PreviewWorkbookHost';
import { labelColumn, PreviewGrid } from './PreviewGrid';

function view(over: Partial<PreviewView>): PreviewView {
  return {
    highlights: [],
    selection: null,
    activeSheet: null,
    setActiveSheet: () => undefined,
    listSheets: async () => [],
    readSnapshot: async () => ({ sheets: [] }),
    subscribe: () => () => undefined,
    ...over,
  };
}

describe('preview grid', () => {
  it('draws the active sheet with its highlighted and selected cells', async () => {
    const v = view({
      activeSheet: 'Kế hoạch vốn',
      highlights: [{ sheet: 'Kế hoạch vốn', cell: 'B2', severity: 'error' }],
      selection: { sheet: 'Kế hoạch vốn', cell: 'B2' },
      listSheets: async () => [
        { name: 'Thông tin', owner: null },
        { name: 'Kế hoạch vốn', owner: null },
      ],
      readSnapshot: async () => ({
        sheets: [
          {
            name: 'Kế hoạch vốn',
            rows: [
              [{ v: 'MA', t: 's' }],
              [
                { v: null, t: 'z' },
                { v: 1437.8, t: 'n', nf: '#,##0.000' },
                { v: 2024, t: 'n' },
              ],
            ],
          },
        ],
      }),
    });
    await act(async () => {
      render(<PreviewGrid view={v} />);
    });
    expect(screen.getByTestId('preview-grid').getAttribute('data-active-sheet')).toBe('Kế hoạch vốn');
    const cell = document.querySelector('td[data-cell="B2"]')!;
    expect(cell.textContent).toBe('1.437,8');
    // A number in General format (the plan year) shows as Excel shows it, without grouping.
    expect(document.querySelector('td[data-cell="C2"]')!.textContent).toBe('2024');
    expect(cell.getAttribute('data-severity')).toBe('error');
    expect(cell.getAttribute('data-selected')).toBe('true');
  });

  it('shows a failed read as a plain message bar, never a stack trace', async () => {
    const v = view({
      listSheets: async () => {
        throw new Error('Workbook is busy\n    at read (host.js:10:5)');
      },
    });
    await act(async () => {
      render(<PreviewGrid view={v} />);
    });
    const bar = screen.getByTestId('grid-error');
    expect(bar.textContent).toContain('Workbook is busy');
    expect(bar.textContent).not.toContain('host.js');
  });
});

describe('the label column stays in view', () => {
  const s = (v: string) => ({ v, t: 's' as const });
  const n = (v: number) => ({ v, t: 'n' as const });
  it('is the template’s Mã (B) or her Nội dung beside an STT column; none on a sheet of numbers', () => {
    const template = {
      name: 'Kế hoạch vốn',
      rows: [
        [s('I'), s('DA1'), s('Dự án 1'), n(10)],
        [s('1'), s('DA1.ND1'), s('Nội dung số 01'), n(4)],
        [s('2'), s('DA1.ND2'), s('Nội dung số 02'), n(6)],
      ],
    };
    expect(labelColumn(template, [0, 1, 2])).toBe(1);
    const hers = {
      name: 'KH',
      rows: [
        [s('I'), s('Dự án 1: Giải quyết …'), n(10)],
        [n(1), s('Hỗ trợ đất ở'), n(4)],
        [n(2), s('Hỗ trợ nhà ở'), n(6)],
      ],
    };
    expect(labelColumn(hers, [0, 1, 2])).toBe(1);
    expect(
      labelColumn(
        {
          name: 'x',
          rows: [
            [n(1), n(2)],
            [n(3), n(4)],
            [n(5), n(6)],
          ],
        },
        [0, 1, 2],
      ),
    ).toBeNull();
  });
  it('its cells carry the sticky class in the drawn grid', async () => {
    const v = view({
      activeSheet: 'KH',
      listSheets: async () => [{ name: 'KH', owner: null }],
      readSnapshot: async () => ({
        sheets: [
          {
            name: 'KH',
            rows: [
              [s('I'), s('Dự án 1'), n(10)],
              [n(1), s('Hỗ trợ đất ở'), n(4)],
              [n(2), s('Hỗ trợ nhà ở'), n(6)],
            ],
          },
        ],
      }),
    });
    render(<PreviewGrid view={v} />);
    await screen.findByText('Hỗ trợ nhà ở');
    expect(screen.getByText('Hỗ trợ nhà ở').className).toContain('mtqg-grid-label');
    expect(screen.getByText('6').className).not.toContain('mtqg-grid-label');
  });
});
