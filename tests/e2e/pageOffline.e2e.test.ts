// The standalone page offline (issue #14): after one load its service worker keeps this
// build's files (a cache named after the build hash), so with the network cut the page
// reloads and still checks a file. Without the service worker the same reload fails, which
// is what makes this test able to fail.
import { servedBrowser } from './harness';
import { cliFindings, giveFiles, openPage, shot, shownFindings, type GivenFile } from './pageHarness';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';

const served = servedBrowser();
let slips: GivenFile;

beforeAll(async () => {
  const wb = await buildSampleWorkbook({ withSlips: true });
  slips = { name: 'mau-co-loi.xlsx', bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
});
it('after the first load, the page opens and checks a file with the network cut', async () => {
  const { context, page, activity } = await openPage(served.browser, served.server);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const caches = await page.evaluate(() => window.caches.keys());
  expect(caches).toEqual([expect.stringMatching(/^mtqg-page-[0-9a-f]{16,}$/)]);

  await context.setOffline(true);
  await page.reload({ waitUntil: 'load' });
  await page.getByTestId('drop-zone').waitFor({ timeout: 30000 });
  await giveFiles(page, [slips]);
  expect(await shownFindings(page)).toEqual(await cliFindings(slips));
  await shot(page, 'page-11-offline-reload');
  expect(activity.externalRequests).toEqual([]);
  expect(activity.pageErrors).toEqual([]);
  await context.close();
});

it('without the service worker the same offline reload fails (the control)', async () => {
  const context = await served.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(served.server.url, { waitUntil: 'load' });
  await page.getByTestId('drop-zone').waitFor({ timeout: 60000 });
  await context.setOffline(true);
  await expect(page.reload({ waitUntil: 'load' })).rejects.toThrow();
  await context.close();
});
