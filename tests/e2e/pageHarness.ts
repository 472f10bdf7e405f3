// Helpers of the standalone page's browser tests (dist/index.html): open the page, give it
// files through the file input, read what it shows, screenshots at desktop and phone size,
// axe-core, and what `mtqg validate --format json` says of the same file (computed in Node).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageActivity, type StaticServer } from './harness';
import { runValidate } from '../../src/cli/validateCommand';

export const SCREENSHOTS =
  process.env.MTQG_SCREENSHOT_DIR || path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  activity: PageActivity;
}

export async function openPage(
  browser: Browser,
  server: StaticServer,
  viewport = DESKTOP,
  { acceptDownloads = false } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, acceptDownloads });
  const page = await context.newPage();
  const activity = await watchPage(page);
  await page.goto(server.url, { waitUntil: 'load' });
  await page.getByTestId('drop-zone').waitFor({ timeout: 60000 });
  return { context, page, activity };
}

export interface GivenFile {
  name: string;
  bytes: Buffer;
}

/** Gives the page files through its file input and waits until each is checked (or refused). */
export async function giveFiles(page: Page, files: GivenFile[], timeout = 120000): Promise<void> {
  const before = await page.locator('[data-testid="file-result"], [data-testid="file-error"]').count();
  await page
    .getByTestId('file-input')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX_MIME, buffer: f.bytes })));
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="file-result"], [data-testid="file-error"]').length >= n,
    before + files.length,
    { timeout },
  );
}

/** The findings one opened file shows, as "CODE@Sheet!Cell", sorted. */
export async function shownFindings(page: Page, fileIndex = 0): Promise<string[]> {
  const result = page.getByTestId('file-result').nth(fileIndex);
  const list = await result
    .getByTestId('finding')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')}`),
    );
  return list.sort();
}

/** `mtqg validate FILE --format json` in Node, as "CODE@Sheet!Cell", sorted. */
export async function cliFindings(file: GivenFile): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtqg-page-'));
  const at = path.join(dir, file.name);
  fs.writeFileSync(at, file.bytes);
  let out = '';
  const sink = { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream;
  await runValidate(at, { format: 'json' }, sink);
  fs.rmSync(dir, { recursive: true, force: true });
  const report = JSON.parse(out) as { findings: { code: string; sheet: string; cell: string }[] };
  return report.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort();
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

export { axeViolations } from './probes';

/** True when the page scrolls sideways (something wider than the viewport). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
