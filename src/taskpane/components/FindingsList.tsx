import { useMemo, useState, type KeyboardEvent } from 'react';
import { Field, SearchBox, Select, Text } from '@fluentui/react-components';
import type { Finding, FindingCode, Severity } from '../../model/finding';
import { CODE_CATALOG } from '../../validation/codes';
import { formatNumber } from '../format';
import {
  cellRef,
  filterFindings,
  filterOptions,
  findingMessage,
  groupFindings,
  NO_FILTER,
  type FindingFilter,
} from '../findingsFilter';
import { useI18n, type StringKey } from '../i18n';

export const SEVERITY_LABEL_KEY: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Most findings lists are short; a broken workbook can give thousands, so draw a page. */
const MAX_SHOWN = 200;

/** Filters, search and the grouped findings list; activating an item calls onSelect. */
export function FindingsList({ findings, onSelect }: { findings: Finding[]; onSelect: (f: Finding) => void }) {
  const { lang, t } = useI18n();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const options = useMemo(() => filterOptions(findings, filter), [findings, filter]);
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = useMemo(() => groupFindings(shown.slice(0, MAX_SHOWN)), [shown]);

  const onKey = (e: KeyboardEvent, f: Finding) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(f);
    }
  };

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
            value={filter.severity ?? ''}
            onChange={(_, d) => setFilter({ ...filter, severity: (d.value || null) as Severity | null })}
          >
            <option value="">{t('filterAll')}</option>
            {(['error', 'warning', 'info'] as Severity[]).map((s) => (
              <option key={s} value={s}>
                {t(SEVERITY_LABEL_KEY[s])}
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
                {lang === 'en' ? (CODE_CATALOG[c]?.titleEn ?? c) : (CODE_CATALOG[c]?.title ?? c)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text as="p" size={200} className="mtqg-muted" data-testid="findings-shown">
        {shown.length === 0 ? t('noMatch') : t('shownCount', { shown: shown.length, total: findings.length })}
      </Text>
      {groups.map((g) => (
        <section
          key={g.severity}
          className={`mtqg-group mtqg-group-${g.severity}`}
          aria-label={`${t(SEVERITY_LABEL_KEY[g.severity])} (${g.count})`}
        >
          <Text
            as="h3"
            weight="semibold"
            className="mtqg-h3"
          >{`${t(SEVERITY_LABEL_KEY[g.severity])} (${g.count})`}</Text>
          {g.sheets.map((s) => (
            <div key={s.sheet} className="mtqg-sheet-group">
              <Text as="h4" size={200} weight="semibold" className="mtqg-sheet-name">
                {s.sheet}
              </Text>
              <ul className="mtqg-finding-list">
                {s.findings.map((f, i) => (
                  <li
                    key={`${f.code}-${f.sheet}-${f.cell}-${i}`}
                    className={`mtqg-finding mtqg-finding-${f.severity}`}
                    data-testid="finding"
                    data-sheet={f.sheet}
                    data-cell={f.cell}
                    data-severity={f.severity}
                    // TODO(#13): a button inside the item instead of li role="button" (axe aria-required-children).
                    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
                    role="button"
                    tabIndex={0}
                    title={t('goToCell', { ref: cellRef(f) })}
                    onClick={() => onSelect(f)}
                    onKeyDown={(e) => onKey(e, f)}
                  >
                    <span className="mtqg-finding-message">{findingMessage(f, lang)}</span>
                    <span className="mtqg-finding-meta">
                      <span className="mtqg-finding-ref">{cellRef(f)}</span>
                      {f.expected !== undefined && <span>{`${t('expected')}: ${formatNumber(f.expected, lang)}`}</span>}
                      {f.actual !== undefined && <span>{`${t('actual')}: ${formatNumber(f.actual, lang)}`}</span>}
                      <span className="mtqg-finding-code">{f.code}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {shown.length > MAX_SHOWN && (
        <Text as="p" size={200}>
          {t('moreHidden', { count: shown.length - MAX_SHOWN })}
        </Text>
      )}
    </div>
  );
}
