import { catalog } from '../domain/catalog';
import { fold } from './text';
import type { OtherSource } from './mapping';

/**
 * Which catalog line a row of an officer's table is, from its STT and label: "Dự án 1: …",
 * "DA 1", "Tiểu dự án 2", "TDA2", "Nội dung số 1", "Dự án 9 – Tiểu dự án 2",
 * "Dự án 4 (Tiểu dự án 1)", or the official name itself. Numbers alone never decide a
 * line (a plan numbers only the lines it uses); the label does, read against the catalog.
 */
export type RowReading =
  | { kind: 'line'; code: string }
  | { kind: 'total' }
  | { kind: 'detail' }
  /** "Trong đó: vốn ĐTPT …": restates part of the row above; not a figure of its own. */
  | { kind: 'part' }
  | { kind: 'unknown'; why: string };

const DETAIL_STT = /^[-+*•–—]$/;
const PART = /^(trong do|trong so do|bao gom)\b/;
const TOTAL = /^(tong cong|tong so|cong|tong|tong cong von|tong nhu cau von|tong von)\b/;
/** "Công trình…", "Công tác…" fold to "cong" as "Cộng" does: works and tasks, never a sum. */
const WORKS = /^cong (trinh|tac|viec|nghe|ty|nhan)\b/;

/**
 * Whether a row label says it sums the rows ("Tổng cộng", "Cộng dự án 4"), by a folded pattern
 * that starts with "cong"/"tong"; "Công trình nước sinh hoạt thôn 3" is a row of works, told by
 * its "ô" (folded, "công" and "cộng" are the same text) or, typed without marks, by its next word.
 */
export function isSumLabel(name: string, pattern: RegExp = TOTAL): boolean {
  const f = fold(name);
  return pattern.test(f) && !WORKS.test(f) && !/^công(\s|$)/.test(name.normalize('NFC').trim().toLowerCase());
}
const SUB = /(?:tieu du an|(?:^|[^a-z])tda)\s*(?:so\s*)?0*(\d+)/;
const PROJECT = /(?:^|[^a-z])(?:du an|da)\s*(?:so\s*)?0*(\d+)/;
const CONTENT = /(?:noi dung|(?:^|[^a-z])nd)\s*(?:so\s*)?0*(\d+)/;

/** Folded official names without their "Dự án 1:" prefix, per code. */
const OFFICIAL = new Map(catalog.nodes.map((n) => [n.code, fold(n.name.replace(/^[^:]*:\s*/, ''))]));

/** Context: the last line read, to resolve "Tiểu dự án 2" and "Nội dung số 1". */
export interface RowContext {
  project: string | null;
  line: string | null;
}

export function readRowLabel(stt: string, name: string, ctx: RowContext): RowReading {
  const f = fold(name);
  const s = fold(stt);
  if (!f && !s) return { kind: 'unknown', why: 'Dòng trống / empty row' };
  if (isSumLabel(name) && !PROJECT.test(f.replace(SUB, ''))) return { kind: 'total' };
  if (PART.test(f)) return { kind: 'part' };
  if (DETAIL_STT.test(s)) return { kind: 'detail' };
  const head = f.split(':')[0];
  const sub = SUB.exec(head);
  const rest = sub ? head.replace(SUB, ' ') : head;
  const project = PROJECT.exec(rest);
  const content = CONTENT.exec(rest);
  let code: string | null = null;
  if (project) {
    code = `DA${Number(project[1])}`;
    if (sub) code += `.TDA${Number(sub[1])}`;
    if (content) code = contentUnder(code, Number(content[1]));
  } else if (sub) {
    const p = ctx.project;
    if (!p)
      return { kind: 'unknown', why: 'Tiểu dự án không rõ thuộc dự án nào / sub-project without a project above' };
    code = `${p}.TDA${Number(sub[1])}`;
    if (content) code = contentUnder(code, Number(content[1]));
  } else if (content) {
    const under = ctx.line && catalog.byCode.has(ctx.line) ? ctx.line : ctx.project;
    code = under ? contentUnder(contentParent(under), Number(content[1])) : null;
    if (!code) return { kind: 'unknown', why: 'Nội dung không rõ thuộc dự án nào / content without a project above' };
  }
  if (code) {
    if (catalog.byCode.has(code)) return { kind: 'line', code };
    return { kind: 'unknown', why: `Không có dòng ${code} trong danh mục / no line ${code} in the catalog` };
  }
  const byName = byOfficialName(f, ctx);
  if (byName) return { kind: 'line', code: byName };
  return { kind: 'detail' };
}

