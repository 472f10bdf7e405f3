/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import './testing/jsdomSetup';
import { App, INTRO_STORAGE_KEY } from './App';
import { LANG_STORAGE_KEY } from './i18n';
import { SheetExistsError } from '../host/types';
import { makeFakeHost, makeFinding, makeServices } from './testing/fakes';

beforeEach(() => localStorage.clear());

describe('language switch', () => {
  it('switches every label to English and remembers it across a reload', () => {
    const { host } = makeFakeHost();
    const first = render(<App services={makeServices(host, [])} />);
    expect(screen.getByRole('tab', { name: 'Mẫu biểu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('tab', { name: 'Templates' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load templates into the workbook' })).toBeTruthy();
    expect(screen.queryByText('Mẫu biểu')).toBeNull();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    first.unmount();
    document.documentElement.lang = 'vi';
    render(<App services={makeServices(host, [])} />);
    expect(screen.getByRole('tab', { name: 'Appendices' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('tab', { name: 'Phụ biểu' })).toBeTruthy();
  });

  it('shows finding messages in the chosen language', async () => {
    const { host } = makeFakeHost();
    const f = makeFinding({
      code: 'SUM_MISMATCH',
      severity: 'error',
      sheet: 'Kế hoạch vốn',
      cell: 'D12',
      message: 'Tổng không khớp',
      messageEn: 'Total mismatch',
    });
    render(<App services={makeServices(host, [f])} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    expect(await screen.findByText('Tổng không khớp')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('Total mismatch')).toBeTruthy();
    expect(screen.queryByText('Tổng không khớp')).toBeNull();
  });
});

describe('first-run note', () => {
  it('is shown once, then remembered as dismissed', () => {
    const { host } = makeFakeHost();
    const first = render(<App services={makeServices(host, [])} />);
    fireEvent.click(screen.getByRole('button', { name: 'Đã hiểu' }));
    expect(screen.queryByTestId('intro')).toBeNull();
    expect(localStorage.getItem(INTRO_STORAGE_KEY)).toBe('1');
    first.unmount();
    render(<App services={makeServices(host, [])} />);
    expect(screen.queryByTestId('intro')).toBeNull();
  });
});

describe('templates panel', () => {
  it('passes the form to buildTemplatePlans and reports the sheets created', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, []);
    render(<App services={services} />);
    fireEvent.change(screen.getByLabelText('Cấp lập kế hoạch'), { target: { value: 'xa' } });
    fireEvent.change(screen.getByLabelText('Năm kế hoạch'), { target: { value: '2024' } });
    fireEvent.change(screen.getByLabelText(/Tên đơn vị/), { target: { value: 'UBND xã Cẩm Lương' } });
    fireEvent.change(screen.getByLabelText(/Tỷ lệ đối ứng/), { target: { value: '10' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' }));
    });
    expect(services.buildTemplatePlans).toHaveBeenCalledWith({
      level: 'xa',
      year: 2024,
      unit: 'trieu',
      unitName: 'UBND xã Cẩm Lương',
      counterpartPercent: 10,
    });
    expect(host.applyPlans).toHaveBeenCalledWith(expect.any(Array), 'refuse');
    expect(screen.getByText('Đã tạo 2 trang tính: Thông tin, Kế hoạch vốn.')).toBeTruthy();
  });

  it('refuses a bad year without calling the host', () => {
    const { host } = makeFakeHost();
    render(<App services={makeServices(host, [])} />);
    fireEvent.change(screen.getByLabelText('Năm kế hoạch'), { target: { value: '1999' } });
    expect(screen.getByText('Năm phải từ 2021 đến 2100.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tải mẫu biểu vào sổ tính' }).disabled).toBe(true);
  });

  it('offers other names when the sheets exist, and never overwrites', async () => {
    const { host } = makeFakeHost(['Thông tin']);
    host.applyPlans.mockRejectedValueOnce(new SheetExistsError(['Thông tin']));
    render(<App services={makeServices(host, [])} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' }));
    });
    expect(screen.getByRole('dialog')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dùng tên khác' }));
    });
    const [plans, mode] = host.applyPlans.mock.calls[1];
    expect(mode).toBe('refuse');
    expect(plans.map((p) => p.name)).toEqual(['Thông tin (2)', 'Kế hoạch vốn (2)']);
    expect(screen.getByText('Đã tạo 2 trang tính: Thông tin (2), Kế hoạch vốn (2).')).toBeTruthy();
  });

  it('keeps the detail-row form disabled until the plan sheet exists', async () => {
    const { host } = makeFakeHost();
    await act(async () => {
      render(<App services={makeServices(host, [])} />);
    });
    expect(screen.getByTestId('detail-needs-template')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm dòng chi tiết' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByLabelText('Tên dòng chi tiết').matches(':disabled')).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' }));
    });
    expect(screen.queryByTestId('detail-needs-template')).toBeNull();
    expect(screen.getByRole('button', { name: 'Thêm dòng chi tiết' }).hasAttribute('disabled')).toBe(false);
    expect(host.addDetailRow).not.toHaveBeenCalled();
  });

  it('adds a detail row under the chosen leaf', async () => {
    const { host } = makeFakeHost(['Kế hoạch vốn']);
    await act(async () => {
      render(<App services={makeServices(host, [])} />);
    });
    fireEvent.change(screen.getByLabelText('Thuộc nội dung'), { target: { value: 'DA1.ND2' } });
    fireEvent.change(screen.getByLabelText('Tên dòng chi tiết'), { target: { value: 'Nhà ở hộ nghèo thôn Bản Chắt' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Thêm dòng chi tiết' }));
    });
    expect(host.addDetailRow).toHaveBeenCalledWith('DA1.ND2', 'Nhà ở hộ nghèo thôn Bản Chắt');
    expect(screen.getByText('Đã thêm dòng DA1.ND2.01 “Nhà ở hộ nghèo thôn Bản Chắt”.')).toBeTruthy();
  });
});

