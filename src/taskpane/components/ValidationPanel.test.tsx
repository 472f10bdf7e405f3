/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../testing/jsdomSetup';
import { App } from '../App';
import type { WorkbookState } from '../../validation/workbookState';
import { makeFakeHost, makeFinding, makeServices } from '../testing/fakes';

function hostWithChanges() {
  const { host } = makeFakeHost(['Kế hoạch vốn']);
  const listeners = new Set<() => void>();
  const changing = {
    ...host,
    onWorkbookChanged: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { host: changing, change: () => listeners.forEach((l) => l()) };
}

async function check(state: WorkbookState, findings = [] as ReturnType<typeof makeFinding>[]) {
  localStorage.clear();
  const { host, change } = hostWithChanges();
  const services = makeServices(host, findings, { assessWorkbook: jest.fn(() => state) });
  render(<App services={services} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
  });
  return { host, change, services, panel: screen.getByTestId('panel-validation') };
}

describe('validation panel states', () => {
  it('an empty template says "no figures yet", never "no problems, ready for appendices"', async () => {
    const { panel } = await check({ hasTemplate: true, hasFigures: false });
    expect(panel.textContent).toContain('chưa có số liệu');
    expect(panel.textContent).not.toContain('Không phát hiện lỗi nào');
  });

  it('a workbook without a template points to Mẫu biểu', async () => {
    const missing = makeFinding({ code: 'TEMPLATE_STRUCTURE', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'A1' });
    const { panel } = await check({ hasTemplate: false, hasFigures: false }, [missing]);
    expect(within(panel).getByTestId('workbook-state').textContent).toContain('chưa có bộ mẫu biểu');
    fireEvent.click(within(panel).getByRole('button', { name: 'Mở thẻ Mẫu biểu' }));
    expect(screen.getByTestId('panel-templates').hidden).toBe(false);
  });

  it('her own table points to how its columns were read, never to Mẫu biểu', async () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this.getAttribute('data-testid'));
    };
    const { panel } = await check({ hasTemplate: false, hasFigures: true, ownTable: true });
    expect(within(panel).getByTestId('workbook-state').textContent).toContain('bảng riêng của đơn vị');
    expect(within(panel).queryByRole('button', { name: 'Mở thẻ Mẫu biểu' })).toBeNull();
    scrolled.mockClear();
    fireEvent.click(within(panel).getByRole('button', { name: 'Xem cách đọc bảng' }));
    expect(scrolled).toHaveBeenCalledWith('summary');
    delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  });

  it('a workbook with figures and no findings is ready', async () => {
    const { panel } = await check({ hasTemplate: true, hasFigures: true });
    expect(within(panel).getByTestId('no-findings').textContent).toContain('Không phát hiện lỗi nào');
  });

  it('shows the time of the check, then "changed since" with a re-check button', async () => {
    const { panel, change, services } = await check({ hasTemplate: true, hasFigures: true });
    expect(within(panel).getByTestId('checked-at').textContent).toMatch(/Kiểm tra lúc \d\d:\d\d:\d\d/);
    expect(within(panel).queryByTestId('stale')).toBeNull();
    act(() => change());
    expect(within(panel).getByTestId('stale').textContent).toBe('Sổ tính đã thay đổi sau lần kiểm tra này.');
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Kiểm tra lại' }));
    });
    expect(services.validateSnapshot).toHaveBeenCalledTimes(2);
    expect(within(panel).queryByTestId('stale')).toBeNull();
  });

  it('announces the result count in the live region, in the language chosen afterwards too', async () => {
    const f = makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'D12' });
    const { panel } = await check({ hasTemplate: true, hasFigures: true }, [f]);
    const live = panel.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Đã kiểm tra: 1 lỗi, 0 cảnh báo, 0 lưu ý.');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(live.textContent).toBe('Checked: 1 errors, 0 warnings, 0 notes.');
  });

  it('shows the stages while checking', async () => {
    localStorage.clear();
    const { host } = hostWithChanges();
    let release: () => void = () => undefined;
    host.highlightFindings.mockImplementationOnce(() => new Promise<undefined>((r) => (release = () => r(undefined))));
    render(<App services={makeServices(host, [])} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    });
    expect(screen.getByTestId('panel-validation').textContent).toContain('Ghi đánh dấu…');
    await act(async () => release());
    expect(screen.getByTestId('panel-validation').textContent).not.toContain('Ghi đánh dấu…');
  });
});