/** "A. Vốn đầu tư phát triển", "II - NGUỒN VỐN SỰ NGHIỆP", "Kinh phí sự nghiệp:" (its numbering in the label or STT). */
const SECTION_NUMBER = /^((phan|muc)\s+)?([a-d]|[ivx]{1,4}|\d{1,2})\s*[.:)/-]\s*/;
const SECTION_DTPT = /^(nguon\s+)?((von|kinh phi)\s+)?(dau tu phat trien|dtpt)\b|^(nguon\s+)?von dau tu\b/;
const SECTION_SN = /^(nguon\s+)?((von|kinh phi)\s+)?(su nghiep|sn)\b/;

/**
 * The capital type a row heads when it is a section heading of a table whose rows come in capital
 * sections (the projects listed under "A. Vốn đầu tư phát triển", then again under "B. Vốn sự
 * nghiệp"); null for any other row. A label that names a project is a line, never a section.
 */
export function capitalSectionOf(stt: string, name: string): 'DTPT' | 'SN' | null {
  if (DETAIL_STT.test(fold(stt))) return null;
  const f = fold(name).replace(SECTION_NUMBER, '').replace(/[:.]$/, '');
  if (!f || PART.test(f) || PROJECT.test(f) || SUB.test(f) || CONTENT.test(f)) return null;
  if (SECTION_DTPT.test(f)) return 'DTPT';
  if (SECTION_SN.test(f)) return 'SN';
  return null;
}

const SOURCE_SECTIONS: Array<[RegExp, OtherSource]> = [
  [/^(nguon\s+)?von\s+long ghep\b/, 'LONG_GHEP'],
  [/^(nguon\s+)?von\s+tin dung\b/, 'TIN_DUNG'],
  [/^(nguon\s+)?von\s+huy dong\b/, 'HUY_DONG'],
  [/^(nguon\s+)?(von\s+)?(dan gop|nhan dan dong gop|dong gop cua (nguoi dan|nhan dan))\b/, 'DAN_GOP'],
];

/**
 * The other source a row heads in such a table ("C. Vốn lồng ghép", the projects listed once more, their
 * money in Tổng cộng); null for any other row.
 */
export function sourceSectionOf(stt: string, name: string): OtherSource | null {
  if (DETAIL_STT.test(fold(stt))) return null;
  const f = fold(name).replace(SECTION_NUMBER, '').replace(/[:.]$/, '');
  if (!f || PART.test(f) || PROJECT.test(f) || SUB.test(f) || CONTENT.test(f)) return null;
  return SOURCE_SECTIONS.find(([re]) => re.test(f))?.[1] ?? null;
}

/** The line whose contents "Nội dung số n" names: the deepest line above that has ND children. */
function contentParent(code: string): string {
  for (let c: string | null = code; c; c = c.includes('.') ? c.slice(0, c.lastIndexOf('.')) : null) {
    if (catalog.byCode.get(c)?.children.some((k) => /\.ND\d+$/.test(k))) return c;
  }
  return code;
}

function contentUnder(parent: string, n: number): string {
  const base = contentParent(parent);
  return `${base}.ND${n}`;
}

/** A label equal to an official name (or starting with it) among the lines near the context. */
function byOfficialName(f: string, ctx: RowContext): string | null {
  const text = f.replace(/^[^:]*:\s*/, '');
  if (text.length < 12) return null;
  const near = new Set<string>();
  for (const c of [ctx.line, ctx.project]) {
    for (let k: string | null = c; k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : null) {
      for (const child of catalog.byCode.get(k)?.children ?? []) near.add(child);
    }
  }
  const codes = [...near];
  const exact = codes.filter((code) => OFFICIAL.get(code) === text);
  if (exact.length === 1) return exact[0];
  const close = codes.filter((code) => {
    const official = OFFICIAL.get(code) ?? '';
    return official.length >= 12 && (text.startsWith(official) || official.startsWith(text));
  });
  return close.length === 1 ? close[0] : null;
}
