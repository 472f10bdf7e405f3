// Shared harness for browser end-to-end tests: a static server for dist/ on 127.0.0.1 and a
// headless Chromium that never talks to the network on its own.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** dist/ of this repo; E2E_DIST_DIR points the tests at another build (e.g. a probe build). */
export const DEFAULT_DIST_DIR = path.resolve(process.env.E2E_DIST_DIR || path.join(__dirname, '..', '..', 'dist'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Maps a request path to a file inside root, or null when it would escape root. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/** Serves distDir (default: the repo's dist/) over http on 127.0.0.1 at a random port (or `port`). */
export async function serveDist(distDir: string = DEFAULT_DIST_DIR, port = 0): Promise<StaticServer> {
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
    throw new Error(`${root}/taskpane.html not found: run \`npm run build\` first`);
  }
  const server = http.createServer((req, res) => {
    let file = resolveInside(root, req.url || '/');
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** The server and browser a test file shares: set before its own beforeAll runs, closed after its tests. */
export interface Served {
  server: StaticServer;
  browser: Browser;
}

/**
 * Serves dist/ (MTQG_DIST_DIR, else E2E_DIST_DIR or this repo's) and launches Chromium for the
 * calling test file: call it at the top of the file, before any hook that uses them.
 */
export function servedBrowser(): Served {
  const served = {} as Served;
  beforeAll(async () => {
    [served.server, served.browser] = await Promise.all([
      serveDist(process.env.MTQG_DIST_DIR || undefined),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}

/** Headless Chromium from the system package (apt `chromium`), with background traffic off. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`bash scripts/setup.sh --test\``);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface PageActivity {
  consoleErrors: string[];
  pageErrors: string[];
  /** Every request whose host is not 127.0.0.1 (blocked before it leaves the browser). */
  externalRequests: string[];
  /** Frames the page's Content-Security-Policy refused (Office.js's telemetry frame), by origin. */
  framesRefusedByPolicy: string[];
}

/** Chromium's console text when the CSP's frame-src refuses a frame. */
const FRAME_REFUSED = /^Framing '([^']+)' violates the following Content Security Policy directive: "frame-src 'self'"/;

/**
 * Records console errors, uncaught page errors and requests leaving 127.0.0.1 on a page,
 * and aborts those requests so a test can never depend on the network.
 */
export async function watchPage(page: Page): Promise<PageActivity> {
  const activity: PageActivity = { consoleErrors: [], pageErrors: [], externalRequests: [], framesRefusedByPolicy: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const refused = FRAME_REFUSED.exec(msg.text());
    if (refused) activity.framesRefusedByPolicy.push(refused[1]);
    else activity.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => activity.pageErrors.push(err.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const isLocal = /^(data|blob|about):/.test(url) || new URL(url).hostname === '127.0.0.1';
    if (isLocal) return route.continue();
    activity.externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  return activity;
}

type LongTaskWindow = { __longTasks: number[]; __longTaskObserver?: PerformanceObserver };

/** Records the page thread's long tasks (PerformanceObserver 'longtask', ms) from now on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LongTaskWindow;
    w.__longTasks = [];
    if (w.__longTaskObserver) return;
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    });
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The long tasks recorded since recordLongTasks or the last take; recording starts afresh. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as LongTaskWindow;
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}
