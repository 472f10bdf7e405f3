/**
 * The browser's JavaScript heap limit, where it tells it (Chromium's performance.memory: Chrome,
 * Edge, Cốc Cốc), else undefined (Firefox, Safari: no estimate, as before). A worker is not told
 * its own limit, so the page's is passed to it as the measure a file's need is held against.
 */
export function browserHeapLimit(perf: unknown = globalThis.performance): number | undefined {
  const limit = (perf as { memory?: { jsHeapSizeLimit?: unknown } } | undefined)?.memory?.jsHeapSizeLimit;
  return typeof limit === 'number' && limit > 0 ? limit : undefined;
}
