import { Text } from '@fluentui/react-components';
import type { LayoutMapping } from '../../layout/mapping';
import { MONEY_UNITS } from '../../domain/units';
import { useI18n } from '../../taskpane/i18n';
import { usePageText } from '../pageStrings';

/**
 * How her own table was read (columns → sources, unit, table rows), read only. The editable
 * mapping review (branch wt-mapping) takes this place: it gets the same `layout` and returns
 * a changed one for the worker to check again.
 */
export function MappingSummary({ layout }: { layout: LayoutMapping }) {
  const { lang } = useI18n();
  const p = usePageText();
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
                    <td>{c.key ?? (c.role === 'sum' && c.sumOf ? `Σ ${c.sumOf.join('+')}` : c.role)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table.unmapped.length > 0 && (
            <Text as="p" size={200} className="mtqg-muted">
              {`${p('mappingUnmapped')}: ${table.unmapped.map((u) => `${u.cell} “${u.text}” (${u.why})`).join('; ')}`}
            </Text>
          )}
        </div>
      ))}
      {/* Place of the editable mapping review (wt-mapping). */}
      <Text as="p" size={200} className="mtqg-muted" data-testid="mapping-review-slot">
        {p('mappingReviewLater')}
      </Text>
    </section>
  );
}
