/** URL of the built service worker (webpack DefinePlugin); undefined in unit tests. */
declare const MTQG_PAGE_SW_URL: string | undefined;

/**
 * Registers the page's service worker (cache of this build's files, so the page opens and
 * checks offline). Only the page calls this; the pane and the tests of the pane never do.
 */
export function registerServiceWorker(): void {
  const url = typeof MTQG_PAGE_SW_URL === 'undefined' ? undefined : MTQG_PAGE_SW_URL;
  if (!url || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // http(s) only (a file:// page has no service worker); a refusal leaves the page working online.
  if (!/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register(url, { scope: './' }).catch(() => undefined);
}
