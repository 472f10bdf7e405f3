import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Field, SearchBox, Select, Text } from '@fluentui/react-components';
import { summarize, type Finding, type FindingCode, type Severity } from '../../model/finding';
import { CODE_CATALOG } from '../../validation/codes';
import { formatNumber } from '../format';
import {
  cellRef,
  filterFindings,
  filterOptions,
  findingMessage,
  NO_FILTER,
  type FindingFilter,
} from '../findingsFilter';
import { findingRows, type FindingRow } from '../findingRows';
import { useI18n, type Lang, type StringKey } from '../i18n';

export const SEVERITY_LABEL_KEY: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Up to this many rows are drawn plainly; above it only the rows in view are (every one reachable by scrolling). */
export const VIRTUAL_ABOVE_ROWS = 150;
const ROW_ESTIMATE: Record<FindingRow['kind'], number> = { severity: 34, sheet: 24, finding: 76 };

/** The human title of a finding's kind (the code itself stays in the tooltip). */
export function codeTitle(code: FindingCode, lang: Lang): string {
  const info = CODE_CATALOG[code];
  if (!info) return code;
  return lang === 'en' ? info.titleEn : info.title;
}

/** Filters, search and the grouped findings list; activating an item calls onSelect. */
export function FindingsList({
  findings,
  onSelect,
  onFix,
}: {
  findings: Finding[];
  onSelect: (f: Finding) => void;
  /** Apply a finding's fix ("Khôi phục công thức"); absent: no fix is offered. */
  onFix?: (f: Finding) => void;
}) {
  const { lang, t } = useI18n();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const options = useMemo(() => filterOptions(findings, filter), [findings, filter]);
  const counts = useMemo(() => summarize(findings), [findings]);
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const rows = useMemo(() => findingRows(shown), [shown]);
  // Only levels that occur are offered (plus a level still chosen from an earlier check).
  const levels = (['error', 'warning', 'info'] as Severity[]).filter((s) => counts[s] > 0 || filter.severity === s);

  return (
    <div className="mtqg-findings">
      <div className="mtqg-filters">
        <SearchBox
          className="mtqg-search"
          size="small"
          aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')}
          value={filter.search}
          onChange={(_, d) => setFilter({ ...filter, search: d.value })}
        />
        <Field label={t('filterSeverity')} size="small">
          <Select
            size="small"
            data-testid="filter-severity"
            value={filter.severity ?? ''}
            onChange={(_, d) => setFilter({ ...filter, severity: (d.value || null) as Severity | null })}
          >
            <option value="">{`${t('filterAll')} (${counts.total})`}</option>
            {levels.map((s) => (
              <option key={s} value={s}>
                {`${t(SEVERITY_LABEL_KEY[s])} (${counts[s]})`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('filterSheet')} size="small">
          <Select
            size="small"
            value={filter.sheet ?? ''}
            onChange={(_, d) => setFilter({ ...filter, sheet: d.value || null })}
          >
            <option value="">{t('filterAll')}</option>
            {options.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('filterCode')} size="small">
          <Select
            size="small"
            value={filter.code ?? ''}
            onChange={(_, d) => setFilter({ ...filter, code: (d.value || null) as FindingCode | null })}
          >
            <option value="">{t('filterAll')}</option>
            {options.codes.map((c) => (
              <option key={c} value={c}>
                {codeTitle(c, lang)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text as="p" size={200} className="mtqg-muted" data-testid="findings-shown">
        {shown.length === 0 ? t('noMatch') : t('shownCount', { shown: shown.length, total: findings.length })}
      </Text>
      {rows.length > VIRTUAL_ABOVE_ROWS ? (
        <VirtualRows rows={rows} total={shown.length} onSelect={onSelect} onFix={onFix} />
      ) : (
        <ul className="mtqg-finding-list" aria-label={t('tabValidation')} data-testid="findings-list">
          {rows.map((row, i) => (
            <li
              key={rowKey(row, i)}
              className={rowClass(row)}
              aria-setsize={ariaSize(row, shown.length)}
              aria-posinset={ariaPos(row)}
            >
              <RowContent row={row} onSelect={onSelect} onFix={onFix} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Thousands of findings: a scroll box drawing only the rows in view (a few dozen DOM nodes). */
function VirtualRows({
  rows,
  total,
  onSelect,
  onFix,
}: {
  rows: FindingRow[];
  total: number;
  onSelect: (f: Finding) => void;
  onFix?: (f: Finding) => void;
}) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ROW_ESTIMATE[rows[i].kind],
    // A row not laid out (yet) keeps its estimate rather than collapsing to 0.
    measureElement: (el) => {
      const h = el.getBoundingClientRect().height;
      return h > 0 ? h : ROW_ESTIMATE[rows[Number(el.getAttribute('data-index'))]?.kind ?? 'finding'];
    },
    overscan: 8,
    initialRect: { width: 320, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div className="mtqg-virtual-scroll" ref={scrollRef} data-testid="findings-scroll">
      <ul
        className="mtqg-finding-list mtqg-virtual"
        aria-label={t('tabValidation')}
        data-testid="findings-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          const style: CSSProperties = { transform: `translateY(${item.start}px)` };
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`${rowClass(row)} mtqg-virtual-row`}
              style={style}
              aria-setsize={ariaSize(row, total)}
              aria-posinset={ariaPos(row)}
            >
              <RowContent row={row} onSelect={onSelect} onFix={onFix} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RowContent({
  row,
  onSelect,
  onFix,
}: {
  row: FindingRow;
  onSelect: (f: Finding) => void;
  onFix?: (f: Finding) => void;
}) {
  const { lang, t } = useI18n();
  if (row.kind === 'severity')
    return (
      <Text as="h2" weight="semibold" className="mtqg-h3" data-testid="group-header">
        {`${t(SEVERITY_LABEL_KEY[row.severity])} (${row.count})`}
      </Text>
    );
  if (row.kind === 'sheet')
    return (
      <Text as="h3" size={200} weight="semibold" className="mtqg-sheet-name">
        {`${row.sheet} (${row.count})`}
      </Text>
    );
  const f = row.finding;
  const finding = (
    <button
      type="button"
      className={`mtqg-finding mtqg-finding-${f.severity}`}
      data-testid="finding"
      data-sheet={f.sheet}
      data-cell={f.cell}
      data-severity={f.severity}
      data-code={f.code}
      title={`${t('goToCell', { ref: cellRef(f) })} · ${t('findingCode', { code: f.code })}`}
      onClick={() => onSelect(f)}
    >
      <span className="mtqg-finding-title">{codeTitle(f.code, lang)}</span>
      <span className="mtqg-finding-message">{findingMessage(f, lang)}</span>
      <span className="mtqg-finding-meta">
        <span className="mtqg-finding-ref">{cellRef(f)}</span>
        {f.expected !== undefined && <span>{`${t('expected')}: ${formatNumber(f.expected, lang)}`}</span>}
        {f.actual !== undefined && <span>{`${t('actual')}: ${formatNumber(f.actual, lang)}`}</span>}
      </span>
    </button>
  );
  if (!onFix || f.fix?.kind !== 'restoreFormula') return finding;
  return (
    <>
      {finding}
      <Button
        size="small"
        className="mtqg-finding-fix"
        style={{ margin: '2px 0 8px' }}
        data-testid="restore-formula"
        onClick={() => onFix(f)}
      >
        {RESTORE_LABEL[lang]}
      </Button>
    </>
  );
}

const RESTORE_LABEL = { vi: 'Khôi phục công thức', en: 'Restore the formula' };

function rowKey(row: FindingRow, i: number): string {
  if (row.kind === 'finding') return `f${row.index}`;
  return row.kind === 'sheet' ? `s-${row.severity}-${row.sheet}` : `g-${row.severity}-${i}`;
}
function rowClass(row: FindingRow): string {
  return row.kind === 'finding' ? 'mtqg-finding-item' : `mtqg-row-${row.kind} mtqg-group-${row.severity}`;
}
/** Screen readers hear "finding n of N" from the whole filtered set, also in the virtual list. */
function ariaSize(row: FindingRow, total: number): number | undefined {
  return row.kind === 'finding' ? total : undefined;
}
function ariaPos(row: FindingRow): number | undefined {
  return row.kind === 'finding' ? row.index + 1 : undefined;
}
