/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import '../../taskpane/testing/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nContext, translate } from '../../taskpane/i18n';
import { readLayout } from '../../layout/readLayout';
import { gridBook, sectionedPlan, sectionedWithSourceSection } from '../../../tests/fixtures/ownLayout/sections';
import type { Lang } from '../../taskpane/i18n';
import { MappingSummary } from './MappingSummary';

/** The page's "how your table was read": a budget column of a sectioned table says it follows the row's section. */
const show = (rows: Parameters<typeof gridBook>[0], lang: Lang = 'vi') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang, t: (k, v) => translate(lang, k, v) }}>
        <MappingSummary layout={readLayout(gridBook(rows))} />
      </I18nContext.Provider>
    </FluentProvider>,
  );

it('a table in capital sections: each budget column is read by the row’s section, not "amount"', () => {
  show(sectionedPlan());
  const cells = screen.getAllByRole('row').map((r) => r.textContent);
  expect(cells).toContain('DNgân sách trung ươngNSTW theo phần vốn của dòng (ĐTPT/SN)');
  expect(cells).toContain('ENgân sách địa phươngNSĐP theo phần vốn của dòng (ĐTPT/SN)');
  expect(cells).toContain('CTổng cộngTONG');
});

/** Her section headings are listed with what each holds, in the page's language. */
it('lists her section heading rows: capital types and a section of another source', () => {
  show(sectionedWithSourceSection());
  expect(screen.getByTestId('mapping-sections').textContent).toBe(
    'Dòng đầu phần vốn: 5 (ĐTPT), 8 (SN), 11 (lồng ghép)',
  );
});

it('near miss: in English the sections are named in English, and a table without sections lists none', () => {
  const { unmount } = show(sectionedWithSourceSection(), 'en');
  expect(screen.getByTestId('mapping-sections').textContent).toBe(
    'Capital section rows: 5 (investment), 8 (recurrent), 11 (integrated funds)',
  );
  unmount();
  show(sectionedPlan().filter((r, i) => i !== 4 && i !== 7));
  expect(screen.queryByTestId('mapping-sections')).toBeNull();
});
