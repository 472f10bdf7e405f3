/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import '../../taskpane/testing/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nContext, translate } from '../../taskpane/i18n';
import type { SavedDownload } from '../pageDownloads';
import { Downloads } from './Downloads';

/** The download's status says the file's name and, for a conversion with remarks, lists them as a warning. */
const show = (answer: SavedDownload) => {
  const onDownload = jest.fn(async () => answer);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'vi', t: (k, v) => translate('vi', k, v) }}>
        <Downloads kinds={['converted', 'reportJson']} errorCount={0} onDownload={onDownload} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return onDownload;
};
const REMARK = 'Cần xem / check: KH 2024!D6 — DA3 · SN NSTW: 20 triệu đồng ghi cho chính dòng';

it('a converted copy with remarks: "Đã tạo …" as a warning, each remark listed', async () => {
  const onDownload = show({ name: 'KH_mau-chuan.xlsx', remarks: [REMARK] });
  await act(async () => fireEvent.click(screen.getByTestId('download-converted')));
  expect(onDownload).toHaveBeenCalledWith({ kind: 'converted' });
  const status = screen.getByTestId('download-status');
  expect(status.textContent).toContain('Đã tạo “KH_mau-chuan.xlsx”');
  expect(status.dataset.intent).toBe('warning');
  expect([...screen.getByTestId('download-status-remarks').querySelectorAll('li')].map((l) => l.textContent)).toEqual([
    REMARK,
  ]);
});

it('near miss: a file without remarks is a plain success, no list', async () => {
  show({ name: 'KH_bao-cao.json', remarks: [] });
  await act(async () => fireEvent.click(screen.getByTestId('download-reportJson')));
  const status = screen.getByTestId('download-status');
  expect(status.textContent).toBe('Đã tạo “KH_bao-cao.json” (trong thư mục Tải về).');
  expect(status.dataset.intent).toBe('success');
  expect(screen.queryByTestId('download-status-remarks')).toBeNull();
});
