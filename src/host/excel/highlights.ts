import { SEVERITY_RANK, type Finding, type Severity } from '../../model/finding';
import { parseA1, columnLetter } from '../../model/a1';

/**
 * Highlights are conditional formats with a sentinel formula that is always true, so they
 * never touch the user's own formatting and we can tell ours apart when removing them.
 */
export const HIGHLIGHT_SENTINEL = 'mtqg-highlight';
export const HIGHLIGHT_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** Longest address list given to one getRanges call (kept short: hosts cap range text). */
export const MAX_AREAS_ADDRESS_CHARS = 1000;

export function highlightFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_SENTINEL}:${severity}")=0`;
}

/** Ids of our highlights per sheet. */
export type HighlightIds = Map<string, string[]>;

/** Queue a load of a sheet's conditional formats with what we need to recognise ours. */
export function queueHighlightScan(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  // customOrNullObject: loading `custom` on a mix of rule types fails (office-js #2180).
  formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
  return formats;
}

/** After sync: the ids of the scanned formats that carry our sentinel. */
export function ourHighlightIds(formats: Excel.ConditionalFormatCollection): string[] {
  const ids: string[] = [];
  for (const item of formats.items) {
    if (item.type !== 'Custom') continue;
    const custom = item.customOrNullObject;
    if (!custom || custom.isNullObject === true) continue;
    const formula = custom.rule?.formula;
    if (typeof formula === 'string' && formula.includes(HIGHLIGHT_SENTINEL) && typeof item.id === 'string')
      ids.push(item.id);
  }
  return ids;
}

/** Per sheet and severity, the cells to highlight (each cell once, at its worst severity). */
export function groupFindingCells(
  findings: Finding[],
  existingSheets?: ReadonlySet<string>,
): Map<string, Map<Severity, string[]>> {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    if (existingSheets && !existingSheets.has(f.sheet)) continue;
    let cell: string;
    try {
      const { row, col } = parseA1(f.cell);
      cell = `${columnLetter(col)}${row + 1}`;
    } catch {
      continue;
    }
    const cells = worst.get(f.sheet) ?? new Map<string, Severity>();
    worst.set(f.sheet, cells);
    const prev = cells.get(cell);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev]) cells.set(cell, f.severity);
  }
  const out = new Map<string, Map<Severity, string[]>>();
  for (const [sheet, cells] of worst) {
    const bySeverity = new Map<Severity, string[]>();
    for (const [cell, severity] of cells) {
      const list = bySeverity.get(severity) ?? [];
      list.push(cell);
      bySeverity.set(severity, list);
    }
    for (const [severity, list] of bySeverity) bySeverity.set(severity, compressColumnRuns(list));
    out.set(sheet, bySeverity);
  }
  return out;
}

/** Merge vertically adjacent cells of one column into 'B3:B7' to keep address lists short. */
export function compressColumnRuns(cells: string[]): string[] {
  const parsed = cells.map((c) => parseA1(c)).sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < parsed.length) {
    let j = i;
    while (j + 1 < parsed.length && parsed[j + 1].col === parsed[i].col && parsed[j + 1].row === parsed[j].row + 1) j++;
    const letter = columnLetter(parsed[i].col);
    out.push(i === j ? `${letter}${parsed[i].row + 1}` : `${letter}${parsed[i].row + 1}:${letter}${parsed[j].row + 1}`);
    i = j + 1;
  }
  return out;
}

/** Join addresses into comma lists no longer than `maxChars` each. */
export function addressChunks(addresses: string[], maxChars = MAX_AREAS_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Our highlight formats per sheet, as found by the sentinel in their rule (scanned right before writing). */
export type OurFormats = Map<string, Excel.ConditionalFormat[]>;

/**
 * Find our highlights on the named sheets by the sentinel in their rule. A conditional format's
 * id is its position, so ids kept from an earlier run may name a user's rule: we always look
 * again, in the same Excel.run that deletes. One sync; if some rule cannot be read (a rule
 * type this Excel cannot describe), each sheet's custom rules are read one by one, and a rule
 * that still cannot be read is not ours (kept).
 */
export async function scanOurFormats(context: Excel.RequestContext, names: string[]): Promise<OurFormats> {
  const scans = names.map((name) => ({
    name,
    formats: queueHighlightScan(context.workbook.worksheets.getItem(name)),
  }));
  try {
    await context.sync();
    return new Map(scans.map((s) => [s.name, ourFormats(s.formats)]));
  } catch (error) {
    if (isItemNotFoundError(error)) throw error;
  }
  const out: OurFormats = new Map();
  for (const name of names) out.set(name, await scanOneByOne(context, name));
  return out;
}

/** After sync: the scanned formats that carry our sentinel, in collection order. */
function ourFormats(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  const ids = new Set(ourHighlightIds(formats));
  return formats.items.filter((item) => ids.has(item.id));
}

async function scanOneByOne(context: Excel.RequestContext, name: string): Promise<Excel.ConditionalFormat[]> {
  const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
  formats.load('items/id,items/type');
  await context.sync();
  const ours: Excel.ConditionalFormat[] = [];
  for (const item of formats.items) {
    if (item.type !== 'Custom') continue;
    try {
      item.load('customOrNullObject/rule/formula');
      await context.sync();
    } catch {
      continue; // unreadable: not ours, never deleted
    }
    const formula = item.customOrNullObject?.isNullObject ? undefined : item.customOrNullObject?.rule?.formula;
    if (typeof formula === 'string' && formula.includes(HIGHLIGHT_SENTINEL)) ours.push(item);
  }
  return ours;
}

function isItemNotFoundError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return /ItemNotFound|InvalidReference/i.test(`${String(e?.code ?? '')} ${String(e?.message ?? '')}`);
}

/**
 * Queue (no sync) the removal of our highlights found by `scanOurFormats` and the new ones.
 * Deleted last-first, so a deletion never shifts the position of one still to delete.
 */
export function queueHighlightWrite(
  context: Excel.RequestContext,
  ours: OurFormats,
  groups: Map<string, Map<Severity, string[]>>,
): number {
  let queued = 0;
  for (const formats of ours.values()) {
    for (const format of [...formats].reverse()) {
      format.delete();
      queued++;
    }
  }
  for (const [name, bySeverity] of groups) {
    const sheet = context.workbook.worksheets.getItem(name);
    // Add the mildest first: a new format goes on top, so errors end up with top priority.
    for (const severity of ['info', 'warning', 'error'] as Severity[]) {
      const addresses = bySeverity.get(severity);
      if (!addresses?.length) continue;
      for (const chunk of addressChunks(addresses)) {
        const format = sheet.getRanges(chunk).conditionalFormats.add('Custom');
        format.custom.rule.formula = highlightFormula(severity);
        format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
        queued++;
      }
    }
  }
  return queued;
}
