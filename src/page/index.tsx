import { createRoot } from 'react-dom/client';
import { PageApp } from './PageApp';
import { createPageCore } from './worker/pageClient';
import { pageDownloads } from './pageDownloads';
import { registerServiceWorker } from './serviceWorker/register';

// The standalone page: no Office.js, her files read and checked in the page's own worker.
const core = createPageCore();
const downloads = pageDownloads(core);

const container = document.getElementById('root');
if (container) createRoot(container).render(<PageApp core={core} downloads={downloads} />);

// Offline once loaded: the service worker keeps this build's files (registered by the page only).
registerServiceWorker();
