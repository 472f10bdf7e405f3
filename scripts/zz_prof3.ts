import { loadWorkbookFile } from '../src/host/xlsx/fileIo';
(async () => {
  const wb = await loadWorkbookFile('bench-output/province-12000-cached-results.xlsx');
  let pending = 0, total = 0; const ex: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { if ((c.type as number) === 6) { total++; const r = (c.value as any).result; if (r === undefined || r === null) { pending++; if (ex.length < 3 || Math.random() < 0.001) ex.push(ws.name + '!' + c.address + ' ' + JSON.stringify(c.value)); } } })));
  console.log(total, pending, ex);
})();
