import { TYPED_SOURCE_KEYS } from '../domain/sources';
import { LEVEL_LABELS, MONEY_UNITS, type Level, type MoneyUnit } from '../domain/units';
import { SHEET_NAMES, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import type { Finding } from '../model/finding';
import { buildMoneyRows, MONEY_LAYOUT } from '../templates';
import { moneyCol } from '../templates/moneyColumns';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn, figureEn, figureVn, moneyEn, moneyVn } from '../validation/format';
import { foldName, type UnitDecision } from './readDecisions';
import { round6, sumUnits } from './sums';
import { SUBMISSION_SHEET_NAME, submissionRow } from './submissionSheet';
import type { Amounts, UnitReading } from './types';
import { explainedByOwnSlips } from './ownSlips';
import { movedAllocations, type DecisionGap, type MovedAllocation } from './movedAllocation';

/** The level right below a consolidating level. */
export const CHILD_LEVEL: Record<'huyen' | 'tinh', Level> = { huyen: 'xa', tinh: 'huyen' };

/** Half a unit of the output's last decimal: sums of converted figures differ by less. */
function tolerance(unit: MoneyUnit): number {
  return 0.5 * 10 ** -MONEY_UNITS[unit].decimals;
}

const at = (index: number) => ({ sheet: SUBMISSION_SHEET_NAME, row: submissionRow(index), col: 1 });
const who = (r: UnitReading) => `${r.unitName || '(chưa ghi tên)'} (${r.file})`;
const whoEn = (r: UnitReading) => `${r.unitName || '(no name)'} (${r.file})`;

export function unreadableFinding(index: number, file: string, reason: string): Finding {
  return makeFinding('UNIT_UNREADABLE', {
    ...at(index),
    message: `Không đọc được tệp ${file}: ${reason}. Tệp không được cộng vào tổng hợp.`,
    messageEn: `Cannot read ${file}: ${reason}. It is left out of the consolidation.`,
  });
}

export function duplicateFinding(index: number, reading: UnitReading, firstFile: string): Finding {
  const cell = reading.settingCells.DON_VI ?? SHEET_NAMES.settings;
  return makeFinding('DUPLICATE_UNIT', {
    ...at(index),
    message: `Đơn vị "${reading.unitName}" (${cell}) đã nộp trong tệp ${firstFile}; tệp ${reading.file} không được cộng lần hai.`,
    messageEn: `Unit "${reading.unitName}" (${cell}) was already submitted in ${firstFile}; ${reading.file} is not added twice.`,
  });
}

export function yearFinding(index: number, reading: UnitReading, year: number): Finding | null {
  if (reading.year === year) return null;
  return makeFinding('UNIT_YEAR_MISMATCH', {
    ...at(index),
    expected: year,
    actual: reading.year,
    message: `${who(reading)} là kế hoạch năm ${reading.year} (${reading.settingCells.NAM ?? 'NAM'}), đang tổng hợp năm ${year}.`,
    messageEn: `${whoEn(reading)} is a ${reading.year} plan (${reading.settingCells.NAM ?? 'NAM'}); consolidating ${year}.`,
  });
}

export function levelFinding(index: number, reading: UnitReading, expected: Level): Finding | null {
  if (reading.level === expected) return null;
  const [got, want] = [LEVEL_LABELS[reading.level], LEVEL_LABELS[expected]];
  return makeFinding('UNIT_LEVEL_MISMATCH', {
    ...at(index),
    message: `${who(reading)} là kế hoạch cấp ${got.label.toLowerCase()} (${reading.settingCells.CAP ?? 'CAP'}); tổng hợp cần cấp ${want.label.toLowerCase()}.`,
    messageEn: `${whoEn(reading)} is a ${got.labelEn.toLowerCase()} plan (${reading.settingCells.CAP ?? 'CAP'}); this consolidation takes ${want.labelEn.toLowerCase()} plans.`,
  });
}

const OUT_ROWS = new Map(buildMoneyRows().map((r, i) => [r.code, MONEY_LAYOUT.firstDataRow + i]));

/**
 * The units' allocations (summed) against the upper level's own "Giao vốn", per line and
 * source where both are given: above → OVER_ALLOCATION, below → UNDER_ALLOCATION. Points at
 * the consolidated "Giao vốn" cell.
 */
