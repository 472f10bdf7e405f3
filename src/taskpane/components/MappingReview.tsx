import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import type { MoneyUnit } from '../../domain/units';
import {
  choiceOf,
  columnChoicesFor,
  disbursedBasis,
  isEditableColumn,
  setColumnChoice,
  setTableUnit,
  type ColumnChoice,
  setIndicatorCode,
  setSectionKind,
  type SectionKind,
} from '../../layout/editMapping';
import { SectionRowsReview } from './SectionRowsReview';
import { ChoiceDropdown } from './ChoiceDropdown';
import type { IndicatorTable, LayoutMapping, MappedColumn, TableMapping } from '../../layout/mapping';
import { catalog } from '../../domain/catalog';
import { useI18n } from '../i18n';
import { choiceLabel, reviewText, UNIT_LABEL, type ReviewKey } from './mappingReviewStrings';

export interface MappingReviewProps {
  mapping: LayoutMapping;
  onChange: (mapping: LayoutMapping) => void;
  /** Check again through the mapping as edited. */
  onRecheck?: () => void;
  /** Keep the mapping in the workbook (the next check reuses it). */
  onSave?: () => void;
  /** Write the standard template's sheets holding her figures beside her table. */
  onConvert?: () => void;
  /** Edited since the findings shown were made. */
  edited?: boolean;
  busy?: boolean;
}

const UNITS: MoneyUnit[] = ['dong', 'nghin', 'trieu'];

/** Its own few rules (kept here, so the pane's shared stylesheet is untouched). */
const MAPPING_CSS = `
.mtqg-mapping { display: flex; flex-direction: column; gap: 6px; margin: 8px 0; padding: 8px; border: 1px solid #e0e0e0; border-radius: 4px; }
.mtqg-mapping-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.mtqg-mapping-facts dt { color: #616161; white-space: nowrap; }
.mtqg-mapping h2, .mtqg-mapping h3, .mtqg-mapping p { margin: 0; }
.mtqg-mapping-facts dd { margin: 0; overflow-wrap: anywhere; }
.mtqg-mapping-columns { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.mtqg-mapping-column { display: flex; flex-direction: column; gap: 2px; }
.mtqg-mapping-dropdown { min-width: 0; width: 100%; }
.mtqg-mapping-unmapped { font-size: 12px; }
`;

/**
 * What the layout reader found in her own table, to correct: per table the sheet, header
 * rows, data rows and unit; per amount column its header path and the source it was read
 * as, with a dropdown to change it. Functions come in as props, so the standalone page
 * reuses it with its own host.
 */
export function MappingReview({ mapping, onChange, onRecheck, onSave, onConvert, edited, busy }: MappingReviewProps) {
  const { lang } = useI18n();
  const r = (key: ReviewKey) => reviewText(lang, key);
  return (
    <section className="mtqg-mapping" aria-label={r('title')} data-testid="mapping-review">
      <style>{MAPPING_CSS}</style>
      <Text as="h2" weight="semibold" size={300}>
        {r('title')}
      </Text>
      <Text as="p" size={200} className="mtqg-muted">
        {r('intro')}
      </Text>
      {mapping.tables.map((t, ti) => (
        <TableReview
          key={`${t.sheet}-${t.role}`}
          table={t}
          index={ti}
          onColumn={(col, choice) => onChange(setColumnChoice(mapping, ti, col, choice))}
          onUnit={(unit) => onChange(setTableUnit(mapping, ti, unit))}
          onSection={(row, kind) => onChange(setSectionKind(mapping, ti, row, kind))}
          busy={busy}
        />
      ))}
      {mapping.indicators && (
        <IndicatorReview
          table={mapping.indicators}
          onCode={(row, code) => onChange(setIndicatorCode(mapping, row, code))}
          busy={busy}
        />
      )}
      <div className="mtqg-actions">
        {onRecheck && (
          <Button size="small" appearance={edited ? 'primary' : 'secondary'} onClick={onRecheck} disabled={busy}>
            {r('recheck')}
          </Button>
        )}
        {onSave && (
          <Button size="small" onClick={onSave} disabled={busy}>
            {r('save')}
          </Button>
        )}
        {onConvert && (
          <Button size="small" onClick={onConvert} disabled={busy} data-testid="mapping-convert">
            {r('convert')}
          </Button>
        )}
        {edited && (
          <Text size={200} weight="semibold" data-testid="mapping-edited">
            {r('edited')}
          </Text>
        )}
      </div>
    </section>
  );
}

interface TableReviewProps {
  table: TableMapping;
  index: number;
  onColumn: (col: string, choice: ColumnChoice) => void;
  onUnit: (unit: MoneyUnit) => void;
  onSection: (row: number, kind: SectionKind) => void;
  busy?: boolean;
}

