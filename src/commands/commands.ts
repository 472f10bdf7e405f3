// Ribbon function file. The "Kế hoạch MTQG" button opens the task pane (ShowTaskpane in the
// manifest); "Kiểm tra nhanh" runs `quickCheck` here (ExecuteFunction): validate, highlight
// and say the result in a small dialog, without opening the pane. Every handler must call
// event.completed(), otherwise Excel shows the command as still running.
import { ExcelWorkbookHost } from '../host/excel/ExcelWorkbookHost';
import type { WorkbookHost } from '../host/types';
import { runQuickCheck } from './quickCheck';

/** The query parameter that turns this page into the result dialog. */
export const RESULT_PARAM = 'ketqua';

export interface QuickCheckDeps {
  host: () => WorkbookHost;
  /** Shows one short line to the officer (a small Office dialog in Excel). */
  show: (message: string) => Promise<void>;
}

export function makeQuickCheck(deps: QuickCheckDeps): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      const { message } = await runQuickCheck(deps.host());
      await deps.show(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await deps
        .show(`Không kiểm tra được sổ tính: ${reason} / The workbook could not be checked: ${reason}`)
        .catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}

/** The result in a small dialog: this same page, which renders the message it is given. */
export function showInDialog(office: typeof Office, pageUrl: string): (message: string) => Promise<void> {
  return (message) =>
    new Promise((resolve) => {
      const url = new URL(pageUrl);
      url.search = new URLSearchParams({ [RESULT_PARAM]: message }).toString();
      office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 40, displayInIframe: true }, () =>
        resolve(),
      );
    });
}

/** In the dialog: write the message into the page (as text, never as HTML). */
export function renderResult(doc: Document, search: string): boolean {
  const message = new URLSearchParams(search).get(RESULT_PARAM);
  if (message === null) return false;
  const p = doc.createElement('p');
  p.textContent = message;
  p.style.font = '14px "Segoe UI", sans-serif';
  p.style.margin = '16px';
  doc.body.appendChild(p);
  return true;
}

/** Registers the command handlers once Office.js is ready (no-op outside Office). */
export function registerCommands(office: typeof Office | undefined, quickCheck?: QuickCheckDeps): void {
  if (!office || typeof office.onReady !== 'function') return;
  const handler = makeQuickCheck(
    quickCheck ?? { host: () => new ExcelWorkbookHost(), show: showInDialog(office, window.location.href) },
  );
  void office.onReady(() => {
    office.actions?.associate('quickCheck', (event: Office.AddinCommands.Event) => void handler(event));
  });
}

if (typeof document !== 'undefined') renderResult(document, window.location.search);
registerCommands(typeof Office === 'undefined' ? undefined : Office);
