import { Text } from '@fluentui/react-components';
import { ChoiceDropdown } from './ChoiceDropdown';
import { SECTION_KINDS, sectionKindOf, type SectionKind } from '../../layout/editMapping';
import type { TableMapping } from '../../layout/mapping';
import { useI18n } from '../i18n';
import { reviewText, sectionKindLabel } from './mappingReviewStrings';

/**
 * Her section heading rows ("A. VỐN ĐẦU TƯ PHÁT TRIỂN", "C. VỐN LỒNG GHÉP"), each with what it is
 * read as, to correct: the rows under a heading follow it (setSectionKind).
 */
export function SectionRowsReview({
  table,
  onKind,
  busy,
}: {
  table: TableMapping;
  onKind: (row: number, kind: SectionKind) => void;
  busy?: boolean;
}) {
  const { lang } = useI18n();
  const headings = table.rows.filter((x) => x.kind === 'section' && sectionKindOf(x));
  if (!headings.length) return null;
  return (
    <>
      <Text as="h3" weight="semibold" size={200}>
        {reviewText(lang, 'sectionsEdit')}
      </Text>
      <ul className="mtqg-mapping-columns" data-testid="mapping-section-rows">
        {headings.map((x) => {
          const kind = sectionKindOf(x)!;
          const labelId = `mtqg-section-${table.sheet}-${x.row}`.replace(/\s+/g, '_');
          return (
            <li key={x.row} className="mtqg-mapping-column" data-testid={`mapping-section-${x.row}`} data-kind={kind}>
              <Text id={labelId} size={200}>
                <b>{x.row}</b> {[x.stt, x.text].filter(Boolean).join('. ') || '—'}
              </Text>
              <ChoiceDropdown
                labelledBy={labelId}
                value={kind}
                choices={SECTION_KINDS}
                labelOf={(k) => sectionKindLabel(lang, k)}
                onPick={(k) => onKind(x.row, k)}
                busy={busy}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
