import type { SourceKey } from '../domain/sources';
import { fold, hasWord } from './text';
import { STT_HEADER } from './headers';
import type { ColumnKind, ColumnRole, DisbursedOf } from './mapping';

/**
 * What one column of an officer's table is, read from its header path (groups first):
 * "Vốn đầu tư phát triển › NSTW" → DTPT_NSTW; "Ngân sách trung ương › Vốn SN" → SN_NSTW;
 * "Tổng" under a group → a sum of that group's other columns (decided per table).
 */
export interface ColumnReading {
  role: ColumnRole;
  key: SourceKey | null;
  capital: 'DTPT' | 'SN' | null;
  budget: 'NSTW' | 'NSDP' | null;
  /** NS tỉnh / NS huyện / NS xã: one level of the local budget. */
  localLevel: boolean;
  note?: string;
  /** Why the column is not a source (role 'ignored'). */
  why?: string;
  /** Figures known not to be the plan's money (role 'ignored'): what was disbursed, a rate. */
  kind?: ColumnKind;
  /** For disbursed figures: the plan figure of the row they are disbursed from (a capital type, or all). */
  disbursedOf?: DisbursedOf;
}

const NAME =
  /(noi dung|ten du an|danh muc|du an, tieu du an|ten cong trinh|chuong trinh|hang muc|dien giai|ten don vi|chi tiet)/;
const NOTE = /(ghi chu|ghi chu khac)/;
const TOTAL_LEAF = /^(tong|cong|tong so|tong cong|tong von|tong cong von|cong von|tong nhu cau( von)?|tong ke hoach)$/;
const CAPITAL_DTPT = /(dau tu phat trien|(^|[^a-z])dtpt([^a-z]|$)|(^|[^a-z])von dau tu([^a-z]|$)|^dau tu$)/;
const CAPITAL_SN = /(su nghiep|(^|[^a-z])sn([^a-z]|$)|thuong xuyen)/;
const NSTW = /(trung uong|(^|[^a-z])nstw([^a-z]|$)|(^|[^a-z])ns ?tw([^a-z]|$)|^tw$)/;
const NSDP = /(dia phuong|(^|[^a-z])ns ?dp([^a-z]|$)|^dp$)/;
const LOCAL_LEVEL = /(^|[^a-z])((ns|ngan sach|cap) )?(tinh|huyen|xa)$/;
/** Progress, not plan: "Giải ngân đến 31/12", "Lũy kế", "Ước thực hiện" ("Kế hoạch vốn thực hiện" is a plan). */
const DISBURSED = /(giai ngan|luy ke|uoc thuc hien|da thuc hien|khoi luong thuc hien|quyet toan)/;
const RATE = /^(ty le|ti le)\b|\(%\)|^%$/;
/** What is left to disburse: no figure disbursed, nothing to hold against the plan. */
const UNDISBURSED = /(chua giai ngan|con lai)/;
/** Funds of earlier years carried into this one: not this year's plan. */
const CARRIED = /(keo dai|nam truoc chuyen sang|chuyen nguon|von nam truoc)/;
/** Quantities, sizes, unit prices beside the money of a work: "Quy mô (km)", "Số hộ hưởng lợi". */
const QUANTITY =
  /^(so ho|so nguoi|so luong|khoi luong|quy mo|don gia|dien tich|chieu dai|so km|so cong trinh|so lop|so xa|so thon|dvt|don vi tinh)\b/;

function otherSource(leaf: string): { key: SourceKey; note?: string } | null {
  if (/(dan gop|dan dong gop|dong gop)/.test(leaf)) return { key: 'DAN_GOP' };
  if (/tin dung/.test(leaf))
    return /huy dong/.test(leaf)
      ? {
          key: 'TIN_DUNG',
          note: 'Gộp tín dụng và huy động khác; tính vào tín dụng / credit and other mobilised together, read as credit',
        }
      : { key: 'TIN_DUNG' };
  if (/long ghep/.test(leaf))
    return /huy dong/.test(leaf)
      ? {
          key: 'LONG_GHEP',
          note: 'Gộp huy động và lồng ghép; tính vào lồng ghép / mobilised and integrated together, read as integrated',
        }
      : { key: 'LONG_GHEP' };
  if (/huy dong/.test(leaf)) return { key: 'HUY_DONG' };
  return null;
}

export function isTotalHeader(text: string): boolean {
  const f = fold(text).replace(/[:.]$/, '');
  return TOTAL_LEAF.test(f) || /^tong (so|cong)\b/.test(f);
}

