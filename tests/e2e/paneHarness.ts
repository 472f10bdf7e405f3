// The pane in the browser preview with her own sheet written in: the mapping-review tests' start.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { watchPage, type PageActivity, type StaticServer } from './harness';
import type { CellPlan, SheetPlan } from '../../src/model/sheetPlan';

/** Her grid as a sheet the preview host writes: values as typed, merged ranges, no marker of ours. */
export function herSheetPlan(name: string, cells: CellPlan[], merges: SheetPlan['merges'] = []): SheetPlan {
  return { id: 'own', name, kind: 'template', styles: {}, cells, columns: [], rows: [], merges, validations: [] };
}

/** The cells of a grid of values (null: nothing typed). */
export function gridCells(grid: Array<Array<string | number | null>>): CellPlan[] {
  const cells: CellPlan[] = [];
  grid.forEach((r, row) => r.forEach((value, col) => value !== null && cells.push({ row, col, value })));
  return cells;
}

/** The pane at 350×800, its welcome closed, with `sheet` written into the preview's workbook. */
export async function openPaneWith(
  browser: Browser,
  server: StaticServer,
  sheet: SheetPlan,
): Promise<{ page: Page; activity: PageActivity }> {
  const opened = await openWatched(browser, server, { width: 350, height: 800 });
  await opened.page.evaluate(async (plan) => {
    const handle = (window as unknown as { __mtqgPreview: { host: any; refresh(): void } }).__mtqgPreview;
    await handle.host.applyPlans([plan], 'refuse');
    handle.refresh();
  }, sheet);
  return opened;
}

const SCREENSHOTS =
  process.env.MTQG_SCREENSHOT_DIR || path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

/** The pane in the preview at `viewport`, its welcome closed, the preview's workbook empty. */
export async function openPane(
  browser: Browser,
  server: StaticServer,
  viewport: { width: number; height: number },
): Promise<Page> {
  return (await openWatched(browser, server, viewport)).page;
}

async function openWatched(
  browser: Browser,
  server: StaticServer,
  viewport: { width: number; height: number },
): Promise<{ page: Page; activity: PageActivity }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const activity = await watchPage(page);
  await page.goto(`${server.url}taskpane.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean((window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview), null, {
    timeout: 60000,
  });
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  return { page, activity };
}

/** A screenshot of the page into test-output/screenshots (or MTQG_SCREENSHOT_DIR). */
export async function paneShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
