/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import '../testing/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../App';
import { I18nContext, translate } from '../i18n';
import { MappingReview } from './MappingReview';
import { readLayout } from '../../layout/readLayout';
import type { LayoutMapping } from '../../layout/mapping';
import { camLuong, dakAng } from '../../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../../tests/fixtures/ownLayout/grid';
import {
  gridBook,
  projectWithOwnRow,
  sectionedPlan,
  sectionedWithSourceSection,
} from '../../../tests/fixtures/ownLayout/sections';
import { makeFakeHost, makeFinding, makeServices } from '../testing/fakes';
import { importedCopy, importedTemplatePlans } from '../../layout/importedPlans';
import { SheetExistsError } from '../../host/types';

const found = (): LayoutMapping => readLayout(workbookOf([camLuong()]).snapshot);

function renderReview(mapping: LayoutMapping, more: { onRecheck?: () => void; onSave?: () => void } = {}) {
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang: 'vi', t: (k, v) => translate('vi', k, v) }}>
        <MappingReview mapping={mapping} onChange={onChange} {...more} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { onChange };
}

/** Opens a column's dropdown and picks an option by its text. */
async function pick(col: string, option: RegExp) {
  const row = screen.getByTestId(`mapping-col-${col}`);
  await act(async () => fireEvent.click(within(row).getByRole('combobox')));
  await act(async () => fireEvent.click(screen.getByRole('option', { name: option })));
}

