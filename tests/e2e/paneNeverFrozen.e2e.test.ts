// The pane never frozen (issue #13), in headless Chromium at 350×800 on the built dist/: no long
// task on the UI thread while checking 12,000 lines, creating their appendices, or consolidating.
import type { Page } from 'playwright-core';
import { recordLongTasks, servedBrowser, takeLongTasks } from './harness';
import { openPane, paneShot } from './paneHarness';
import { buildTemplatePlans } from '../../src/templates';
import { catalog } from '../../src/domain/catalog';
import { TYPED_SOURCE_KEYS } from '../../src/domain/sources';
import type { SheetPlan } from '../../src/model/sheetPlan';
import { unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';

const served = servedBrowser();

const open = (): Promise<Page> => openPane(served.browser, served.server, { width: 350, height: 800 });
const shot = paneShot;

/** A plan of `lines` lines (catalog + detail rows) with a typed amount in every typed column. */
function largePlans(lines: number): SheetPlan[] {
  const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
  const details = Array.from({ length: Math.max(0, lines - catalog.nodes.length) }, (_, i) => ({
    leafCode: leaves[i % leaves.length],
    name: `Công trình số ${i + 1}`,
  }));
  const plans = buildTemplatePlans({ year: 2025 }, { details });
  for (const plan of plans) {
    if (plan.id !== 'plan' && plan.id !== 'allocation') continue;
    const keyRow = plan.cells.find((c) => c.value === 'MA');
    if (!keyRow) continue;
    const typedCols = new Set(
      plan.cells.filter((c) => c.row === keyRow.row && TYPED_SOURCE_KEYS.includes(c.value as never)).map((c) => c.col),
    );
    const formulaAt = new Set(plan.cells.filter((c) => c.formula).map((c) => `${c.row},${c.col}`));
    const rows = new Set(plan.cells.filter((c) => c.row > keyRow.row + 1).map((c) => c.row));
    for (const r of rows)
      for (const c of typedCols)
        if (!formulaAt.has(`${r},${c}`)) plan.cells.push({ row: r, col: c, value: (r % 97) + 1 });
  }
  return plans;
}

describe('never frozen: checking 12,000 lines', () => {
  let page: Page;
  let seen: string[] = [];
  let longTasks: number[] = [];

  beforeAll(async () => {
    page = await open();
    const plans = largePlans(12000);
    await page.evaluate(async (p) => {
      const handle = (window as unknown as { __mtqgPreview: { host: any; refresh(): void } }).__mtqgPreview;
      await handle.host.applyPlans(p, 'refuse');
      handle.refresh();
    }, plans);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await recordLongTasks(page);
    const panel = page.getByTestId('panel-validation');
    const stages = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const labels: string[] = [];
          const root = document.querySelector('[data-testid="panel-validation"]')!;
          const obs = new MutationObserver(() => {
            const label = root.querySelector('.fui-Spinner')?.textContent ?? '';
            if (label && !labels.includes(label)) labels.push(label);
            if (root.querySelector('[data-testid="checked-at"]')) {
              obs.disconnect();
              resolve(labels);
            }
          });
          obs.observe(root, { subtree: true, childList: true, characterData: true });
        }),
    );
    await panel.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await panel.getByTestId('checked-at').waitFor({ state: 'visible', timeout: 300000 });
    seen = await stages;
    await page.waitForTimeout(500);
    longTasks = await takeLongTasks(page);
    console.log(`12,000 lines: stages ${JSON.stringify(seen)}; long tasks (ms) ${JSON.stringify(longTasks)}`);
    await shot(page, 'truth-10-12000-lines-checked');
    // Writing 12,000 lines into the preview (set-up, not measured) takes minutes on a busy machine.
  }, 600000);
  afterAll(async () => page?.context().close());

  it('shows progress by stage, and the checks run in the core worker', () => {
    expect(seen).toEqual(['Đọc sổ tính…', 'Kiểm tra…', 'Ghi đánh dấu…']);
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringContaining('core-worker.js')]);
  });

  // The preview reads its workbook in time-boxed slices (src/host/xlsx/slices.ts), sends the
  // snapshot to the worker a few hundred rows a message, and caches the read for the grid.
  it('no long task over 200 ms on the UI thread', () => {
    expect(longTasks.filter((d) => d > 200)).toEqual([]);
  });

  // Phụ biểu at 12,000 lines: the plans are built in the worker; the page writes the appendix
  // sheets into the preview's ExcelJS workbook in slices and the grid redraws (issue #13).
  it('creating the appendices ("Vẫn tạo") has no long task over 200 ms on the UI thread', async () => {
    await page.getByRole('tab', { name: 'Phụ biểu' }).click();
    const appendix = page.getByTestId('panel-appendix');
    await takeLongTasks(page);
    await appendix.getByRole('button', { name: 'Tạo phụ biểu' }).click();
    await page.getByRole('alertdialog').waitFor({ timeout: 300000 });
    const asking = await takeLongTasks(page);
    await page.getByRole('button', { name: 'Vẫn tạo (số liệu chưa kiểm tra)' }).click();
    await appendix.getByTestId('status-message').waitFor({ timeout: 300000 });
    await page.waitForTimeout(500);
    const writing = await takeLongTasks(page);
    console.log(
      `12,000 lines, appendices: long tasks (ms) up to the dialog ${JSON.stringify(asking)}; writing ${JSON.stringify(writing)}`,
    );
    expect(await appendix.getByTestId('status-message').textContent()).toMatch(/^Đã tạo: /);
    await shot(page, 'truth-11-12000-lines-appendices');
    expect([...asking, ...writing].filter((d) => d > 200)).toEqual([]);
  }, 600000);
});

// Tổng hợp reads the picked files in the core worker, consolidates and writes on the page thread: measured with 3 units.
describe('never frozen: consolidating 3 units', () => {
  it('no long task over 200 ms on the UI thread from picking the files to writing the sheets', async () => {
    const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const files = await Promise.all(
      [1, 2, 3].map(async (scale) => ({
        name: `xa-${scale}.xlsx`,
        mimeType: MIME,
        buffer: await unitWorkbookBuffer(unitPlans({ name: `Xã ${scale}`, scale })),
      })),
    );
    const page = await open();
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await recordLongTasks(page);
    const panel = page.getByTestId('panel-consolidation');
    await panel.getByTestId('consolidate-files').setInputFiles(files);
    await panel.getByText(/^Đã đọc 3 tệp/).waitFor({ timeout: 120000 });
    const reading = await takeLongTasks(page);
    await panel.getByTestId('consolidate-write').click();
    await panel.getByText(/^Đã ghi: /).waitFor({ timeout: 120000 });
    await page.waitForTimeout(500);
    const writing = await takeLongTasks(page);
    console.log(`3 units: long tasks (ms) reading ${JSON.stringify(reading)}; writing ${JSON.stringify(writing)}`);
    await page.context().close();
    expect([...reading, ...writing].filter((d) => d > 200)).toEqual([]);
  }, 300000);
});
