import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatSarif, fileUri } from '../../src/validation/report/sarif';
import { validateSnapshot } from '../../src/validation';
import { SnapshotBuilder } from '../../src/validation/testing/snapshotBuilder';
import { FINDING_CODES, type Finding } from '../../src/model/finding';

/**
 * The SARIF report against the SARIF 2.1.0 JSON schema as published (shipped by the
 * @microsoft/jest-sarif devDependency; read from there, not copied into the repo).
 */
const SCHEMA = path.join(
  path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
);

function compileSchema() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  // A draft-04 schema: Ajv 8 speaks draft-07, which reads it the same once the root id is `$id`
  // (the schema uses no keyword whose meaning changed: no exclusiveMinimum/Maximum).
  expect(JSON.stringify(schema)).not.toMatch(/exclusiveM(in|ax)imum/);
  const { id, $schema: _draft, ...rest } = schema as { id: string; $schema: string } & Record<string, unknown>;
  // unicodeRegExp off: the published schema's language pattern is not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id });
}

/** A plan with findings of several codes and all three severities. */
function findings(): Finding[] {
  const b = new SnapshotBuilder({ level: 'tinh' })
    .plan('DA8', 'SN_NSTW', '1.238.075')
    .plan('DA8', 'DTPT_NSTW', 5)
    .plan('DA7', 'SN_NSTW', '12 tỷ')
    .alloc('DA7', 'SN_NSTW', 50)
    .indicator('CT02', 120);
  const rounding: Finding = {
    code: 'ROUNDING_DIFF',
    severity: 'info',
    sheet: 'Giao vốn',
    cell: 'E9',
    message: 'Làm tròn.',
    messageEn: 'Rounding.',
  };
  return [...validateSnapshot(b.build()), rounding];
}

describe('SARIF report', () => {
  const validate = compileSchema();

  it('validates against the SARIF 2.1.0 schema, for a file named in Vietnamese with spaces', () => {
    const f = findings();
    expect(new Set(f.map((x) => x.severity))).toEqual(new Set(['error', 'warning', 'info']));
    const log = JSON.parse(formatSarif(f, { file: 'Kế hoạch vốn 2024 (bản 2).xlsx' })) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = (log as { runs: Array<{ results: Array<Record<string, any>>; tool: any }> }).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...FINDING_CODES]);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'K%E1%BA%BF%20ho%E1%BA%A1ch%20v%E1%BB%91n%202024%20(b%E1%BA%A3n%202).xlsx',
    );
  });

  it('rejects a log that breaks the schema (the check can fail)', () => {
    const log = JSON.parse(formatSarif(findings(), { file: 'a.xlsx' })) as { runs: Array<{ results: unknown[] }> };
    (log.runs[0].results[0] as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('percent-encodes each path segment and keeps the separators', () => {
    expect(fileUri('báo cáo/Kế hoạch.xlsx')).toBe('b%C3%A1o%20c%C3%A1o/K%E1%BA%BF%20ho%E1%BA%A1ch.xlsx');
    expect(fileUri('thu muc\\plan#1.xlsx')).toBe('thu%20muc/plan%231.xlsx');
    expect(fileUri('plan.xlsx')).toBe('plan.xlsx');
  });
});