describe('MappingReview', () => {
  it('shows her indicator table, each row with the program indicator it is read as', () => {
    const mapping = readLayout(workbookOf([dakAng()]).snapshot);
    renderReview(mapping);
    const rows = mapping.indicators!.rows;
    expect(rows.map((x) => screen.getByTestId(`mapping-ind-${x.row}`).getAttribute('data-code'))).toEqual([
      'CT09',
      'CT20',
    ]);
    expect(screen.getByTestId('mapping-review-indicators').textContent).toMatch(/^Bảng chỉ tiêu: trang “Xa Dak Ang”/);
  });
  it('a row read as no indicator can be given one; the indicator another row held goes with it', async () => {
    const mapping = readLayout(workbookOf([dakAng()]).snapshot);
    const [first, second] = mapping.indicators!.rows;
    const { onChange } = renderReview(mapping);
    const row = screen.getByTestId(`mapping-ind-${second.row}`);
    await act(async () => fireEvent.click(within(row).getByRole('combobox')));
    await act(async () => fireEvent.click(screen.getByRole('option', { name: /^CT09 / })));
    const edited = onChange.mock.calls[0][0] as LayoutMapping;
    expect(edited.indicators!.rows.map((x) => [x.row, x.code])).toEqual([
      [first.row, null],
      [second.row, 'CT09'],
    ]);
    // The input is kept as it was.
    expect(mapping.indicators!.rows.map((x) => x.code)).toEqual(['CT09', 'CT20']);
  });
  it('near miss: no indicator line for a table without one', () => {
    renderReview(found());
    expect(screen.queryByTestId('mapping-review-indicators')).toBeNull();
  });

  it('shows the table, its unit and each amount column with its header path and source', () => {
    const mapping = found();
    renderReview(mapping);
    const t = mapping.tables[0];
    expect(screen.getByTestId('mapping-sheet').textContent).toContain('KH 2023');
    expect(screen.getByTestId('mapping-rows').textContent).toBe(
      `${t.rows[0].row}–${t.rows[t.rows.length - 1].row} (${t.rows.length} dòng)`,
    );
    expect(screen.getByTestId('mapping-review').textContent).toContain('đồng');
    const h = screen.getByTestId('mapping-col-H');
    expect(h.textContent).toContain('Vốn sự nghiệp › NSTW');
    expect(h.getAttribute('data-choice')).toBe('SN_NSTW');
    expect(within(h).getByRole('combobox').textContent).toContain('SN NSTW (SN_NSTW)');
    expect(screen.getByTestId('mapping-col-C').getAttribute('data-choice')).toBe('grand');
    expect(screen.getByTestId('mapping-col-D').getAttribute('data-choice')).toBe('DTPT');
  });

  it('changing a column to "Bỏ qua" gives the mapping with that column ignored, others kept', async () => {
    const mapping = found();
    const { onChange } = renderReview(mapping);
    await pick('I', /^Bỏ qua/);
    expect(onChange).toHaveBeenCalledTimes(1);
    const next: LayoutMapping = onChange.mock.calls[0][0];
    const cols = next.tables[0].columns;
    expect(cols.find((c) => c.col === 'I')).toMatchObject({ role: 'ignored', key: null });
    expect(cols.filter((c) => c.col !== 'I')).toEqual(mapping.tables[0].columns.filter((c) => c.col !== 'I'));
    // The mapping given is not changed in place.
    expect(mapping.tables[0].columns.find((c) => c.col === 'I')?.key).toBe('SN_NSDP');
  });

  it('near miss: picking the source the column already has changes nothing', async () => {
    const { onChange } = renderReview(found());
    await pick('H', /^SN NSTW/);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('her section headings are listed once, each with its choice (no summary line above repeating them)', () => {
    renderReview(readLayout(gridBook(sectionedWithSourceSection())));
    expect(within(screen.getByTestId('mapping-section-rows')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByTestId('mapping-sections')).toBeNull();
    expect(screen.queryByText(/^Dòng đầu phần vốn$/)).toBeNull();
  });

  it('each section heading offers what it may hold; picking huy động for C moves its projects with it', async () => {
    const mapping = readLayout(gridBook(sectionedWithSourceSection()));
    const { onChange } = renderReview(mapping);
    expect(['5', '8', '11'].map((r) => screen.getByTestId(`mapping-section-${r}`).getAttribute('data-kind'))).toEqual([
      'DTPT',
      'SN',
      'LONG_GHEP',
    ]);
    expect(screen.getByTestId('mapping-section-11').textContent).toMatch(/^11 C\. VỐN LỒNG GHÉP/);
    const row = screen.getByTestId('mapping-section-11');
    await act(async () => fireEvent.click(within(row).getByRole('combobox')));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toHaveLength(6);
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'Vốn huy động hợp pháp khác' })));
    const edited = onChange.mock.calls[0][0] as LayoutMapping;
    expect(edited.tables[0].rows.filter((r) => r.source).map((r) => `${r.row}:${r.source}`)).toEqual([
      '11:HUY_DONG',
      '12:HUY_DONG',
      '13:HUY_DONG',
    ]);
  });

  it('near miss: a table without sections shows no section rows; the kind a heading has changes nothing', async () => {
    renderReview(found());
    expect(screen.queryByTestId('mapping-section-rows')).toBeNull();
    cleanup();
    const { onChange } = renderReview(readLayout(gridBook(sectionedPlan())));
    const row = screen.getByTestId('mapping-section-8');
    await act(async () => fireEvent.click(within(row).getByRole('combobox')));
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'Vốn sự nghiệp (SN)' })));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a table in capital sections: its budget columns read by section, which she can change', async () => {
    const mapping = readLayout(gridBook(sectionedPlan()));
    const { onChange } = renderReview(mapping);
    expect(screen.getByTestId('mapping-col-D').getAttribute('data-choice')).toBe('section_NSTW');
    expect(screen.getByTestId('mapping-col-E').getAttribute('data-choice')).toBe('section_NSDP');
    expect(['5', '8'].map((r) => screen.getByTestId(`mapping-section-${r}`).getAttribute('data-kind'))).toEqual([
      'DTPT',
      'SN',
    ]);
    await pick('E', /^NSTW theo phần vốn/);
    const edited = onChange.mock.calls[0][0] as LayoutMapping;
    expect(edited.tables[0].columns.find((c) => c.col === 'E')).toMatchObject({ key: null, budget: 'NSTW' });
  });

  it('near miss: a table without sections offers no section choice', async () => {
    renderReview(found());
    const row = screen.getByTestId('mapping-col-D');
    await act(async () => fireEvent.click(within(row).getByRole('combobox')));
    expect(screen.queryByRole('option', { name: /theo phần vốn/ })).toBeNull();
  });

  it('the unit dropdown and the buttons', async () => {
    const onRecheck = jest.fn();
    const onSave = jest.fn();
    const { onChange } = renderReview(found(), { onRecheck, onSave });
    await act(async () => fireEvent.click(screen.getByTestId('mapping-unit')));
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'triệu đồng' })));
    expect(onChange.mock.calls[0][0].tables[0].unit).toBe('trieu');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu vào sổ tính' }));
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});

