// The built task pane (dist/taskpane.html) in preview mode: the "Tổng hợp" panel picks three
// files (two commune workbooks, one holding a chart drawn by another tool, one in đồng, and a
// broken file), shows each one's status as
// it is read, opens a unit's findings, then writes the consolidation into the preview's
// in-memory workbook in one batch. Expected figures come from the same core run in Node.
import { readFileSync } from 'fs';
import { recordLongTasks, servedBrowser, takeLongTasks, watchPage } from './harness';
import { consolidate } from '../../src/consolidation';
import { readUnitFile } from '../../src/taskpane/consolidationServices';
import { unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { addRichParts } from '../../src/host/xlsx/testing/richPackage';
import { writeBenchWorkbook } from '../../scripts/benchWorkbook';
import * as os from 'os';
import * as path from 'path';
import { mkdtempSync, rmSync } from 'fs';

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Tổng hợp panel (preview, 320 px)', () => {
  const served = servedBrowser();

  it('picks three files, shows their status, opens findings and writes the consolidated sheets', async () => {
    const files = [
      {
        name: 'xa-a.xlsx',
        mimeType: MIME,
        // A chart on the plan sheet (the drawing ExcelJS 4.4 cannot load): read like any other unit.
        buffer: Buffer.from(
          addRichParts(new Uint8Array(await unitWorkbookBuffer(unitPlans({ name: 'Xã A', scale: 1 }))), {
            dataSheet: SHEET_NAMES.plan,
          }),
        ),
      },
      {
        name: 'xa-b.xlsx',
        mimeType: MIME,
        buffer: await unitWorkbookBuffer(unitPlans({ name: 'Xã B', scale: 2, unit: 'dong' })),
      },
      { name: 'hong.xlsx', mimeType: MIME, buffer: Buffer.from('not a workbook') },
    ];
    const inputs = await Promise.all(files.map((f) => readUnitFile(f.name, Uint8Array.from(f.buffer).buffer)));
    const expected = consolidate(inputs, { level: 'huyen', year: 2024 });
    expect(expected.units.map((u) => u.status)).toEqual(['ok', 'ok', 'unreadable']);

    const context = await served.browser.newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const activity = await watchPage(page);
    await page.goto(`${served.server.url}taskpane.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => Boolean((window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview));
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const panel = page.getByTestId('panel-consolidation');
    await panel.getByTestId('consolidate-files').setInputFiles(files);

    const rows = panel.locator('[data-testid="consolidate-status"] tbody tr');
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-testid="consolidate-status"] tbody tr')).filter((r) =>
          r.getAttribute('data-status'),
        ).length === 3,
      null,
      { timeout: 60000 },
    );
    expect(await rows.count()).toBe(3);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
    expect(statuses).toEqual(expected.units.map((u) => u.status));
    expect(await rows.nth(2).innerText()).toMatch(/Không đọc được/);
    await panel.getByText(/^Đã đọc 3 tệp: 2 đơn vị được cộng, 1 tệp không đọc được\.$/).waitFor();

    // The broken file's findings open in a list, with the reason.
    await panel.getByRole('button', { name: 'Xem phát hiện của hong.xlsx' }).click();
    const list = panel.getByTestId('consolidate-unit-findings');
    expect(await list.innerText()).toMatch(/UNIT_UNREADABLE/);

    await panel.getByTestId('consolidate-write').click();
    await panel.getByText(/^Đã ghi: /).waitFor({ timeout: 60000 });
    const written = await page.evaluate(async () => {
      const handle = (window as unknown as { __mtqgPreview: { host: { readSnapshot(): Promise<any> } } }).__mtqgPreview;
      const snapshot = await handle.host.readSnapshot();
      return snapshot.sheets.map((s: any) => s.name);
    });
    expect(written).toEqual(expected.plans.map((p) => p.name));
    expect(written).toContain(SHEET_NAMES.plan);

    // The written plan's grand total is what Node computed (the đồng unit converted).
    const tong = await page.evaluate(async () => {
      const handle = (window as unknown as { __mtqgPreview: { host: { readSnapshot(): Promise<any> } } }).__mtqgPreview;
      const snapshot = await handle.host.readSnapshot();
      const plan = snapshot.sheets.find((s: any) => s.name === 'Kế hoạch vốn');
      const keyRow = plan.rows.findIndex((r: any[]) => r.some((c) => c?.v === 'MA'));
      const tongCol = plan.rows[keyRow].findIndex((c: any) => c?.v === 'TONG');
      const maCol = plan.rows[keyRow].findIndex((c: any) => c?.v === 'MA');
      const row = plan.rows.find((r: any[]) => r[maCol]?.v === 'TONG');
      return row[tongCol].v as number;
    });
    const expectedTong = Object.values(expected.sums.plan).reduce(
      (s, a) => s + Object.values(a).reduce((x, y) => x + y, 0),
      0,
    );
    expect(tong).toBeCloseTo(expectedTong, 6);

    // The same consolidation as a downloaded .xlsx that opens as a template workbook.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByTestId('consolidate-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tong-hop-2024.xlsx');
    const saved = await download.path();
    const again = await readUnitFile('tong-hop.xlsx', Uint8Array.from(readFileSync(saved)).buffer);
    expect(again.kind).toBe('read');
    expect(again.kind === 'read' && again.reading.level).toBe('huyen');
    expect(activity.pageErrors).toEqual([]);
    expect(activity.consoleErrors).toEqual([]);
    await context.close();
  });

  it("reads a 12,000-line unit in the core worker: the pane's thread is never blocked for half a second", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mtqg-pane-big-unit-'));
    const context = await served.browser.newContext({ viewport: { width: 320, height: 900 } });
    try {
      const file = path.join(dir, 'huyen-lon.xlsx');
      await writeBenchWorkbook(12000, file);
      const expected = await readUnitFile('huyen-lon.xlsx', Uint8Array.from(readFileSync(file)).buffer);
      expect(expected.kind).toBe('read');
      const page = await context.newPage();
      const activity = await watchPage(page);
      await page.goto(`${served.server.url}taskpane.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => Boolean((window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview));
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await recordLongTasks(page);
      const panel = page.getByTestId('panel-consolidation');
      await panel.getByTestId('consolidate-files').setInputFiles(file);
      await panel.getByText(/^Đã đọc 1 tệp: 1 đơn vị được cộng, 0 tệp không đọc được\.$/).waitFor({ timeout: 120000 });
      const longTasks = await takeLongTasks(page);
      console.log(`pane, Tổng hợp of a 12,000-line unit: long tasks (ms) ${JSON.stringify(longTasks)}`);
      // Reading it on this thread blocks it for seconds; what stays here (summing the readings,
      // React rendering) is short.
      expect(longTasks.filter((d) => d >= 500)).toEqual([]);
      expect(page.workers().map((w) => w.url())).toEqual([expect.stringContaining('core-worker.js')]);
      expect(activity.pageErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300000);
});
