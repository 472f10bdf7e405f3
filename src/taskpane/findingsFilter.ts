import { SEVERITY_RANK, type Finding, type FindingCode, type Severity } from '../model/finding';
import type { Lang } from './i18n';

/** What the user narrowed the findings list to; null / '' means "all". */
export interface FindingFilter {
  severity: Severity | null;
  sheet: string | null;
  code: FindingCode | null;
  search: string;
}

export const NO_FILTER: FindingFilter = { severity: null, sheet: null, code: null, search: '' };

/** Lower-case, without Vietnamese diacritics, so "tong von" finds "Tổng vốn". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

function searchableText(f: Finding): string {
  return foldForSearch(
    [f.message, f.messageEn, f.code, f.sheet, f.cell, `${f.sheet}!${f.cell}`, f.lineCode ?? '', f.sourceKey ?? ''].join(
      ' ',
    ),
  );
}

/** Findings that pass every filter; every search word must appear (either language). */
export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  const words = foldForSearch(filter.search).split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (filter.severity && f.severity !== filter.severity) return false;
    if (filter.sheet && f.sheet !== filter.sheet) return false;
    if (filter.code && f.code !== filter.code) return false;
    if (words.length === 0) return true;
    const text = searchableText(f);
    return words.every((w) => text.includes(w));
  });
}

export interface FindingGroup {
  severity: Severity;
  sheets: { sheet: string; findings: Finding[] }[];
  count: number;
}

/** Group by severity (errors first), then by sheet in first-seen order; items keep their order. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<Severity, Map<string, Finding[]>>();
  for (const f of findings) {
    let bySheet = groups.get(f.severity);
    if (!bySheet) groups.set(f.severity, (bySheet = new Map<string, Finding[]>()));
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
    .map(([severity, bySheet]) => {
      const sheets = [...bySheet.entries()].map(([sheet, list]) => ({ sheet, findings: list }));
      return { severity, sheets, count: sheets.reduce((n, s) => n + s.findings.length, 0) };
    });
}

/**
 * Distinct values present, for the filter dropdowns (only what exists is offered), plus the
 * value still chosen from an earlier check, so the dropdown never hides an active filter.
 */
export function filterOptions(
  findings: Finding[],
  current: FindingFilter = NO_FILTER,
): { sheets: string[]; codes: FindingCode[] } {
  const sheets = new Set(findings.map((f) => f.sheet));
  const codes = new Set(findings.map((f) => f.code));
  if (current.sheet) sheets.add(current.sheet);
  if (current.code) codes.add(current.code);
  return { sheets: [...sheets], codes: [...codes].sort() };
}

/** The finding's message in the chosen language. */
export function findingMessage(f: Finding, lang: Lang): string {
  return lang === 'en' ? f.messageEn : f.message;
}

/** 'Kế hoạch vốn'!D12 style reference the user can read and type. */
export function cellRef(f: Pick<Finding, 'sheet' | 'cell'>): string {
  return `${f.sheet}!${f.cell}`;
}
