import { summarize, type Finding, type FindingSummary } from '../../model/finding';

export interface JsonReport {
  file?: string;
  summary: FindingSummary;
  findings: Finding[];
}

export function toJsonReport(findings: Finding[], opts: { file?: string } = {}): JsonReport {
  return { ...(opts.file ? { file: opts.file } : {}), summary: summarize(findings), findings };
}

export function formatJson(findings: Finding[], opts: { file?: string } = {}): string {
  return JSON.stringify(toJsonReport(findings, opts), null, 2) + '\n';
}
