import { sectionKindOf, type ColumnChoice, type SectionChoice, type SectionKind } from '../../layout/editMapping';
import { SOURCES } from '../../domain/sources';
import type { MoneyUnit } from '../../domain/units';
import type { Lang } from '../i18n';
import type { TableMapping } from '../../layout/mapping';
import { CAPITAL_SHORT } from '../../layout/sectionHerCells';

type Pair = { vi: string; en: string };

/** The review's own strings (Vietnamese first), kept beside it so the page can reuse it as is. */
export const REVIEW_STRINGS = {
  title: { vi: 'Ánh xạ bảng của bạn', en: 'How your table is read' },
  intro: {
    vi: 'Công cụ đọc bảng của bạn như sau. Sửa nguồn vốn của cột, hay phần vốn của dòng đầu phần, nếu chưa đúng, bấm Kiểm tra lại; Lưu vào sổ tính để lần sau dùng lại.',
    en: 'This is how your table is read. Correct a column’s source, or a section row’s kind, if it is wrong and re-check; save it in the workbook to reuse it next time.',
  },
  sheet: { vi: 'Trang', en: 'Sheet' },
  headerRows: { vi: 'Hàng tiêu đề', en: 'Header rows' },
  dataRows: { vi: 'Dữ liệu', en: 'Data rows' },
  rowCount: { vi: 'dòng', en: 'rows' },
  totalRows: { vi: 'Dòng tổng', en: 'Total row' },
  unit: { vi: 'Đơn vị tính', en: 'Money unit' },
  unitAssumed: { vi: 'không thấy dòng ĐVT, coi là', en: 'no unit line found, read as' },
  unitFound: { vi: 'đọc ở ô', en: 'read at' },
  columns: { vi: 'Cột số tiền', en: 'Amount columns' },
  otherColumns: { vi: 'Cột khác', en: 'Other columns' },
  notMapped: { vi: 'Chưa ánh xạ', en: 'Not mapped' },
  recheck: { vi: 'Kiểm tra lại', en: 'Re-check' },
  save: { vi: 'Lưu vào sổ tính', en: 'Save in the workbook' },
  convert: { vi: 'Chuyển sang mẫu chuẩn', en: 'Convert to the standard template' },
  edited: { vi: 'Đã sửa, chưa kiểm tra lại', en: 'Edited, not re-checked yet' },
  role_stt: { vi: 'STT', en: 'No.' },
  role_name: { vi: 'Nội dung', en: 'Content' },
  role_note: { vi: 'Ghi chú', en: 'Notes' },
  sumOf: { vi: 'cộng', en: 'adds' },
  indicators: { vi: 'Bảng chỉ tiêu', en: 'Indicator table' },
  kind_disbursed: { vi: 'số giải ngân', en: 'disbursed figures' },
  kind_rate: { vi: 'tỷ lệ', en: 'a rate' },
  kind_carried: { vi: 'vốn năm trước kéo dài', en: 'funds carried over' },
  kind_quantity: { vi: 'số lượng, quy mô, đơn giá', en: 'a quantity or price' },
  disbursedOf: { vi: 'so với', en: 'held against' },
  indicatorsNone: { vi: 'chưa ghép được', en: 'not mapped' },
  sections: { vi: 'Dòng đầu phần vốn', en: 'Capital section rows' },
  sectionsEdit: {
    vi: 'Dòng đầu phần vốn (các dòng dưới theo phần đó)',
    en: 'Section rows (the rows below follow them)',
  },
} satisfies Record<string, Pair>;
export type ReviewKey = keyof typeof REVIEW_STRINGS;

export function reviewText(lang: Lang, key: ReviewKey): string {
  return REVIEW_STRINGS[key][lang];
}

const CHOICE_LABEL: Record<'group' | 'grand' | 'ignored' | SectionChoice, Pair> = {
  section_NSTW: { vi: 'NSTW theo phần vốn của dòng (ĐTPT/SN)', en: "Central budget of the row's capital section" },
  section_NSDP: { vi: 'NSĐP theo phần vốn của dòng (ĐTPT/SN)', en: "Local budget of the row's capital section" },
  group: { vi: 'Tổng nhóm (cộng các cột trong nhóm)', en: 'Group total' },
  grand: { vi: 'Tổng cộng', en: 'Grand total' },
  ignored: { vi: 'Bỏ qua', en: 'Ignore' },
};

/** Her section heading rows and what each holds: "5 (ĐTPT), 8 (SN), 11 (lồng ghép)"; '' when none. */
export function sectionRowsText(lang: Lang, table: TableMapping): string {
  return table.rows
    .filter((x) => x.kind === 'section' && sectionKindOf(x))
    .map((x) => `${x.row} (${CAPITAL_SHORT[sectionKindOf(x)!][lang]})`)
    .join(', ');
}

/** What a section heading holds, as the review offers it: "Vốn ĐTPT", "Vốn lồng ghép"… */
const SECTION_KIND_LABEL: Record<SectionKind, Pair> = {
  DTPT: { vi: 'Vốn đầu tư phát triển (ĐTPT)', en: 'Development investment (ĐTPT)' },
  SN: { vi: 'Vốn sự nghiệp (SN)', en: 'Recurrent funds (SN)' },
  LONG_GHEP: { vi: 'Vốn lồng ghép', en: 'Integrated funds' },
  TIN_DUNG: { vi: 'Vốn tín dụng chính sách', en: 'Policy credit' },
  HUY_DONG: { vi: 'Vốn huy động hợp pháp khác', en: 'Other mobilised funds' },
  DAN_GOP: { vi: 'Dân đóng góp', en: "People's contributions" },
};

export const sectionKindLabel = (lang: Lang, kind: SectionKind): string => SECTION_KIND_LABEL[kind][lang];

/** "ĐTPT NSTW (DTPT_NSTW)", "Tổng nhóm", "Bỏ qua"… */
export function choiceLabel(lang: Lang, choice: ColumnChoice): string {
  if (choice === 'group' || choice === 'grand' || choice === 'ignored') return CHOICE_LABEL[choice][lang];
  if (choice === 'section_NSTW' || choice === 'section_NSDP') return CHOICE_LABEL[choice][lang];
  const s = SOURCES.find((x) => x.key === choice)!;
  // Short, as officers head their columns: "ĐTPT NSTW", "Tổng SN", "Lồng ghép".
  const capital = s.capitalType === 'DTPT' ? 'ĐTPT' : s.capitalType === 'SN' ? 'SN' : '';
  const short = capital && s.budget ? `${capital} ${s.header}` : s.header;
  return lang === 'vi' ? `${short} (${s.key})` : `${short} – ${s.nameEn}`;
}

export const UNIT_LABEL: Record<MoneyUnit, Pair> = {
  dong: { vi: 'đồng', en: 'VND' },
  nghin: { vi: 'nghìn đồng', en: 'thousand VND' },
  trieu: { vi: 'triệu đồng', en: 'million VND' },
};