function TableReview({ table, index, onColumn, onUnit, onSection, busy }: TableReviewProps) {
  const { lang } = useI18n();
  const r = (key: ReviewKey) => reviewText(lang, key);
  const rows = table.rows.filter((x) => x.kind !== 'unmapped' || x.text);
  const first = table.rows[0]?.row;
  const last = table.rows[table.rows.length - 1]?.row;
  const totals = table.rows.filter((x) => x.kind === 'total').map((x) => x.row);
  // Her section headings are listed below, each with its choice (SectionRowsReview), not summed up here.
  const money = table.columns.filter(isEditableColumn);
  const other = table.columns.filter((c) => !isEditableColumn(c));
  const unitId = `mtqg-unit-${index}`;
  return (
    <div className="mtqg-mapping-table" data-testid={`mapping-table-${index}`}>
      <dl className="mtqg-mapping-facts">
        <dt>{r('sheet')}</dt>
        <dd data-testid="mapping-sheet">
          {table.sheet}
          {table.title ? ` — ${table.title}` : ''}
        </dd>
        <dt>{r('headerRows')}</dt>
        <dd>
          {table.headerRows[0] === table.headerRows[1]
            ? table.headerRows[0]
            : `${table.headerRows[0]}–${table.headerRows[1]}`}
        </dd>
        <dt>{r('dataRows')}</dt>
        <dd data-testid="mapping-rows">
          {first !== undefined ? `${first}–${last} (${rows.length} ${r('rowCount')})` : '—'}
        </dd>
        <dt>{r('totalRows')}</dt>
        <dd data-testid="mapping-total-rows">{totals.length ? totals.join(', ') : '—'}</dd>
      </dl>
      <Field
        label={r('unit')}
        size="small"
        hint={
          table.unitCell ? `${r('unitFound')} ${table.unitCell}` : `${r('unitAssumed')} ${UNIT_LABEL[table.unit][lang]}`
        }
      >
        <Dropdown
          id={unitId}
          size="small"
          disabled={busy}
          value={UNIT_LABEL[table.unit][lang]}
          selectedOptions={[table.unit]}
          onOptionSelect={(_, d) => d.optionValue && onUnit(d.optionValue as MoneyUnit)}
          data-testid="mapping-unit"
        >
          {UNITS.map((u) => (
            <Option key={u} value={u}>
              {UNIT_LABEL[u][lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text as="h3" weight="semibold" size={200}>
        {r('columns')}
      </Text>
      <ul className="mtqg-mapping-columns">
        {money.map((c) => (
          <ColumnRow
            key={c.col}
            column={c}
            choices={columnChoicesFor(table)}
            basis={disbursedBasis(table, c)}
            onChoice={(choice) => onColumn(c.col, choice)}
            busy={busy}
          />
        ))}
      </ul>
      <SectionRowsReview table={table} onKind={onSection} busy={busy} />
      {other.length > 0 && (
        <Text as="p" size={200} className="mtqg-muted">
          {r('otherColumns')}: {other.map((c) => `${c.col} ${r(`role_${c.role}` as ReviewKey)}`).join(' · ')}
        </Text>
      )}
      {table.unmapped.length > 0 && (
        <details className="mtqg-mapping-unmapped">
          <summary>
            {r('notMapped')} ({table.unmapped.length})
          </summary>
          <ul>
            {table.unmapped.map((u) => (
              <li key={`${u.cell}-${u.why}`}>
                <b>{u.cell}</b> {u.text ? `“${u.text}” ` : ''}— {u.why}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The indicator choices: none (''), then every program indicator. */
const INDICATOR_CHOICES = ['', ...catalog.indicatorByCode.keys()];

/** Her indicator table: each row with the program indicator it is read as, to correct. */
function IndicatorReview({
  table,
  onCode,
  busy,
}: {
  table: IndicatorTable;
  onCode: (row: number, code: string | null) => void;
  busy?: boolean;
}) {
  const { lang } = useI18n();
  const r = (key: ReviewKey) => reviewText(lang, key);
  const none = r('indicatorsNone');
  const label = (code: string | null) => {
    const ind = code ? catalog.indicatorByCode.get(code) : undefined;
    return ind ? `${ind.code} ${lang === 'en' ? ind.nameEn : ind.name}` : none;
  };
  return (
    <div data-testid="mapping-review-indicators">
      <Text as="h3" weight="semibold" size={200}>
        {`${r('indicators')}: ${r('sheet').toLowerCase()} “${table.sheet}”, ${r('headerRows').toLowerCase()} ${table.headerRow}`}
      </Text>
      <ul className="mtqg-mapping-columns">
        {table.rows.map((x) => (
          <li key={x.row} className="mtqg-mapping-column" data-testid={`mapping-ind-${x.row}`} data-code={x.code ?? ''}>
            <Text id={`mtqg-ind-${x.row}`} size={200}>
              <b>{x.row}</b> {x.text || '—'}
            </Text>
            <ChoiceDropdown
              labelledBy={`mtqg-ind-${x.row}`}
              value={x.code ?? ''}
              choices={INDICATOR_CHOICES}
              labelOf={(code) => label(code || null)}
              onPick={(code) => onCode(x.row, code || null)}
              busy={busy}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ColumnRow({
  column,
  choices,
  basis,
  onChoice,
  busy,
}: {
  column: MappedColumn;
  choices: ColumnChoice[];
  /** What a disbursed column is held against (disbursedBasis). */
  basis?: string;
  onChoice: (choice: ColumnChoice) => void;
  busy?: boolean;
}) {
  const { lang } = useI18n();
  const choice = choiceOf(column);
  const labelId = `mtqg-col-${column.col}`;
  return (
    <li className="mtqg-mapping-column" data-testid={`mapping-col-${column.col}`} data-choice={choice}>
      <Text id={labelId} size={200}>
        <b>{column.col}</b> {column.header || '—'}
        {column.role === 'sum' && column.sumOf?.length ? ` = ${column.sumOf.join('+')}` : ''}
        {column.role === 'ignored' && column.kind && (
          <span className="mtqg-muted" data-testid={`mapping-kind-${column.col}`}>
            {` (${reviewText(lang, `kind_${column.kind}`)}${
              column.kind === 'disbursed' && column.disbursedOf
                ? `, ${reviewText(lang, 'disbursedOf')} ${basis ?? column.disbursedOf}`
                : ''
            })`}
          </span>
        )}
      </Text>
      <ChoiceDropdown
        labelledBy={labelId}
        value={choice}
        choices={choices}
        labelOf={(c) => choiceLabel(lang, c)}
        onPick={onChoice}
        busy={busy}
      />
    </li>
  );
}
