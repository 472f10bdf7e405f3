// A 12,000-line workbook (the bench builder) through the page's file input: read and checked
// in the page's worker with progress by stage, the page's own thread never blocked for more
// than 200 ms (PerformanceObserver 'longtask'), and the findings those of `mtqg validate`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { servedBrowser } from './harness';
import { cliFindings, openPage, shot, shownFindings } from './pageHarness';
import { writeBenchWorkbook } from '../../scripts/benchWorkbook';

const served = servedBrowser();
let page: Page;
let file: string;
let stages: string[] = [];
let longTasks: number[] = [];

beforeAll(async () => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-page-12k-')), 'KeHoach-tinh.xlsx');
  await writeBenchWorkbook(12000, file);
  ({ page } = await openPage(served.browser, served.server));
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __stages: string[] };
    w.__longTasks = [];
    w.__stages = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const label = document.querySelector('[data-testid="file-stage"]')?.textContent ?? '';
      if (label && !w.__stages.includes(label)) w.__stages.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('file-result').waitFor({ timeout: 300000 });
  await page.waitForTimeout(500);
  ({ longTasks, stages } = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __stages: string[] };
    return { longTasks: w.__longTasks, stages: w.__stages };
  }));
  console.log(`page, 12,000 lines: stages ${JSON.stringify(stages)}; long tasks (ms) ${JSON.stringify(longTasks)}`);
  await shot(page, 'page-12-12000-lines-checked', false);
}, 600000);
afterAll(async () => {
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

it('shows progress by stage, and the reading and checking run in the page worker', () => {
  expect(stages).toEqual(expect.arrayContaining(['Đọc tệp…', 'Kiểm tra…']));
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringContaining('page-worker.js')]);
});

it('no long task over 200 ms on the page thread', () => {
  expect(longTasks.filter((d) => d > 200)).toEqual([]);
});

it('the findings are those of mtqg validate on the same file', async () => {
  expect(await shownFindings(page)).toEqual(
    await cliFindings({ name: path.basename(file), bytes: fs.readFileSync(file) }),
  );
}, 300000);
