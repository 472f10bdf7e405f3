import { performance } from 'perf_hooks';
import { loadWorkbookFile } from '../src/host/xlsx/fileIo';
import { readWorkbookSnapshot } from '../src/host/xlsx/readSnapshot';
import { CHECKS, validateSnapshot } from '../src/validation';
import { buildWorkbookModel } from '../src/validation/workbookModel';
import { readSettingsFromModel } from '../src/validation/settingsReader';
(async () => {
  const wb = await loadWorkbookFile('bench-output/province-12000-cached-results.xlsx');
  let t = performance.now();
  const snap = readWorkbookSnapshot(wb);
  console.log('snapshot', (performance.now() - t).toFixed(0));
  t = performance.now();
  const model = buildWorkbookModel(snap);
  console.log('model', (performance.now() - t).toFixed(0));
  const { settings } = readSettingsFromModel(model);
  for (const [name, check] of Object.entries(CHECKS)) {
    t = performance.now();
    const f = check(model, { settings, unit: settings.DON_VI_TINH });
    console.log(name, (performance.now() - t).toFixed(0), f.length);
  }
  console.log(validateSnapshot(snap).map((f) => `${f.code} ${f.cell} ${f.message}`).join('\n'));
})();
