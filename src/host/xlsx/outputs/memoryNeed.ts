/**
 * Heap a check needs for a workbook, from its sheet XML: a fixed part (the program, the young
 * generation) and a part per byte of XML (snapshot objects, formula texts, the checks' model, an
 * appendix's plans). Measured on the bench workbooks (smallest --max-old-space-size that passes,
 * and peak heap used): 12,000 lines (20 MB of XML) pass at a 100 MB heap limit and fail at 84 MB;
 * 200,000 lines (355 MB) pass at 679 MB and fail at 580 MB; the appendix of 200,000 peaks at
 * 786 MB used. The estimate (125 MB and 1,130 MB there) leaves ~1.3× over the appendix's need at
 * 200,000 lines: a V8 heap exhausted is a crash (a CLI's dump, a browser tab's "Aw, Snap!"), not
 * an error anyone can catch, so it must not be reached. The CLI (src/cli/checkWorkbook.ts) and
 * the page's worker (src/page/worker/checkBytes.ts) both ask it before reading.
 */
export const FIXED_HEAP_BYTES = 64 * 1024 * 1024;
export const MEMORY_PER_XML_BYTE = 3;
/**
 * Her own table needs far more: the layout reader's rows and mapping over the snapshot. A table of
 * 150,000 works (37 MB of XML) peaks at 389 MB of heap used, ~320 MB of it past the snapshot, and
 * crashes in the heap the template estimate asks (187 MB).
 */
export const OWN_LAYOUT_PER_XML_BYTE = 12;

/** Bytes of heap a workbook with this much sheet XML needs. */
export const heapNeeded = (xmlBytes: number, perXmlByte = MEMORY_PER_XML_BYTE): number =>
  FIXED_HEAP_BYTES + xmlBytes * perXmlByte;
