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

/**
 * Queue (no sync) the removal of our previous highlights and the new ones; returns the new
 * formats so the caller can read their ids after the sync.
 */
export function queueHighlightWrite(
  context: Excel.RequestContext,
  previous: HighlightIds,
  groups: Map<string, Map<Severity, string[]>>,
): Array<{ sheet: string; format: Excel.ConditionalFormat }> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  for (const [name, ids] of previous) {
    if (ids.length === 0) continue;
    const formats = sheetOf(name).getRange().conditionalFormats;
    for (const id of ids) formats.getItem(id).delete();
  }
  const added: Array<{ sheet: string; format: Excel.ConditionalFormat }> = [];
  for (const [name, bySeverity] of groups) {
    // Add the mildest first: a new format goes on top, so errors end up with top priority.
    for (const severity of ['info', 'warning', 'error'] as Severity[]) {
      const addresses = bySeverity.get(severity);
      if (!addresses?.length) continue;
      for (const chunk of addressChunks(addresses)) {
        const format = sheetOf(name).getRanges(chunk).conditionalFormats.add('Custom');
        format.custom.rule.formula = highlightFormula(severity);
        format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
        format.load('id');
        added.push({ sheet: name, format });
      }
    }
  }
  return added;
}