describe('appendix panel', () => {
  const error = makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'D12' });
  const warning = makeFinding({ code: 'UNDER_ALLOCATION', severity: 'warning', sheet: 'Giao vốn', cell: 'E20' });

  it('creates appendices straight away when there are no errors, and selects the first', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, [warning]);
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    expect(services.buildAppendixPlans).toHaveBeenCalledWith(expect.anything(), { unverified: false });
    expect(host.applyPlans).toHaveBeenCalledWith(expect.any(Array), 'replaceOwn');
    expect(host.selectCell).toHaveBeenCalledWith('Phụ biểu 01 - Chỉ tiêu', 'A1');
  });

  it('asks first when errors remain; cancelling creates nothing', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, [error, warning]);
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    const dialog = screen.getByRole('alertdialog');
    // The safe choice comes first and is the primary (Enter) button.
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons[0].textContent).toBe('Hủy, sửa lỗi trước');
    expect(buttons[0].getAttribute('data-testid')).toBe('dialog-safe');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hủy, sửa lỗi trước' }));
    });
    expect(services.buildAppendixPlans).not.toHaveBeenCalled();
    expect(host.applyPlans).not.toHaveBeenCalled();
  });

  it('refuses appendices for a workbook without a template set, pointing to Mẫu biểu (no "create anyway")', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, [error], {
      assessWorkbook: jest.fn(() => ({ hasTemplate: false, hasFigures: false })),
    });
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vẫn tạo (số liệu chưa kiểm tra)' })).toBeNull();
    expect(services.buildAppendixPlans).not.toHaveBeenCalled();
    expect(host.applyPlans).not.toHaveBeenCalled();
    expect(screen.getByTestId('panel-appendix').textContent).toContain('chưa có bộ mẫu biểu');
    fireEvent.click(screen.getByRole('button', { name: 'Mở thẻ Mẫu biểu' }));
    expect(screen.getByTestId('panel-templates').hidden).toBe(false);
  });

  it('refuses appendices for a template with no figures', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, [], {
      assessWorkbook: jest.fn(() => ({ hasTemplate: true, hasFigures: false })),
    });
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    expect(services.buildAppendixPlans).not.toHaveBeenCalled();
    expect(within(screen.getByTestId('panel-appendix')).getByTestId('status-message').textContent).toContain(
      'chưa có số liệu',
    );
  });

  /** Phụ biểu → "Tạo phụ biểu" → cancel → click the listed error D12, whose jump Excel refuses. */
  async function jumpFromAppendixErrors(host: ReturnType<typeof makeFakeHost>['host']) {
    render(<App services={makeServices(host, [error])} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hủy, sửa lỗi trước' }));
    });
    host.selectCell.mockRejectedValueOnce(new Error('ItemNotFound'));
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('appendix-errors')).getByRole('button', { name: 'Kế hoạch vốn!D12' }));
    });
  }

  it('jumps to a listed error, and says so plainly when its sheet is gone', async () => {
    const { host } = makeFakeHost(['Kế hoạch vốn']);
    await jumpFromAppendixErrors(host);
    expect(host.selectCell).toHaveBeenLastCalledWith('Kế hoạch vốn', 'D12');
    const panel = screen.getByTestId('panel-appendix');
    expect(within(panel).getByTestId('status-message').textContent).toContain('Không đến được ô Kế hoạch vốn!D12');
  });

  it('says plainly that a sheet is missing when jumping to it', async () => {
    const { host } = makeFakeHost(['Sheet1']);
    await jumpFromAppendixErrors(host);
    const bar = within(screen.getByTestId('panel-appendix')).getByTestId('status-message');
    expect(bar.textContent).toBe('Trang “Kế hoạch vốn” không có trong sổ tính, nên không đến được ô Kế hoạch vốn!D12.');
  });

  it("drops the earlier run's error list when the next run cannot read the workbook", async () => {
    const { host } = makeFakeHost();
    render(<App services={makeServices(host, [error])} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hủy, sửa lỗi trước' }));
    });
    expect(screen.getByTestId('appendix-errors')).toBeTruthy();
    host.readSnapshot.mockRejectedValueOnce(new Error('Workbook is busy'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    expect(screen.queryByTestId('appendix-errors')).toBeNull();
    expect(within(screen.getByTestId('panel-appendix')).getByTestId('status-message').textContent).toContain(
      'Workbook is busy',
    );
  });

  it('creates unverified appendices when the user insists', async () => {
    const { host } = makeFakeHost();
    const services = makeServices(host, [error]);
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Phụ biểu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ biểu' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Vẫn tạo (số liệu chưa kiểm tra)' }));
    });
    expect(services.buildAppendixPlans).toHaveBeenCalledWith(expect.anything(), { unverified: true });
    expect(host.selectCell).toHaveBeenCalledWith('Phụ biểu 01 - Chỉ tiêu', 'A1');
  });
});

describe('unsupported Excel', () => {
  it('lists the missing requirement sets in plain words', () => {
    render(<App missingRequirements={['ExcelApi 1.9']} />);
    expect(screen.getByTestId('unsupported').textContent).toContain('ExcelApi 1.9');
    expect(screen.queryByRole('tab')).toBeNull();
  });
});

describe('start-up failure', () => {
  it('explains in plain words instead of staying on "starting"', () => {
    render(<App startupError={new Error('Office.js failed to load\n    at boot (index.js:3:1)')} />);
    const bar = screen.getByTestId('startup-error');
    expect(bar.textContent).toContain('Office.js failed to load');
    expect(bar.textContent).not.toContain('index.js');
    expect(screen.queryByText('Đang khởi động…')).toBeNull();
  });
});

describe('slow start inside Excel', () => {
  it('says it is connecting to Excel, never the preview', () => {
    render(<App connecting />);
    expect(screen.getByTestId('starting').textContent).toBe('Đang kết nối với Excel…');
    expect(screen.queryByTestId('preview')).toBeNull();
  });
});