export function compareWithUpper(
  sums: ReturnType<typeof sumUnits>['allocation'],
  upper: UnitReading,
  upperFactor: number,
  unit: MoneyUnit,
): Finding[] {
  const out: Finding[] = [];
  const tol = tolerance(unit);
  const label = MONEY_UNITS[unit].label;
  for (const [code, given] of Object.entries(upper.allocation)) {
    for (const key of TYPED_SOURCE_KEYS) {
      if (given[key] === undefined) continue;
      const received = round6(given[key] * upperFactor);
      const allocated = sums[code]?.[key] ?? (code === TOTAL_ROW_CODE ? 0 : undefined);
      if (allocated === undefined) continue;
      const diff = round6(allocated - received);
      if (Math.abs(diff) <= tol) continue;
      const over = diff > 0;
      const tag = `${code === TOTAL_ROW_CODE ? 'Tổng cộng' : code} · ${key}`;
      const figures = `các đơn vị được giao ${figureVn(allocated, unit)}, cấp trên nhận ${figureVn(received, unit)} ${label} (${upper.file})`;
      const figuresEn = `units allocated ${figureEn(allocated, unit)}, the upper level received ${figureEn(received, unit)} ${MONEY_UNITS[unit].labelEn} (${upper.file})`;
      out.push(
        makeFinding(over ? 'OVER_ALLOCATION' : 'UNDER_ALLOCATION', {
          sheet: SHEET_NAMES.allocation,
          row: OUT_ROWS.get(code),
          col: moneyCol(key),
          lineCode: code,
          sourceKey: key,
          expected: received,
          actual: allocated,
          message: over
            ? `Tổng vốn giao cho các đơn vị vượt vốn cấp trên nhận ${moneyVn(diff, unit)} — ${tag}: ${figures}.`
            : `Còn ${moneyVn(-diff, unit)} vốn cấp trên nhận chưa giao cho đơn vị nào — ${tag}: ${figures}.`,
          messageEn: over
            ? `The units' allocations exceed what the upper level received by ${moneyEn(diff, unit)} — ${tag}: ${figuresEn}.`
            : `${moneyEn(-diff, unit)} received by the upper level is not allocated to any unit — ${tag}: ${figuresEn}.`,
        }),
      );
    }
  }
  return out;
}

/**
 * Each unit's own "Giao vốn" (its grand total per source) against its row on the upper
 * workbook's "Giao vốn theo đơn vị" → ALLOCATION_DIFFERS_FROM_DECISION, unless a slip the
 * unit's own findings name explains the difference (ownSlips.ts). A unit missing from the
 * decision is a warning of the same code.
 */
export function compareWithDecisions(
  index: number,
  reading: UnitReading,
  factor: number,
  decisions: Map<string, UnitDecision>,
  decisionFactor: number,
  unit: MoneyUnit,
): Finding[] {
  const decision = decisions.get(foldName(reading.unitName));
  if (!decision) {
    return [
      makeFinding('ALLOCATION_DIFFERS_FROM_DECISION', {
        ...at(index),
        severity: 'warning',
        message: `${who(reading)} không có dòng trên trang "Giao vốn theo đơn vị" của cấp trên; không đối chiếu được vốn giao.`,
        messageEn: `${whoEn(reading)} has no row on the upper level's "Giao vốn theo đơn vị"; its allocation cannot be checked.`,
      }),
    ];
  }
  const typed: Amounts = reading.allocation[TOTAL_ROW_CODE] ?? {};
  const gaps: DecisionGap[] = [];
  for (const key of TYPED_SOURCE_KEYS) {
    if (typed[key] === undefined && decision.amounts[key] === undefined) continue;
    const own = round6((typed[key] ?? 0) * factor);
    const decided = round6((decision.amounts[key] ?? 0) * decisionFactor);
    if (Math.abs(own - decided) <= tolerance(unit)) continue;
    // A slip on the unit's own Giao vốn is behind it: reported under the unit, once.
    if (explainedByOwnSlips(reading.findings, key, own, decided, factor, tolerance(unit))) continue;
    gaps.push({ key, own, decided });
  }
  const cellOf = (key: string) => reading.allocationCells[key] ?? SHEET_NAMES.allocation;
  const out: Finding[] = [];
  const moves = movedAllocations(gaps, reading.allocation, factor, tolerance(unit));
  for (const move of moves) out.push(movedFinding(index, reading, move, decision.ref, cellOf, unit));
  const told = new Set(moves.flatMap((m) => [m.typed, m.meant]));
  for (const gap of gaps) {
    if (told.has(gap)) continue;
    const { key, own, decided } = gap;
    const cell = cellOf(key);
    out.push(
      makeFinding('ALLOCATION_DIFFERS_FROM_DECISION', {
        ...at(index),
        sourceKey: key,
        expected: decided,
        actual: own,
        message: `${who(reading)} ghi vốn giao ${key} là ${figureVn(own, unit)} (${cell}), cấp trên giao ${figureVn(decided, unit)} ${MONEY_UNITS[unit].label} (${decision.ref}).`,
        messageEn: `${whoEn(reading)} typed a ${key} allocation of ${figureEn(own, unit)} (${cell}); the upper level gave ${figureEn(decided, unit)} ${MONEY_UNITS[unit].labelEn} (${decision.ref}).`,
      }),
    );
  }
  return out;
}

/**
 * Units on the upper workbook's "Giao vốn theo đơn vị" with no readable file among the inputs:
 * given money, no plan submitted (ALLOCATION_DIFFERS_FROM_DECISION, warning).
 */
