import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { MappingReview } from '../../taskpane/components/MappingReview';
import { choiceLabel, reviewText, sectionRowsText } from '../../taskpane/components/mappingReviewStrings';
import type { LayoutMapping } from '../../layout/mapping';
import { disbursedBasis } from '../../layout/editMapping';
import { MONEY_UNITS } from '../../domain/units';
import { useI18n } from '../../taskpane/i18n';
import { usePageText } from '../pageStrings';

/**
 * How her own table was read (columns → sources, unit, table rows), and on request the pane's
 * mapping review to correct it: "Kiểm tra lại" checks the file again in the worker through the
 * corrected mapping (the downloads then follow it too).
 */
export function MappingSummary({
  layout,
  onRecheck,
}: {
  layout: LayoutMapping;
  onRecheck?: (mapping: LayoutMapping) => Promise<void>;
}) {
  const { lang } = useI18n();
  const p = usePageText();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(layout);
  const [busy, setBusy] = useState(false);
  // A new check result starts the review from the mapping it used (adjusting state while
  // rendering, as React advises, rather than in an effect).
  const [shown, setShown] = useState(layout);
  if (shown !== layout) {
    setShown(layout);
    setDraft(layout);
  }
  const recheck = onRecheck
    ? async () => {
        setBusy(true);
        try {
          await onRecheck(draft);
        } finally {
          setBusy(false);
        }
      }
    : undefined;
  return (
    <section className="mtqg-mapping" aria-label={p('mappingTitle')} data-testid="mapping">
      <Text as="h3" weight="semibold" size={400}>
        {p('mappingTitle')}
      </Text>
      {layout.tables.map((table) => (
        <div key={`${table.sheet}-${table.headerRows[0]}`} className="mtqg-mapping-table">
          <Text as="p" data-testid="mapping-table">
            {p('mappingTable', {
              sheet: table.sheet,
              role: p(table.role === 'plan' ? 'rolePlan' : 'roleAllocation'),
              unit: lang === 'en' ? MONEY_UNITS[table.unit].labelEn : MONEY_UNITS[table.unit].label,
              from: table.headerRows[0],
              to: table.headerRows[1],
              lines: table.rows.filter((r) => r.kind === 'line' || r.kind === 'detail').length,
            })}
          </Text>
          <div className="mtqg-table-scroll">
            <table className="mtqg-plain-table">
              <thead>
                <tr>
                  <th scope="col">{p('mappingColumn')}</th>
                  <th scope="col">{p('mappingHeader')}</th>
                  <th scope="col">{p('mappingReadAs')}</th>
                </tr>
              </thead>
              <tbody>
                {table.columns.map((c) => (
                  <tr key={c.col}>
                    <td>{c.col}</td>
                    <td>{c.header}</td>
                    <td>
                      {c.key ??
                        (c.budget
                          ? choiceLabel(lang, `section_${c.budget}`)
                          : c.role === 'sum' && c.sumOf
                            ? `Σ ${c.sumOf.join('+')}`
                            : c.kind
                              ? `${reviewText(lang, `kind_${c.kind}`)}${c.kind === 'disbursed' && c.disbursedOf ? ` ≤ ${disbursedBasis(table, c)}` : ''}`
                              : c.role)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sectionRowsText(lang, table) && (
            <Text as="p" size={200} data-testid="mapping-sections">
              {`${reviewText(lang, 'sections')}: ${sectionRowsText(lang, table)}`}
            </Text>
          )}
          {table.unmapped.length > 0 && (
            <Text as="p" size={200} className="mtqg-muted">
              {`${p('mappingUnmapped')}: ${table.unmapped.map((u) => `${u.cell} “${u.text}” (${u.why})`).join('; ')}`}
            </Text>
          )}
        </div>
      ))}
      {layout.indicators && (
        <Text as="p" data-testid="mapping-indicators">
          {`${p('mappingIndicators', {
            sheet: layout.indicators.sheet,
            row: layout.indicators.headerRow,
            count: layout.indicators.rows.filter((r) => r.code).length,
          })}: ${layout.indicators.rows
            .filter((r) => r.code)
            .map((r) => `${r.row} → ${r.code}`)
            .join(', ')}`}
        </Text>
      )}
      <div data-testid="mapping-review-slot">
        {recheck && !editing && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="mapping-edit">
            {p('mappingEdit')}
          </Button>
        )}
        {recheck && editing && (
          <MappingReview
            mapping={draft}
            onChange={setDraft}
            onRecheck={recheck && (() => void recheck())}
            edited={draft !== layout}
            busy={busy}
          />
        )}
      </div>
    </section>
  );
}
