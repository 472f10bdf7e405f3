import { FINDING_CODES, type Finding, type Severity } from '../../model/finding';
import { CODE_CATALOG } from '../codes';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file name or relative path as a SARIF `uri` (an RFC 3986 URI reference): each segment
 * percent-encoded, so "Kế hoạch 2024.xlsx" is "K%E1%BA%BF%20ho%E1%BA%A1ch%202024.xlsx".
 */
export function fileUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** SARIF 2.1.0 log: rules from the error catalog, one result per finding. */
export function toSarif(findings: Finding[], opts: { file?: string; version?: string } = {}): Record<string, unknown> {
  const uri = fileUri(opts.file ?? 'workbook.xlsx');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtqg',
            version: opts.version ?? '0.1.0',
            rules: FINDING_CODES.map((code) => {
              const info = CODE_CATALOG[code];
              return {
                id: code,
                name: code,
                shortDescription: { text: `${info.title} / ${info.titleEn}` },
                fullDescription: { text: `${info.explanation} ${info.explanationEn}` },
                defaultConfiguration: { level: LEVEL[info.severity] },
              };
            }),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: FINDING_CODES.indexOf(f.code),
          level: LEVEL[f.severity],
          message: { text: `${f.message}\n${f.messageEn}` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri } },
              logicalLocations: [{ name: f.cell, fullyQualifiedName: `${f.sheet}!${f.cell}`, kind: 'element' }],
            },
          ],
          properties: {
            sheet: f.sheet,
            cell: f.cell,
            ...(f.lineCode ? { lineCode: f.lineCode } : {}),
            ...(f.sourceKey ? { sourceKey: f.sourceKey } : {}),
            ...(f.expected !== undefined ? { expected: f.expected } : {}),
            ...(f.actual !== undefined ? { actual: f.actual } : {}),
          },
        })),
      },
    ],
  };
}

export function formatSarif(findings: Finding[], opts: { file?: string; version?: string } = {}): string {
  return JSON.stringify(toSarif(findings, opts), null, 2) + '\n';
}