export function missingFromDecisions(decisions: Map<string, UnitDecision>, submitted: Set<string>): Finding[] {
  return [...decisions.entries()]
    .filter(([key, d]) => !submitted.has(key) && Object.values(d.amounts).some((v) => v !== 0))
    .map(([, d]) =>
      makeFinding('ALLOCATION_DIFFERS_FROM_DECISION', {
        sheet: SUBMISSION_SHEET_NAME,
        severity: 'warning',
        message: `${d.name} được giao vốn (${d.ref}) nhưng chưa nộp kế hoạch; không có trong tổng hợp.`,
        messageEn: `${d.name} was given an allocation (${d.ref}) but submitted no plan; it is not in the consolidation.`,
      }),
    );
}

/** One figure typed in the wrong column of the unit's own Giao vốn: one finding, not two differences. */
function movedFinding(
  index: number,
  reading: UnitReading,
  move: MovedAllocation,
  ref: string,
  cellOf: (key: string) => string,
  unit: MoneyUnit,
): Finding {
  const { typed, meant } = move;
  const text = MOVE_TEXTS[move.kind](move, {
    who: who(reading),
    whoEn: whoEn(reading),
    typedAt: cellOf(typed.key),
    meantAt: cellOf(meant.key),
    ref,
    vn: (x) => moneyVn(x, unit),
    en: (x) => moneyEn(x, unit),
    shortVn: (x) => amountVn(x, unit),
    shortEn: (x) => amountEn(x, unit),
  });
  return makeFinding('FIGURE_IN_WRONG_COLUMN', {
    ...at(index),
    sourceKey: typed.key,
    expected: typed.decided,
    actual: typed.own,
    ...text,
  });
}

interface MoveWords {
  who: string;
  whoEn: string;
  typedAt: string;
  meantAt: string;
  ref: string;
  vn: (x: number) => string;
  en: (x: number) => string;
  /** Without the figure in đồng beside it: for figures quoted inside brackets. */
  shortVn: (x: number) => string;
  shortEn: (x: number) => string;
}

const MOVE_TEXTS: Record<
  MovedAllocation['kind'],
  (m: MovedAllocation, w: MoveWords) => { message: string; messageEn: string }
> = {
  moved: ({ typed, meant, figure, line }, w) => ({
    message: `${w.who} ghi vốn giao ${typed.key} (${w.typedAt}) thừa đúng ${w.vn(figure)} và ${meant.key} (${w.meantAt}) thiếu đúng số này so với cấp trên giao (${w.ref}): có lẽ số này gõ nhầm cột ${typed.key} thay vì ${meant.key}${line ? ` ở dòng ${line}` : ''} trên trang "Giao vốn" của đơn vị.`,
    messageEn: `${w.whoEn} typed ${typed.key} (${w.typedAt}) over by exactly ${w.en(figure)} and ${meant.key} (${w.meantAt}) under by exactly it against the upper level's decision (${w.ref}): it looks typed under ${typed.key} instead of ${meant.key}${line ? ` on line ${line}` : ''} of the unit's "Giao vốn".`,
  }),
  overwrote: ({ typed, meant, figure, line }, w) => ({
    message: `${w.who} ghi vốn giao ${typed.key} (${w.typedAt}) là ${w.vn(figure)}, đúng số cấp trên giao cho ${meant.key}, và ${meant.own ? `${meant.key} (${w.meantAt}) chỉ ${w.shortVn(meant.own)}` : `để trống ${meant.key} (${w.meantAt})`} (${w.ref}): có lẽ số này gõ nhầm cột ${typed.key} thay vì ${meant.key}${line ? ` ở dòng ${line}` : ''} trên trang "Giao vốn" của đơn vị, đè lên số ${typed.key} cấp trên giao (${w.shortVn(typed.decided)}).`,
    messageEn: `${w.whoEn} typed a ${typed.key} allocation (${w.typedAt}) of ${w.en(figure)}, exactly the upper level's ${meant.key}, and ${meant.own ? `${meant.key} (${w.meantAt}) only ${w.shortEn(meant.own)}` : `left ${meant.key} (${w.meantAt}) blank`} (${w.ref}): it looks typed under ${typed.key} instead of ${meant.key}${line ? ` on line ${line}` : ''} of the unit's "Giao vốn", over the ${typed.key} the upper level gave (${w.shortEn(typed.decided)}).`,
  }),
  swapped: ({ typed, meant }, w) => ({
    message: `${w.who} ghi vốn giao ${typed.key} (${w.typedAt}) là ${w.shortVn(typed.own)} và ${meant.key} (${w.meantAt}) là ${w.shortVn(meant.own)}: ngược với cấp trên giao (${typed.key} ${w.shortVn(typed.decided)}, ${meant.key} ${w.shortVn(meant.decided)}; ${w.ref}), có lẽ hai số gõ đổi chỗ cho nhau trên trang "Giao vốn" của đơn vị.`,
    messageEn: `${w.whoEn} typed ${typed.key} (${w.typedAt}) as ${w.shortEn(typed.own)} and ${meant.key} (${w.meantAt}) as ${w.shortEn(meant.own)}: the other way round from the upper level's decision (${typed.key} ${w.shortEn(typed.decided)}, ${meant.key} ${w.shortEn(meant.decided)}; ${w.ref}); the two figures look swapped on the unit's "Giao vốn".`,
  }),
};
