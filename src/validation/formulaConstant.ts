/**
 * The numbers typed inside a total's SUM beside its cell references: "=SUM(F19,F20,350)" → 350.
 * The consolidation writes a figure some unit gave on a line the template sums (a project with
 * no sub-project typed) that way, so the line keeps its formula and the other units' sub-projects;
 * the checks add it to the lines below, as Excel does. Anything but a plain SUM of references and
 * numbers (an officer's "=SUM(D7:D9)*1000", an IF) is 0 here: no part of its own is read into it.
 */
const NUMBER_ARG = /[(,]\s*-?\d/;
const PLAIN_SUM = /^=?SUM\(([^()]*)\)$/i;
const REF = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function formulaConstant(formula: string | undefined): number {
  // Most totals hold references only: one quick test before any parsing.
  if (!formula || !NUMBER_ARG.test(formula)) return 0;
  const m = PLAIN_SUM.exec(formula.trim());
  if (!m) return 0;
  let sum = 0;
  for (const raw of m[1].split(',')) {
    const arg = raw.trim();
    if (NUMBER.test(arg)) sum += Number(arg);
    else if (!REF.test(arg)) return 0;
  }
  return sum;
}
