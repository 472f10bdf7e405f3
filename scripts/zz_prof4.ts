import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
const IGN = ['dataValidations', 'conditionalFormatting', 'pageSetup', 'printOptions', 'pageMargins', 'headerFooter', 'sheetViews', 'cols', 'hyperlinks', 'rowBreaks', 'drawing', 'picture', 'tableParts', 'extLst', 'autoFilter', 'sheetProtection', 'sheetFormatPr', 'sheetPr'];
(async () => {
  const file = 'bench-output/province-12000-cached-results.xlsx';
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(file);
    const a = performance.now() - t;
    t = performance.now();
    const buf = await fs.readFile(file);
    await new ExcelJS.Workbook().xlsx.load(buf as any, { ignoreNodes: IGN } as any);
    const b = performance.now() - t;
    t = performance.now();
    await new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as any);
    console.log(a.toFixed(0), b.toFixed(0), (performance.now() - t).toFixed(0));
  }
})();
