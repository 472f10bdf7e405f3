import { performance } from 'perf_hooks';
import { loadWorkbookFile } from '../src/host/xlsx/fileIo';
(async () => {
  const wb = await loadWorkbookFile('bench-output/province-12000-cached-results.xlsx');
  for (let k = 0; k < 2; k++) {
  let t = performance.now(); let n = 0;
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, () => { n++; })));
  console.log('iterate', (performance.now() - t).toFixed(0), n);
  t = performance.now(); n = 0;
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => { n += c.type as number; })));
  console.log('type', (performance.now() - t).toFixed(0));
  t = performance.now();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => { const v = c.value; if (v) n++; })));
  console.log('value', (performance.now() - t).toFixed(0));
  t = performance.now();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => { const v = c.numFmt; if (v) n++; })));
  console.log('numFmt', (performance.now() - t).toFixed(0));
  t = performance.now();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => { if ((c.type as number) === 6) { const v = c.formula; if (v) n++; } })));
  console.log('formula', (performance.now() - t).toFixed(0));
  t = performance.now();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => { if (row.hidden) n++; }));
  console.log('hidden', (performance.now() - t).toFixed(0));
  t = performance.now();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => { if (c.isMerged) n++; })));
  console.log('isMerged', (performance.now() - t).toFixed(0));
  }
})();
