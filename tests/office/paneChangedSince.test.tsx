/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '../../src/taskpane/testing/jsdomSetup';
import { App } from '../../src/taskpane/App';
import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { OWN_WRITE_GRACE_MS } from '../../src/host/excel/workbookChanges';
import { makeFinding, makeServices } from '../../src/taskpane/testing/fakes';
import { OfficeRecorder } from './recorder';

/** The pane on the recording Excel model: "changed since" after her edit, never after our highlights. */
it('shows "the workbook has changed since" after a user edit in Excel, not after our own highlight writes', async () => {
  localStorage.clear();
  const rec = new OfficeRecorder();
  rec.addSheet('Kế hoạch vốn', [
    ['MA', 'TONG'],
    ['DA1', 1],
  ]);
  let clock = 1_000_000;
  const host = new ExcelWorkbookHost(rec.run, { printSetup: false, now: () => clock });
  const finding = makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'B2' });
  const { unmount } = render(<App services={makeServices(host, [finding])} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  const panel = screen.getByTestId('panel-validation');
  await act(async () => {
    fireEvent.click(within(panel).getByRole('button', { name: 'Kiểm tra sổ tính' }));
  });
  await act(async () => rec.events.settle());
  expect(rec.writes.some((w) => w.prop.startsWith('conditionalFormat'))).toBe(true);
  expect(within(panel).getByTestId('checked-at')).toBeTruthy();
  expect(within(panel).queryByTestId('stale')).toBeNull();

  clock += OWN_WRITE_GRACE_MS + 1;
  await act(async () => {
    rec.userEdit('Kế hoạch vốn', 1, 1, 42);
    await rec.events.settle();
  });
  expect(within(panel).getByTestId('stale').textContent).toBe('Sổ tính đã thay đổi sau lần kiểm tra này.');

  unmount();
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(rec.events.handlers.size).toBe(0);
});
