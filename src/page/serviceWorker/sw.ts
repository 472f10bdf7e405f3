// The page's service worker (hand-written): keeps this build's files so the page opens and
// checks offline. webpack (PagePrecachePlugin in webpack.config.js) writes the build hash and
// the list of the page's files into the two placeholders below, so each build has its own
// cache and replaces the one before.

const BUILD = '__MTQG_BUILD__';
const PRECACHE: string[] = JSON.parse('__MTQG_PRECACHE__') as string[];
const CACHE_PREFIX = 'mtqg-page-';
const CACHE = `${CACHE_PREFIX}${BUILD}`;

/** The little of the service worker scope this file uses (the project compiles with the DOM lib). */
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface SwScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}
const sw = self as unknown as SwScope;

const scopeUrl = () => new URL(sw.registration.scope);
/** A request's path inside the page's folder ('' for the folder itself), or null outside it. */
function pathInScope(url: URL): string | null {
  const scope = scopeUrl();
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return url.pathname.slice(scope.pathname.length);
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, scopeUrl()).href)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const path = pathInScope(new URL(request.url));
  if (path === null) return;
  if (request.mode === 'navigate') {
    // Only the page itself: the pane (taskpane.html) and everything else go to the network as before.
    if (path !== '' && path !== 'index.html') return;
    // The network first (a new build shows at once), this build's copy when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(new URL('index.html', scopeUrl()).href).then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }
  if (!PRECACHE.includes(path)) return;
  // Content-hashed files never change under one name: this build's copy first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});
