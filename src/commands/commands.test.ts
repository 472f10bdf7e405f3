/** @jest-environment jsdom */
import { makeQuickCheck, registerCommands, renderResult, RESULT_PARAM, showInDialog } from './commands';
import type { WorkbookHost } from '../host/types';

function fakeOffice() {
  const associated: Record<string, (event: Office.AddinCommands.Event) => Promise<void>> = {};
  const dialogs: string[] = [];
  let readyCallback: (() => void) | undefined;
  const office = {
    onReady: (cb: () => void) => {
      readyCallback = cb;
      return Promise.resolve({ host: null, platform: null });
    },
    actions: {
      associate: (name: string, fn: (event: Office.AddinCommands.Event) => Promise<void>) => (associated[name] = fn),
    },
    context: {
      ui: { displayDialogAsync: (url: string, _options: unknown, cb: () => void) => (dialogs.push(url), cb()) },
    },
  } as unknown as typeof Office;
  return { office, associated, dialogs, fireReady: () => readyCallback?.() };
}

function fakeEvent() {
  const event = { completed: jest.fn() };
  return event as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe('ribbon commands', () => {
  it('registers "quickCheck" only once Office is ready', () => {
    const { office, associated, fireReady } = fakeOffice();
    registerCommands(office, { host: () => ({}) as WorkbookHost, show: async () => undefined });
    expect(associated.quickCheck).toBeUndefined();
    fireReady();
    expect(typeof associated.quickCheck).toBe('function');
    expect(associated.action).toBeUndefined();
  });

  it('completes its event and says why when the workbook cannot be read', async () => {
    const shown: string[] = [];
    const host = {
      readSnapshot: () => Promise.reject(new Error('InvalidReference')),
    } as unknown as WorkbookHost;
    const event = fakeEvent();
    await makeQuickCheck({ host: () => host, show: async (m) => void shown.push(m) })(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([
      'Không kiểm tra được sổ tính: InvalidReference / The workbook could not be checked: InvalidReference',
    ]);
  });

  it('shows the result in a dialog of this page, which renders it as text', async () => {
    const { office, dialogs } = fakeOffice();
    await showInDialog(office, 'https://localhost:3000/commands.html')('Kiểm tra nhanh: <b>1 lỗi</b>');
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/commands.html');
    expect(renderResult(document, url.search)).toBe(true);
    expect(document.body.textContent).toBe('Kiểm tra nhanh: <b>1 lỗi</b>');
    expect(document.querySelector('b')).toBeNull();
    expect(renderResult(document, `?other=1&${RESULT_PARAM}x=2`)).toBe(false);
  });

  it('does nothing outside Office', () => {
    expect(() => registerCommands(undefined)).not.toThrow();
  });
});
