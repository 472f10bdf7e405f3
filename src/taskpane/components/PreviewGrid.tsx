import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { PreviewView } from '../../host/preview/PreviewWorkbookHost';
import type { SheetInfo } from '../../host/types';
import type { SheetSnapshot, CellSnapshot } from '../../model/snapshot';
import { columnLetter, parseA1 } from '../../model/a1';
import { describeError, formatCellNumber } from '../format';
import { useI18n } from '../i18n';

const MAX_ROWS = 60;
const MAX_COLS = 16;

interface GridState {
  sheets: SheetInfo[];
  active: string | null;
  sheet: SheetSnapshot | null;
  version: number;
}

/**
 * A small read-only view of the preview workbook: sheet tabs, the first rows and columns
 * of the active sheet, highlighted cells coloured by severity and the selected cell outlined.
 * `rowWindow` (the standalone page's large files): draw at most that many rows, from the top
 * or around the selected cell, instead of every row down to the selection.
 */
export function PreviewGrid({ view, rowWindow }: { view: PreviewView; rowWindow?: number }) {
  const { lang, t } = useI18n();
  const [state, setState] = useState<GridState>({ sheets: [], active: null, sheet: null, version: 0 });
  const [error, setError] = useState<unknown>(null);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => {
    let cancelled = false;
    let version = 0;
    const load = async () => {
      const mine = ++version;
      try {
        const sheets = await view.listSheets();
        const active = sheets.some((s) => s.name === view.activeSheet) ? view.activeSheet : (sheets[0]?.name ?? null);
        const snapshot = active ? await view.readSnapshot([active]) : null;
        if (cancelled || mine !== version) return;
        setError(null);
        setState((prev) => ({
          sheets,
          active,
          sheet: snapshot?.sheets.find((s) => s.name === active) ?? null,
          version: prev.version + 1,
        }));
      } catch (e) {
        if (!cancelled) setError(e ?? new Error(''));
      }
    };
    void load();
    const unsubscribe = view.subscribe(() => void load());
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [view]);

  const selection = view.selection && view.selection.sheet === state.active ? safeParse(view.selection.cell) : null;
  useLayoutEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [state.version, selection?.row, selection?.col]);

  const marks = new Map<string, string>();
  for (const h of view.highlights) if (h.sheet === state.active) marks.set(h.cell, h.severity);

  const sheet = state.sheet;
  const hidden = new Set(sheet?.hiddenRows ?? []);
  const firstRow = rowWindow && selection ? Math.max(0, selection.row - Math.floor(rowWindow / 3)) : 0;
  const lastRow = Math.max(
    Math.min(sheet?.rows.length ?? 0, rowWindow ? firstRow + rowWindow : MAX_ROWS),
    selection ? selection.row + 1 : 0,
  );
  const lastCol = Math.max(MAX_COLS, selection ? selection.col + 1 : 0);
  const rowIndexes = Array.from({ length: Math.max(0, lastRow - firstRow) }, (_, i) => firstRow + i).filter(
    (r) => !hidden.has(r) || selection?.row === r,
  );
  const labelCol = sheet ? labelColumn(sheet, rowIndexes) : null;

  return (
    <div
      className="mtqg-grid"
      data-testid="preview-grid"
      data-active-sheet={state.active ?? ''}
      data-version={state.version}
    >
      {error !== null && (
        <MessageBar intent="warning" data-testid="grid-error">
          <MessageBarBody>{describeError(error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {state.sheets.length === 0 ? (
        <Text as="p" className="mtqg-muted">
          {t('gridEmpty')}
        </Text>
      ) : (
        <>
          <div className="mtqg-grid-tabs" role="tablist" aria-label={t('gridSheets')}>
            {state.sheets.map((s) => (
              <button
                key={s.name}
                type="button"
                role="tab"
                aria-selected={s.name === state.active}
                className={`mtqg-grid-tab${s.name === state.active ? ' mtqg-grid-tab-active' : ''}`}
                data-testid="sheet-tab"
                onClick={() => view.setActiveSheet(s.name)}
              >
                {s.name}
              </button>
            ))}
          </div>
          <div
            className="mtqg-grid-scroll"
            // A scrolling region must take focus so the keyboard can scroll it (axe scrollable-region-focusable).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={state.active ?? ''}
            // A jumped-to cell is kept clear of the sticky row numbers and label column.
            style={labelCol !== null ? { scrollPaddingLeft: LABEL_PADDING } : undefined}
          >
            <table className="mtqg-grid-table">
              <thead>
                <tr>
                  {/* The corner heads nothing: a plain cell, not an empty header (axe empty-table-header). */}
                  <td className="mtqg-grid-corner" />
                  {Array.from({ length: lastCol }, (_, c) => (
                    <th key={c} className={c === labelCol ? 'mtqg-grid-label' : undefined}>
                      {columnLetter(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rowIndexes.map((r) => (
                  <tr key={r}>
                    <th>{r + 1}</th>
                    {Array.from({ length: lastCol }, (_, c) => {
                      const address = `${columnLetter(c)}${r + 1}`;
                      const isSelected = selection?.row === r && selection.col === c;
                      const severity = marks.get(address);
                      const cell = sheet?.rows[r]?.[c];
                      const text = displayValue(cell, lang);
                      return (
                        <td
                          key={c}
                          ref={isSelected ? selectedRef : undefined}
                          data-cell={address}
                          data-severity={severity}
                          data-selected={isSelected ? 'true' : undefined}
                          className={
                            [
                              severity ? `mtqg-mark-${severity}` : '',
                              isSelected ? 'mtqg-selected' : '',
                              cell?.t === 'n' ? 'mtqg-num' : '',
                              c === labelCol ? 'mtqg-grid-label' : '',
                            ]
                              .join(' ')
                              .trim() || undefined
                          }
                          title={cell?.f ? `${text}  (${cell.f})` : text || undefined}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** Row numbers (32 px) and the label column (at most 120 px) stay on the left while scrolling. */
const LABEL_PADDING = 32 + 120 + 4;

/**
 * The column that names each row (the template's Mã, her Nội dung): among the first four, the
 * one with the most text of three characters or more in the rows drawn (at least three). It stays
 * in view when the grid scrolls sideways to a cell far right, so the row is still named on a phone.
 */
export function labelColumn(sheet: SheetSnapshot, rows: number[]): number | null {
  let best: number | null = null;
  let bestCount = 2;
  for (let c = 0; c < 4; c++) {
    let count = 0;
    for (const r of rows) {
      const v = sheet.rows[r]?.[c]?.v;
      if (typeof v === 'string' && v.trim().length >= 3 && !v.startsWith('#mtqg:')) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

function displayValue(cell: CellSnapshot | undefined, lang: 'vi' | 'en'): string {
  if (!cell || cell.v === null) return '';
  if (typeof cell.v === 'number') return formatCellNumber(cell.v, cell.nf, lang);
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return cell.v.startsWith('#mtqg:') ? '' : cell.v;
}

function safeParse(cell: string): { row: number; col: number } | null {
  try {
    return parseA1(cell);
  } catch {
    return null;
  }
}
