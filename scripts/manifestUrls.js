// Rewrites the development manifest (every URL under https://localhost:3000/) for a
// production host. Used by webpack.config.js when copying manifest.xml into dist/, and by
// tests/manifest.test.ts, so the tested transformation is the one the build applies.
'use strict';

const DEV_BASE_URL = 'https://localhost:3000/';
const DEFAULT_PROD_BASE_URL = 'https://mtqg.example.gov.vn/addin/';

/** Validates a base URL (https, no query/fragment) and returns it with a trailing slash. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new Error(`ADDIN_PROD_URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PROD_URL must use https (Office requires it): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_PROD_URL must not have a query or fragment: ${raw}`);
  const base = url.href;
  return base.endsWith('/') ? base : `${base}/`;
}

/** The production base URL from the environment (ADDIN_PROD_URL) or the default. */
function productionBaseUrl(env = process.env) {
  return normalizeBaseUrl(env.ADDIN_PROD_URL || DEFAULT_PROD_BASE_URL);
}

/**
 * Returns the manifest text with every development URL moved to `prodBaseUrl`. AppDomain
 * entries hold a bare origin (no path), so they map to the production origin.
 */
function toProductionManifest(xml, prodBaseUrl) {
  const base = normalizeBaseUrl(prodBaseUrl);
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  const prodOrigin = new URL(base).origin;
  return String(xml)
    .split(DEV_BASE_URL)
    .join(base)
    .replace(/(<AppDomain>\s*)([^<]*?)(\s*<\/AppDomain>)/g, (all, open, value, close) =>
      value === devOrigin ? `${open}${prodOrigin}${close}` : all,
    );
}

/** Every localhost / loopback URL left in a manifest text (empty when it is production-ready). */
function findLocalUrls(xml) {
  const matches = String(xml).match(/https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?[^\s"'<]*/gi);
  return matches ? [...new Set(matches)] : [];
}

module.exports = {
  DEV_BASE_URL,
  DEFAULT_PROD_BASE_URL,
  normalizeBaseUrl,
  productionBaseUrl,
  toProductionManifest,
  findLocalUrls,
};