/** Reads a header path (raw texts, groups first). */
export function readColumn(path: string[]): ColumnReading {
  const folded = path.map(fold).filter((x) => x.length > 0);
  const none: ColumnReading = { role: 'ignored', key: null, capital: null, budget: null, localLevel: false };
  if (!folded.length) return { ...none, why: 'Cột không có tiêu đề / no header' };
  const leaf = folded[folded.length - 1];
  const all = folded.join(' | ');
  if (STT_HEADER.test(leaf)) return { ...none, role: 'stt' };
  if (NOTE.test(leaf)) return { ...none, role: 'note' };
  if (RATE.test(leaf)) return { ...none, kind: 'rate', why: 'Cột tỷ lệ, không phải số tiền / a rate, not an amount' };
  if (QUANTITY.test(leaf))
    return {
      ...none,
      kind: 'quantity',
      why: 'Số lượng, quy mô hay đơn giá, không phải số tiền kế hoạch / a quantity, size or unit price, not plan money',
    };
  const of = folded.some((t) => CAPITAL_DTPT.test(t)) ? 'DTPT' : folded.some((t) => CAPITAL_SN.test(t)) ? 'SN' : 'TONG';
  if (DISBURSED.test(all) && UNDISBURSED.test(all))
    return {
      ...none,
      kind: 'disbursed',
      why: 'Số còn lại chưa giải ngân: không kiểm tra trong bảng riêng / what is left to disburse: not checked in an own table',
    };
  // Funds carried over and what was disbursed from them: held against each other, not this year's plan.
  const carriedOf = of === 'TONG' ? 'KD' : (`KD_${of}` as const);
  if (CARRIED.test(all))
    return DISBURSED.test(all)
      ? {
          ...none,
          kind: 'disbursed',
          disbursedOf: carriedOf,
          why: `Giải ngân của vốn kéo dài: so với vốn kéo dài (${carriedOf}) của dòng / disbursed from carried-over funds: checked against the row's carried-over funds (${carriedOf})`,
        }
      : {
          ...none,
          kind: 'carried',
          disbursedOf: carriedOf,
          why: "Vốn năm trước kéo dài / chuyển nguồn, không phải kế hoạch năm / funds carried over from earlier years, not this year's plan",
        };
  if (DISBURSED.test(all)) {
    return {
      ...none,
      kind: 'disbursed',
      disbursedOf: of,
      why: `Cột giải ngân / thực hiện, không phải nguồn vốn kế hoạch: so với kế hoạch ${of} của dòng (không được vượt) / disbursed or progress figures, not a plan source: checked against the row's ${of} plan (not above it)`,
    };
  }
  const other = otherSource(leaf);
  const capitalOf = (t: string) => (CAPITAL_DTPT.test(t) ? 'DTPT' : CAPITAL_SN.test(t) ? 'SN' : null);
  const budgetOf = (t: string) => (NSTW.test(t) ? 'NSTW' : NSDP.test(t) || LOCAL_LEVEL.test(t) ? 'NSDP' : null);
  let capital: 'DTPT' | 'SN' | null = capitalOf(leaf);
  for (let i = folded.length - 2; i >= 0 && !capital; i--) capital = capitalOf(folded[i]);
  let budget: 'NSTW' | 'NSDP' | null = budgetOf(leaf);
  for (let i = folded.length - 2; i >= 0 && !budget; i--) budget = budgetOf(folded[i]);
  const localLevel = LOCAL_LEVEL.test(leaf) && !NSDP.test(leaf);
  if (other) return { role: 'amount', key: other.key, capital, budget, localLevel: false, note: other.note };
  if (isTotalHeader(leaf) || (/^tong\b/.test(leaf) && (capital || budget)))
    return { role: 'sum', key: null, capital, budget, localLevel: false };
  if (NAME.test(all) && !capital && !budget) return { ...none, role: 'name' };
  if (capital && budget)
    return { role: 'amount', key: `${capital}_${budget}` as SourceKey, capital, budget, localLevel };
  if (capital && !budget && folded.length === 1 + (isTotalHeader(folded[0]) ? 1 : 0))
    return { role: 'amount', key: capital, capital, budget, localLevel: false };
  if (capital && !budget) return { role: 'amount', key: capital, capital, budget, localLevel: false };
  if (budget && !capital)
    return {
      ...none,
      budget,
      why: 'Không rõ loại vốn (ĐTPT hay SN) của cột ngân sách này / capital type of this budget column unclear',
    };
  if (hasWord(leaf, 'von') || /^\d/.test(leaf))
    return { ...none, why: 'Không nhận ra nguồn vốn của cột / funding source not recognised' };
  return { ...none, why: 'Không phải cột số tiền / not an amount column' };
}
