/**
 * Counts Office.js round trips (context.sync calls) of one validation in the task pane:
 * readSnapshot() + validateSnapshot + highlightFindings, on a recorder workbook whose
 * Kế hoạch vốn has `planLines` rows. In Excel on the web every sync is a network round trip.
 * Run: npx tsx scripts/benchOfficeSyncs.ts [lines…]
 */
import { ExcelWorkbookHost } from '../src/host/excel/ExcelWorkbookHost';
import { buildTemplatePlans } from '../src/templates';
import { catalog } from '../src/domain/catalog';
import { SHEET_NAMES } from '../src/domain/workbookLayout';
import { TYPED_SOURCE_KEYS } from '../src/domain/sources';
import { validateSnapshot } from '../src/validation';
import { findKeyRow } from '../src/host/excel/sheetScan';
import { OfficeRecorder } from '../tests/office/recorder';
import { computePendingResults } from '../src/host/xlsx/pendingFormulas';
import { pendingAt, pendingCell, pendingCol, pendingRow, pendingSheet } from '../src/host/xlsx/pendingFormula';

export interface OfficeSyncMeasure {
  /** Syncs of the first validation of a pane session (sheet names known from pane start). */
  syncs: number;
  /** Of which highlightFindings. */
  highlightSyncs: number;
  readSyncs: number;
  /** Syncs of a re-validation (sheet sizes remembered from the first). */
  revalidateSyncs: number;
  /** Syncs when nothing is known yet (no listSheets before). */
  coldSyncs: number;
  findings: number;
  maxResponseBytes: number;
  maxRequestBytes: number;
  /** Response bytes of each sync of the first validation's read. */
  readResponseBytes: number[];
}

async function buildWorkbook(planLines: number): Promise<OfficeRecorder> {
  const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
  const detailCount = Math.max(0, planLines - catalog.nodes.length - 1);
  const details = Array.from({ length: detailCount }, (_, i) => ({
    leafCode: leaves[i % leaves.length],
    name: `Công trình số ${i + 1}`,
  }));
  const rec = new OfficeRecorder();
  await new ExcelWorkbookHost(rec.run, { printSetup: true }).applyPlans(
    buildTemplatePlans({ year: 2025 }, { details }),
    'refuse',
  );
  // Typed amounts on every detail/leaf row, so the read carries realistic numbers.
  const sheet = rec.sheet(SHEET_NAMES.plan)!;
  const grid: unknown[][] = [];
  for (let r = 0; r < 30; r++) grid.push(Array.from({ length: 20 }, (_, c) => sheet.get(r, c)?.v ?? ''));
  const keys = findKeyRow(grid)!;
  const typedCols = TYPED_SOURCE_KEYS.map((k) => keys.columns.get(k)).filter((c): c is number => c !== undefined);
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    if (r > keys.row + 2 && typedCols.includes(c) && !cell.f)
      sheet.set(r, c, { ...cell, v: ((r * 37 + c) % 1000) + 0.5 });
  }
  for (let r = keys.row + 3; r < keys.row + 3 + planLines; r++) {
    for (const c of typedCols)
      if (!sheet.get(r, c)?.f && !sheet.get(r, c)) sheet.set(r, c, { v: ((r * 37 + c) % 1000) + 0.5 });
  }
  // The recorder does not calculate: compute every formula once, as Excel would have.
  const snapshot = await new ExcelWorkbookHost(rec.run, { printSetup: true }).readSnapshot();
  const pending = snapshot.sheets.flatMap((s, i) =>
    s.rows.flatMap((row, r) => row.map((c, col) => (c.f ? pendingAt(i, r, col) : null)).filter((p) => p !== null)),
  );
  // Every formula as "no result yet", then the readers' own evaluation (the template's sums and
  // lookups directly; HyperFormula over whole sheets of SUMIFs took minutes at 12,000 lines).
  for (const p of pending) Object.assign(pendingCell(snapshot.sheets, p), { v: null, t: 'n' });
  computePendingResults(snapshot.sheets, pending);
  for (const p of pending) {
    const cell = pendingCell(snapshot.sheets, p);
    const target = rec.sheet(snapshot.sheets[pendingSheet(p)].name)!;
    const old = target.get(pendingRow(p), pendingCol(p))!;
    target.set(pendingRow(p), pendingCol(p), { ...old, v: cell.v, error: cell.t === 'e' || undefined });
  }
  rec.syncs = 0;
  rec.log = [];
  rec.writes = [];
  return rec;
}

async function validateOnce(rec: OfficeRecorder, host: ExcelWorkbookHost) {
  const start = rec.syncs;
  const logStart = rec.log.length;
  const snapshot = await host.readSnapshot();
  const readSyncs = rec.syncs - start;
  const readResponseBytes = rec.log.slice(logStart).map((l) => l.responseBytes);
  const findings = validateSnapshot(snapshot);
  const beforeHighlight = rec.syncs;
  await host.highlightFindings(findings);
  return {
    syncs: rec.syncs - start,
    readSyncs,
    highlightSyncs: rec.syncs - beforeHighlight,
    findings: findings.length,
    readResponseBytes,
  };
}

export async function measureOfficeSyncs(planLines: number): Promise<OfficeSyncMeasure> {
  const rec = await buildWorkbook(planLines);
  const cold = await validateOnce(rec, new ExcelWorkbookHost(rec.run, { printSetup: true }));
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.listSheets(); // the pane lists sheets when it opens
  const first = await validateOnce(rec, host);
  const again = await validateOnce(rec, host);
  return {
    syncs: first.syncs,
    highlightSyncs: first.highlightSyncs,
    readSyncs: first.readSyncs,
    revalidateSyncs: again.syncs,
    coldSyncs: cold.syncs,
    findings: first.findings,
    maxResponseBytes: Math.max(...rec.log.map((l) => l.responseBytes)),
    maxRequestBytes: Math.max(...rec.log.map((l) => l.requestBytes)),
    readResponseBytes: first.readResponseBytes,
  };
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  (async () => {
    for (const lines of sizes.length ? sizes : [35, 1000, 12000]) {
      const t = Date.now();
      const m = await measureOfficeSyncs(lines);
      console.log(
        `${lines} plan lines: ${m.syncs} syncs per validation (read ${m.readSyncs}, highlight ${m.highlightSyncs}); re-validation ${m.revalidateSyncs}; cold ${m.coldSyncs}; ${m.findings} findings; max response ${(m.maxResponseBytes / 1e6).toFixed(2)} MB; ${Date.now() - t} ms`,
      );
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
