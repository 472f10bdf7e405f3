/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import '../../taskpane/testing/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nContext, translate } from '../../taskpane/i18n';
import { readLayout } from '../../layout/readLayout';
import { gridBook, sectionedPlan } from '../../../tests/fixtures/ownLayout/sections';
import { MappingSummary } from './MappingSummary';

/** The page's "how your table was read": a budget column of a sectioned table says it follows the row's section. */
it('a table in capital sections: each budget column is read by the row’s section, not "amount"', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'vi', t: (k, v) => translate('vi', k, v) }}>
        <MappingSummary layout={readLayout(gridBook(sectionedPlan()))} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  const cells = screen.getAllByRole('row').map((r) => r.textContent);
  expect(cells).toContain('DNgân sách trung ươngNSTW theo phần vốn của dòng (ĐTPT/SN)');
  expect(cells).toContain('ENgân sách địa phươngNSĐP theo phần vốn của dòng (ĐTPT/SN)');
  expect(cells).toContain('CTổng cộngTONG');
});
