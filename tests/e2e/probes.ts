// What the browser tests look for on any page of ours: axe-core's violations, content sticking out
// sideways, controls Tab never reaches, errors and outside requests.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { PageActivity } from './harness';

const AXE = path.resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** axe-core in the page, evaluated through the debugger (the standalone page's CSP refuses inline scripts). */
export async function loadAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
}

/**
 * axe-core on the page: critical and serious violations, and `always` rules at any impact. The one
 * exclusion is Fluent's tabster focus guard (an aria-hidden <i tabindex=0> that moves focus back into
 * a dialog), which axe reports under aria-hidden-focus: excluded by that rule and selector only.
 */
export async function axeViolations(page: Page, always: string[] = []): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate(async (alwaysRules) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const out: string[] = [];
    for (const v of result.violations) {
      if (v.impact !== 'critical' && v.impact !== 'serious' && !alwaysRules.includes(v.id)) continue;
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
  }, always);
}

/**
 * The page's scroll width, and every element sticking out past the right edge and not
 * clipped by a box that fits, so an overflow hidden by CSS cannot pass unnoticed.
 */
export async function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    const offenders: string[] = [];
    for (const el of Array.from(document.querySelectorAll('#root *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= clientWidth + 1) continue;
      // Content clipped by (or scrolling inside) an ancestor that itself fits is fine.
      let clipped = false;
      for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
        clipped = getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= clientWidth + 1;
      }
      if (!clipped)
        offenders.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} right=${Math.round(box.right)}`,
        );
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, offenders: offenders.slice(0, 10) };
  });
}

/**
 * Presses Tab from the top of the page until every visible control has had the focus;
 * returns how many there are and the ones never reached. A Fluent tab list is one Tab stop
 * (arrows move inside it), and Fluent's focus helpers (tabster dummies) are not controls.
 */
export async function tabSweep(page: Page): Promise<{ wanted: number; missed: string[] }> {
  const wanted: string[] = await page.evaluate(() => {
    document.querySelectorAll('[data-kb]').forEach((el) => el.removeAttribute('data-kb'));
    const selector =
      'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, [role="button"], [tabindex="0"]';
    return Array.from(document.querySelectorAll<HTMLElement>(`#root ${selector}`))
      .filter((el) => el.getClientRects().length > 0 && !el.hasAttribute('data-tabster-dummy'))
      .filter((el) => !el.classList.contains('fui-SearchBox__dismiss')) // Escape in the box clears it
      .filter((el) => !el.classList.contains('fui-Tab') || el.getAttribute('aria-selected') === 'true')
      .map((el, i) => {
        el.dataset.kb = String(i);
        return `${i} ${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)}`;
      });
  });
  const reached = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < wanted.length * 2 + 20 && reached.size < wanted.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-kb]')?.dataset.kb ?? '',
    );
    if (id) reached.add(id);
  }
  return { wanted: wanted.length, missed: wanted.filter((w) => !reached.has(w.split(' ')[0])) };
}

/**
 * Office.js (loaded by taskpane.html) opens its telemetry iframe ~3 s after load, even
 * outside Office; the harness blocks it. It is Office.js's own, not the pane's, so it is
 * the one outside request tolerated here (blocked, never reached).
 */
const OFFICE_JS_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

export function expectClean(activity: PageActivity): void {
  expect(activity.pageErrors).toEqual([]);
  expect(activity.consoleErrors).toEqual([]);
  expect(activity.externalRequests.filter((url) => !OFFICE_JS_TELEMETRY.test(url))).toEqual([]);
}
