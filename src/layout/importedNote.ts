/** A note on a cell of the converted template: where her figure came from, or what it folds in. */
export interface ImportedNote {
  sheetId: 'plan' | 'allocation' | 'indicators' | 'disbursement';
  /** A1 address in the template sheet. */
  cell: string;
  text: string;
  /** Her cells the figure came from ('Sheet!E12', or several joined with '+'): a "Từ / from" note. */
  from?: string;
}

/** The note on a figure of hers carried into the template: "Từ / from KH 2024!D6 (nghìn đồng → triệu đồng)". */
export function fromNote(
  sheetId: ImportedNote['sheetId'],
  cell: string,
  from: string,
  converted?: string,
): ImportedNote {
  return { sheetId, cell, from, text: `Từ / from ${from}${converted ? ` (${converted})` : ''}` };
}
