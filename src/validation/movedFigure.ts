import type { SourceKey } from '../domain/sources';
import type { Finding } from '../model/finding';
import { secondSlipOf } from './slipMarks';

/**
 * A figure typed in the wrong column (FIGURE_IN_WRONG_COLUMN: checks/figureInWrongColumn.ts on the
 * plan, layout/movedFigures.ts in her own table), and the cell meant: the later checks count it
 * there (echoes.ts, unitSlipsOf), Giải ngân's judgments see it as meant (unknownFigures.ts).
 */
export interface MovedTo {
  /** The blank cell meant (A1 on the same sheet). */
  cell: string;
  lineCode: string;
  sourceKey: SourceKey;
}

const movedTo = new WeakMap<Finding, MovedTo>();

export function setMovedTo(f: Finding, to: MovedTo): void {
  movedTo.set(f, to);
}

export function movedToOf(f: Finding): MovedTo | undefined {
  return movedTo.get(f);
}

/**
 * The source eligibility of a cell holding a figure typed in the wrong column is that slip's echo:
 * the cell of every FIGURE_IN_WRONG_COLUMN, and a swap's second cell on Giao vốn.
 */
export function withoutMovedEligibility(findings: Finding[]): Finding[] {
  const moved = new Set<string>();
  for (const f of findings) {
    // Every figure marked as moved (setMovedTo) is one of these too.
    if (f.code !== 'FIGURE_IN_WRONG_COLUMN') continue;
    moved.add(`${f.sheet}!${f.cell}`);
    const second = secondSlipOf(f);
    if (second) moved.add(`${f.sheet}!${second.cell}`);
  }
  if (!moved.size) return findings;
  return findings.filter((f) => f.code !== 'SOURCE_NOT_ELIGIBLE' || !moved.has(`${f.sheet}!${f.cell}`));
}