describe('the Kiểm tra panel on her own table', () => {
  it('shows the review, re-checks through the edited mapping and saves it as our hidden sheet', async () => {
    localStorage.clear();
    const { host } = makeFakeHost(['KH 2023']);
    const mapping = found();
    const services = makeServices(
      host,
      [makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'KH 2023', cell: 'E9' })],
      {
        assessWorkbook: jest.fn(() => ({ hasTemplate: false, hasFigures: true, ownTable: true })),
        readMapping: jest.fn(() => mapping),
      },
    );
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' })));
    expect(screen.getByTestId('mapping-review')).toBeTruthy();
    await pick('I', /^Bỏ qua/);
    expect(screen.getByTestId('mapping-edited')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' })));
    const last = (services.validateSnapshot as jest.Mock).mock.calls.at(-1)!;
    expect(last[1].tables[0].columns.find((c: { col: string }) => c.col === 'I').role).toBe('ignored');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lưu vào sổ tính' })));
    const [plans, mode] = host.applyPlans.mock.calls.at(-1)!;
    expect(mode).toBe('replaceOwn');
    expect(plans[0]).toMatchObject({ name: 'mtqg_anh_xa', kind: 'report', visibility: 'veryHidden' });
  });

  it('near miss: a template workbook shows no review', async () => {
    localStorage.clear();
    const { host } = makeFakeHost(['Kế hoạch vốn']);
    const readMapping = jest.fn(() => null);
    const services = makeServices(host, [], {
      assessWorkbook: jest.fn(() => ({ hasTemplate: true, hasFigures: true })),
      readMapping,
    });
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' })));
    expect(screen.queryByTestId('mapping-review')).toBeNull();
    expect(readMapping).not.toHaveBeenCalled();
  });
});

describe('Chuyển sang mẫu chuẩn on her own table', () => {
  const herTable = () => workbookOf([camLuong()]).snapshot;
  /** The pane over her table (`table`): Kiểm tra, then Chuyển sang mẫu chuẩn. */
  const convertIn = async (host: ReturnType<typeof makeFakeHost>['host'], table = herTable) => {
    localStorage.clear();
    const services = makeServices(host, [], {
      assessWorkbook: jest.fn(() => ({ hasTemplate: false, hasFigures: true, ownTable: true })),
      readMapping: jest.fn(() => readLayout(table())),
      importedTemplatePlans: jest.fn((_s: unknown, m: LayoutMapping) =>
        importedCopy(importedTemplatePlans(table(), m)),
      ),
    });
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' })));
    await act(async () => fireEvent.click(screen.getByTestId('mapping-convert')));
  };

  it('adds the template sheets holding her figures beside her table, refusing to overwrite', async () => {
    const { host } = makeFakeHost(['KH 2023']);
    await convertIn(host);
    const [plans, mode] = host.applyPlans.mock.calls.at(-1)!;
    expect(mode).toBe('refuse');
    const expected = importedTemplatePlans(herTable(), found());
    expect(expected.written).toBeGreaterThan(0);
    // The sheets written are the pure conversion's (its figures are pinned by the import round-trip tests).
    expect(plans).toEqual(expected.plans);
    expect(screen.getByText(/Đã thêm mẫu chuẩn với số liệu của bảng/)).toBeTruthy();
  });

  it('near miss: template sheets already there → a warning naming them, nothing overwritten', async () => {
    const { host } = makeFakeHost(['KH 2023']);
    host.applyPlans.mockImplementation(async () => {
      throw new SheetExistsError(['Kế hoạch vốn']);
    });
    await convertIn(host);
    expect(screen.queryByText(/Đã thêm mẫu chuẩn/)).toBeNull();
    expect(screen.getAllByText(/Kế hoạch vốn/).length).toBeGreaterThan(0);
  });

  it("says what the copy cannot hold as given, as `mtqg import` prints it: a project's own row beside its sub-projects", async () => {
    const { host } = makeFakeHost(['KH 2024']);
    await convertIn(host, () => gridBook(projectWithOwnRow()));
    const status = screen.getByTestId('status-message');
    expect(status.textContent).toMatch(/^Đã thêm mẫu chuẩn/);
    // Listed under the message, a line each (as the page lists them), not run together.
    expect([...screen.getByTestId('status-details').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Cần xem \/ check: KH 2024!D6 — DA3 · SN NSTW: 20 triệu đồng ghi cho chính dòng/),
    ]);
  });

  it('an Excel that cannot add notes (before ExcelApi 1.18) is said to have left out the "Từ / from" notes', async () => {
    const { host } = makeFakeHost(['KH 2023']);
    await convertIn(Object.assign(host, { writesNotes: false }));
    expect([...screen.getByTestId('status-details').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Không có ghi chú nguồn \/ no source notes: .*ExcelApi 1\.18/),
    ]);
    // Near miss: the sheets it adds carry notes, and a host that writes them says nothing of it.
    expect(host.applyPlans.mock.calls.at(-1)![0].some((p) => p.notes?.length)).toBe(true);
  });

  it('near miss: nothing to tell, just the sheets added', async () => {
    const { host } = makeFakeHost(['KH 2023']);
    await convertIn(host);
    expect(screen.getByText(/Đã thêm mẫu chuẩn/)).toBeTruthy();
    expect(screen.queryByText(/Cần xem|Chưa chép/)).toBeNull();
    expect(screen.queryByTestId('status-details')).toBeNull();
  });
});
