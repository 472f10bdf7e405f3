import { MAX_SHEET_NAME_LENGTH, sheetNameKey } from '../model/sheetName';
import type { SheetPlan } from '../model/sheetPlan';

function withSuffix(name: string, suffix: string): string {
  return name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The first suffix " (2)", " (3)", … that makes every plan's name free in the workbook,
 * so a second template set never touches the first one.
 */
export function freeSuffix(planNames: string[], existing: string[]): string {
  const taken = new Set(existing.map(sheetNameKey));
  for (let n = 2; n < 1000; n += 1) {
    const suffix = ` (${n})`;
    if (planNames.every((name) => !taken.has(sheetNameKey(withSuffix(name, suffix))))) return suffix;
  }
  throw new Error('No free sheet name suffix');
}

/**
 * Plans renamed with the suffix; formulas that point at a renamed sibling
 * ('Giao vốn'!D5 or GiaoVon!D5) are rewritten to point at the new name.
 */
export function renamePlans(plans: SheetPlan[], suffix: string): SheetPlan[] {
  const renames = plans.map((p) => ({ from: p.name, to: withSuffix(p.name, suffix) }));
  const rewrite = (formula: string): string =>
    renames.reduce((text, { from, to }) => {
      const quoted = text.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
      // Unquoted references only exist for names without spaces or punctuation.
      return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(from)
        ? quoted.replace(new RegExp(`(^|[^A-Za-z0-9_'.])${from.replace(/\./g, '\\.')}!`, 'g'), `$1${quoteSheet(to)}!`)
        : quoted;
    }, formula);
  return plans.map((plan, i) => ({
    ...plan,
    name: renames[i].to,
    cells: plan.cells.map((c) => (c.formula ? { ...c, formula: rewrite(c.formula) } : c)),
  }));
}
