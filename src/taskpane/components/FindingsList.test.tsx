/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../testing/jsdomSetup';
import { App } from '../App';
import { makeFakeHost, makeFinding, makeServices } from '../testing/fakes';

const findings = [
  makeFinding({
    code: 'SUM_MISMATCH',
    severity: 'error',
    sheet: 'Kế hoạch vốn',
    cell: 'D12',
    message: 'Tổng vốn dòng DA4 không khớp',
    messageEn: 'DA4 total does not match',
    expected: 1437.8,
    actual: 1400,
  }),
  makeFinding({ code: 'SOURCE_NOT_ELIGIBLE', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'G30' }),
  makeFinding({ code: 'UNDER_ALLOCATION', severity: 'warning', sheet: 'Giao vốn', cell: 'E20' }),
  makeFinding({ code: 'ROUNDING_DIFF', severity: 'info', sheet: 'Giao vốn', cell: 'F8' }),
];

async function openValidation() {
  localStorage.clear();
  const { host } = makeFakeHost();
  const services = makeServices(host, findings);
  render(<App services={services} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
  });
  return { host, services };
}

const shownCells = () => screen.queryAllByTestId('finding').map((el) => el.getAttribute('data-cell'));

describe('findings list', () => {
  it('checks, highlights and counts by severity', async () => {
    const { host, services } = await openValidation();
    expect(host.readSnapshot).toHaveBeenCalledTimes(1);
    expect(services.validateSnapshot).toHaveBeenCalledTimes(1);
    expect(host.highlightFindings).toHaveBeenCalledWith(findings);
    expect(screen.getByTestId('count-error').getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('count-warning').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('count-info').getAttribute('data-count')).toBe('1');
    expect(shownCells()).toEqual(['D12', 'G30', 'E20', 'F8']);
    expect(screen.getByText('Đúng ra: 1.437,8')).toBeTruthy();
  });

  it('filters by severity and by a search without diacritics', async () => {
    await openValidation();
    const severity = screen.getByLabelText('Mức độ');
    fireEvent.change(severity, { target: { value: 'error' } });
    expect(shownCells()).toEqual(['D12', 'G30']);
    fireEvent.change(screen.getByPlaceholderText('Tìm trong kết quả'), { target: { value: 'tong von' } });
    expect(shownCells()).toEqual(['D12']);
    fireEvent.change(severity, { target: { value: 'info' } });
    expect(shownCells()).toEqual([]);
    expect(screen.getByText('Không có kết quả khớp bộ lọc.')).toBeTruthy();
  });

  it('filters by sheet', async () => {
    await openValidation();
    fireEvent.change(screen.getByLabelText('Trang tính'), { target: { value: 'Giao vốn' } });
    expect(shownCells()).toEqual(['E20', 'F8']);
  });

  it('each finding is a real button in a plain list item, and jumps on click', async () => {
    const { host } = await openValidation();
    const items = screen.getAllByTestId('finding');
    for (const item of items) {
      expect(item.tagName).toBe('BUTTON');
      expect(item.parentElement?.tagName).toBe('LI');
      expect(item.parentElement?.getAttribute('role')).toBeNull();
    }
    await act(async () => {
      fireEvent.click(items[0]);
    });
    expect(host.selectCell).toHaveBeenLastCalledWith('Kế hoạch vốn', 'D12');
    await act(async () => {
      fireEvent.click(items[2]);
    });
    expect(host.selectCell).toHaveBeenLastCalledWith('Giao vốn', 'E20');
  });

  it('shows human titles, the code only in the tooltip', async () => {
    await openValidation();
    const first = screen.getAllByTestId('finding')[0];
    expect(first.textContent).toContain('Tổng không khớp chi tiết');
    expect(first.textContent).not.toContain('SUM_MISMATCH');
    expect(first.getAttribute('title')).toContain('SUM_MISMATCH');
  });

  it('offers only severities that occur, with their counts', async () => {
    localStorage.clear();
    const { host } = makeFakeHost();
    render(<App services={makeServices(host, findings.slice(0, 3))} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    const options = [...screen.getByLabelText<HTMLSelectElement>('Mức độ').options].map((o) => o.textContent);
    expect(options).toEqual(['Tất cả (3)', 'Lỗi (2)', 'Cảnh báo (1)']);
  });

  it('counts 1,452 errors and 12 warnings from the whole set; every finding is reachable', async () => {
    localStorage.clear();
    // jsdom lays nothing out: give the virtual list's scroll box a size so it draws rows.
    const size = (px: number) =>
      function (this: HTMLElement) {
        return this.classList.contains('mtqg-virtual-scroll') ? px : 0;
      };
    const height = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(480));
    const width = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(320));
    const { host } = makeFakeHost();
    const many = [
      ...Array.from({ length: 1452 }, (_, i) =>
        makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Kế hoạch vốn', cell: `D${i + 1}` }),
      ),
      ...Array.from({ length: 12 }, (_, i) =>
        makeFinding({ code: 'UNDER_ALLOCATION', severity: 'warning', sheet: 'Giao vốn', cell: `E${i + 1}` }),
      ),
    ];
    render(<App services={makeServices(host, many)} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    expect(screen.getByTestId('count-error').textContent).toContain('1452');
    expect(screen.getByTestId('count-error').textContent).not.toContain('99+');
    expect(screen.getByTestId('findings-shown').textContent).toContain('1464/1464');
    // The list is virtual: a few rows drawn, the headers' counts from the whole set.
    expect(screen.getAllByTestId('finding').length).toBeLessThan(100);
    expect(screen.getAllByTestId('group-header')[0].textContent).toBe('Lỗi (1452)');
    fireEvent.change(screen.getByLabelText('Mức độ'), { target: { value: 'warning' } });
    expect(shownCells()).toEqual(Array.from({ length: 12 }, (_, i) => `E${i + 1}`));
    expect(screen.getAllByTestId('finding')[11].parentElement?.getAttribute('aria-posinset')).toBe('12');
    height.mockRestore();
    width.mockRestore();
  });

  it('says plainly when the sheet of a finding is gone', async () => {
    const { host } = await openValidation();
    host.selectCell.mockRejectedValueOnce(new Error('ItemNotFound'));
    await act(async () => {
      fireEvent.click(screen.getAllByTestId('finding')[2]);
    });
    expect(screen.getByTestId('status-message').textContent).toContain('Trang “Giao vốn” không có trong sổ tính');
  });

  it('warns in plain words when the jump fails (sheet still there)', async () => {
    const { host } = await openValidation();
    host.listSheets.mockResolvedValueOnce([{ name: 'Giao vốn', owner: null }]);
    host.selectCell.mockRejectedValueOnce(new Error('ItemNotFound\n  at x (y.js:1)'));
    await act(async () => {
      fireEvent.click(screen.getAllByTestId('finding')[2]);
    });
    const bar = screen.getByTestId('status-message');
    expect(bar.textContent).toContain('Không đến được ô Giao vốn!E20');
    expect(bar.textContent).not.toContain('y.js');
  });

  it('copies the report and exports the findings sheet', async () => {
    const { host, services } = await openValidation();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép báo cáo' }));
    });
    expect(services.copyText).toHaveBeenCalledWith(expect.stringContaining('Kế hoạch vốn!D12'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Xuất ra trang tính' }));
    });
    expect(host.applyPlans).toHaveBeenLastCalledWith(
      [expect.objectContaining({ name: 'Kết quả kiểm tra', kind: 'report' })],
      'replaceOwn',
    );
    expect(screen.getByText('Đã ghi kết quả vào trang “Kết quả kiểm tra”.')).toBeTruthy();
  });

  it('offers the text for manual copy when the clipboard refuses', async () => {
    localStorage.clear();
    const { host } = makeFakeHost();
    render(<App services={makeServices(host, findings, { copyText: jest.fn(async () => false) })} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sao chép báo cáo' }));
    });
    const area = screen.getByLabelText<HTMLTextAreaElement>('Sao chép báo cáo', { selector: 'textarea' });
    expect(area.value).toContain('SUM_MISMATCH');
  });

  it('says so plainly when reading fails', async () => {
    localStorage.clear();
    const { host } = makeFakeHost();
    host.readSnapshot.mockRejectedValueOnce(new Error('Workbook is busy\n  at x (y.js:1)'));
    render(<App services={makeServices(host, findings)} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    const bar = screen.getByTestId('status-message');
    expect(within(bar).getByText('Không thực hiện được: Workbook is busy')).toBeTruthy();
    expect(bar.textContent).not.toContain('y.js');
  });
});
