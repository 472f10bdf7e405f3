import { Writable } from 'stream';
import { runValidate } from '../src/cli/validateCommand';
(async () => {
  const devNull = () => new Writable({ write(_c, _e, d) { d(); } });
  for (let i = 0; i < 4; i++) await runValidate('bench-output/province-12000-cached-results.xlsx', { format: 'text' }, devNull());
})();
