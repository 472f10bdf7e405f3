/**
 * Serves the built dist/ on http://127.0.0.1:PORT/ (default 8080) so the standalone page
 * (index.html) can start its worker and service worker, which browsers refuse on file://.
 *   npm run build && npm run serve:page [-- PORT]
 * Local only: the same static server the browser tests use; nothing is uploaded anywhere.
 */
import { serveDist } from '../tests/e2e/harness';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await serveDist(undefined, Number.isInteger(port) ? port : 8080);
  process.stdout.write(`Mở trang / open the page: ${server.url}  (Ctrl+C để dừng / to stop)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
