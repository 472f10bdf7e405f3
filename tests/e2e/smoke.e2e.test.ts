// Smoke test of the built task pane outside Office: it must render, log no errors and load
// everything (Office.js included) from its own origin.
import { servedBrowser, watchPage } from './harness';

describe('task pane smoke (dist/taskpane.html in headless Chromium)', () => {
  const served = servedBrowser();

  it('renders the React root with no errors and no request off 127.0.0.1', async () => {
    const page = await served.browser.newPage();
    const activity = await watchPage(page);
    const localRequests: string[] = [];
    page.on('requestfinished', (req) => localRequests.push(new URL(req.url()).pathname));

    await page.goto(`${served.server.url}taskpane.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.getElementById('root')?.innerText ?? '').trim().length > 0, null, {
      timeout: 60000,
    });
    // Let Office.onReady and any first effects settle before judging the console, and outlast
    // the 3 s timer after which Office.js tries to load its telemetry frame.
    await page.waitForTimeout(4000);

    const rootText = await page.locator('#root').innerText();
    expect(rootText.trim().length).toBeGreaterThan(0);
    expect(await page.title()).toContain('MTQG');
    expect(activity.externalRequests).toEqual([]);
    // Office.js's telemetry frame is the only frame the pane's CSP has to refuse.
    expect(
      activity.framesRefusedByPolicy.filter((o) => o !== 'https://telemetryservice.firstpartyapps.oaspapps.com/'),
    ).toEqual([]);
    expect(activity.pageErrors).toEqual([]);
    expect(activity.consoleErrors).toEqual([]);
    expect(localRequests).toContain('/assets/office-js/office.js');
    await page.close();
  });

  it('the harness server refuses paths outside dist/ and serves correct MIME types', async () => {
    const ok = await fetch(`${served.server.url}taskpane.html`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    const icon = await fetch(`${served.server.url}assets/icon-32.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');
    const escape = await fetch(`${served.server.url}..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
    expect((await fetch(`${served.server.url}missing.js`)).status).toBe(404);
  });
});
