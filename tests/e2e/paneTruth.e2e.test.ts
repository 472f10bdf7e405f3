// The pane under real use (issue #13), in headless Chromium at 350×800 on the built dist/:
// states that tell the truth, the dialogs' safe default and focus, axe-core on every panel and
// dialog, screenshots of every panel, and no long task on the UI thread while checking 12,000 lines.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordLongTasks, serveDist, takeLongTasks, watchPage, type StaticServer } from './harness';
import { buildTemplatePlans } from '../../src/templates';
import { catalog } from '../../src/domain/catalog';
import { TYPED_SOURCE_KEYS } from '../../src/domain/sources';
import type { SheetPlan } from '../../src/model/sheetPlan';
import { unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';

const SCREENSHOTS =
  process.env.MTQG_SCREENSHOT_DIR || path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');
const AXE = path.resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const VIEWPORT = { width: 350, height: 800 };

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await watchPage(page);
  await page.goto(`${server.url}taskpane.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean((window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview), null, {
    timeout: 60000,
  });
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Rules checked at every impact (issue #13 saw them in the preview grid): minor, but real. */
const ALWAYS_RULES = ['aria-allowed-role', 'empty-table-header'];

/**
 * axe-core on the page: critical and serious violations, and ALWAYS_RULES at any impact. The one exclusion is Fluent's
 * tabster focus guard (an aria-hidden <i tabindex=0> that moves focus back into a dialog),
 * which axe reports under aria-hidden-focus: excluded by that rule and selector only.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (always) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const out: string[] = [];
    for (const v of result.violations) {
      if (v.impact !== 'critical' && v.impact !== 'serious' && !always.includes(v.id)) continue;
      const nodes = v.nodes.filter(
        (n: { target: string[] }) =>
          !(
            v.id === 'aria-hidden-focus' &&
            document.querySelector(n.target[n.target.length - 1])?.hasAttribute('data-tabster-dummy')
          ),
      );
      if (nodes.length)
        out.push(`${v.id} (${v.impact}): ${nodes.map((n: { target: string[] }) => n.target.join(' ')).join(' | ')}`);
    }
    return out;
  }, ALWAYS_RULES);
}

async function checkWorkbook(page: Page) {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const panel = page.getByTestId('panel-validation');
  await panel.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
  await panel.getByTestId('checked-at').waitFor({ state: 'visible', timeout: 120000 });
  return panel;
}

describe('states that tell the truth', () => {
  it('an empty workbook points to Mẫu biểu; appendices are refused; jumping to a missing sheet says so', async () => {
    const page = await open();
    const panel = await checkWorkbook(page);
    await expect(panel.getByTestId('workbook-state').textContent()).resolves.toContain('chưa có bộ mẫu biểu');
    expect(await panel.textContent()).not.toContain('Không phát hiện lỗi nào');
    await panel.getByTestId('finding').first().click();
    await expect(panel.getByTestId('status-message').textContent()).resolves.toMatch(/không có trong sổ tính/);
    await shot(page, 'truth-01-empty-workbook-check');
    await page.getByRole('tab', { name: 'Phụ biểu' }).click();
    const appendix = page.getByTestId('panel-appendix');
    await appendix.getByRole('button', { name: 'Tạo phụ biểu' }).click();
    await appendix.getByTestId('status-message').waitFor({ timeout: 60000 });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vẫn tạo (số liệu chưa kiểm tra)' }).count()).toBe(0);
    await expect(appendix.getByTestId('status-message').textContent()).resolves.toContain('chưa có bộ mẫu biểu');
    await shot(page, 'truth-02-appendix-refused');
    await appendix.getByRole('button', { name: 'Mở thẻ Mẫu biểu' }).click();
    await expect(page.getByTestId('panel-templates').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('a fresh template says "no figures yet"; a change afterwards marks the result stale', async () => {
    const page = await open();
    // The detail-row form waits for the templates.
    await expect(page.getByRole('button', { name: 'Thêm dòng chi tiết' }).isDisabled()).resolves.toBe(true);
    await shot(page, 'truth-03-templates-before-load');
    await page.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' }).click();
    await page.getByTestId('panel-templates').getByTestId('status-message').waitFor({ timeout: 60000 });
    await expect(page.getByRole('button', { name: 'Thêm dòng chi tiết' }).isDisabled()).resolves.toBe(false);
    // The success message is on screen without scrolling.
    expect(await inView(page, page.getByTestId('panel-templates').getByTestId('status-message'))).toBe(true);
    await shot(page, 'truth-04-templates-loaded');
    const panel = await checkWorkbook(page);
    await expect(panel.getByTestId('workbook-state').textContent()).resolves.toContain('chưa có số liệu');
    expect(await panel.textContent()).not.toContain('Không phát hiện lỗi nào');
    await page.evaluate(() => (window as unknown as { __mtqgPreview: { refresh(): void } }).__mtqgPreview.refresh());
    await panel.getByTestId('stale').waitFor({ timeout: 10000 });
    await panel.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await panel.getByTestId('stale').waitFor({ state: 'detached', timeout: 60000 });
    await page.context().close();
  });
});

async function inView(page: Page, locator: ReturnType<Page['getByTestId']>): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= VIEWPORT.height;
}

describe('with sample figures', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
    await page.getByRole('button', { name: 'Điền số liệu mẫu' }).click();
    await page.getByTestId('preview').getByTestId('status-message').waitFor({ timeout: 60000 });
  });
  afterAll(async () => page?.context().close());

  it('results: human titles, whole-set counts, first finding in view, live region, language switch', async () => {
    const panel = await checkWorkbook(page);
    const first = panel.getByTestId('finding').first();
    await first.waitFor();
    expect(await inView(page, first)).toBe(true);
    expect(await first.evaluate((el) => el.tagName + '>' + el.parentElement!.tagName)).toBe('BUTTON>LI');
    expect(await first.textContent()).not.toMatch(/[A-Z]+_[A-Z]+/);
    expect(await first.getAttribute('title')).toMatch(/[A-Z]+_[A-Z]+/);
    const live = await panel.locator('[aria-live="polite"]').first().textContent();
    expect(live).toMatch(/^Đã kiểm tra: \d+ lỗi, \d+ cảnh báo, \d+ lưu ý\.$/);
    const options = await panel.getByTestId('filter-severity').locator('option').allTextContents();
    for (const o of options) expect(o).not.toMatch(/\(0\)/);
    await shot(page, 'truth-05-check-results');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(panel.locator('[aria-live="polite"]').first().textContent()).resolves.toMatch(/^Checked: /);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  // An axe probe once saw color-contrast (serious) on a Kiểm tra button right after a check
  // started: probe at once after the click (busy), and again at once after it finished.
  it('no color-contrast violation in the Kiểm tra panel while a check is busy and as it ends', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const panel = page.getByTestId('panel-validation');
    await panel
      .getByRole('button', { name: /^Kiểm tra (sổ tính|lại)$/ })
      .first()
      .click();
    const seen = await contrastProbe(page);
    await panel.locator('.fui-Spinner').waitFor({ state: 'detached', timeout: 60000 });
    // Probed at once, the re-enabled primary button is mid Fluent's colour transition (disabled grey
    // to blue, ~100 ms): axe saw #eeeeee on #77a9d4 (2.15:1) there. Probe when the transitions end.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    seen.push(...(await contrastProbe(page)));
    console.log(`color-contrast while busy and right after: ${JSON.stringify([...new Set(seen)])}`);
    expect([...new Set(seen)]).toEqual([]);
  });

  it('the appendix dialog: safe choice focused, Enter creates nothing, focus returns to the opener', async () => {
    await page.getByRole('tab', { name: 'Phụ biểu' }).click();
    const appendix = page.getByTestId('panel-appendix');
    const opener = appendix.getByRole('button', { name: 'Tạo phụ biểu' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 60000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy, sửa lỗi trước');
    await shot(page, 'truth-06-appendix-dialog');
    expect(await axeViolations(page)).toEqual([]);
    const before = await page.getByTestId('sheet-tab').allInnerTexts();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    await page.waitForTimeout(300);
    expect(await page.getByTestId('sheet-tab').allInnerTexts()).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tạo phụ biểu');
    await shot(page, 'truth-07-appendix-cancelled');
  });

  it('the templates dialog: safe choice first, focus returns; axe on every panel', async () => {
    await page.getByRole('tab', { name: 'Mẫu biểu' }).click();
    const load = page.getByRole('button', { name: 'Tải mẫu biểu vào sổ tính' });
    await load.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 60000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await shot(page, 'truth-08-templates-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 10000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tải mẫu biểu vào sổ tính');
    for (const tab of ['Mẫu biểu', 'Kiểm tra', 'Phụ biểu']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Mẫu biểu' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'truth-09-templates-panel');
  });
});

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

/** axe's color-contrast on the Kiểm tra panel: each failing node's html, and whether it is disabled. */
async function contrastProbe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe;
    const root = document.querySelector('[data-testid="panel-validation"]')!;
    // Colours as they settle: a button mid Fluent's colour transition (~100 ms; longer on a
    // loaded machine) is no state anyone reads. Wait until no button's colours change for 150 ms.
    const colours = () =>
      [...root.querySelectorAll('button')]
        .map((b) => {
          const s = getComputedStyle(b);
          return `${s.backgroundColor}|${s.color}`;
        })
        .join(';');
    let before = colours();
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const now = colours();
      if (now === before) break;
      before = now;
    }
    const result = await axe.run(root, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return result.violations.flatMap((v: any) =>
      v.nodes.map((n: any) => `${v.impact}: ${n.html} (${n.failureSummary?.split('\n').pop()?.trim()})`),
    );
  });
}

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
