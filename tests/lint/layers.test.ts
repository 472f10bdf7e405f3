import { execFileSync } from 'child_process';
import * as path from 'path';

/**
 * The layer order (eslint.config.mjs): domain ← model ← templates / validation / appendix ← host ← pane / cli.
 * Each probe is linted as if it were a file in that folder, through the project's real config.
 */
const root = path.resolve(__dirname, '../..');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

const PROBES = {
  hostIntoValidation: {
    folder: 'validation',
    code: "import { loadWorkbookFile } from '../host/xlsx/fileIo';\nexport const f = loadWorkbookFile;\n",
  },
  impureCore: {
    folder: 'validation',
    code: "import ExcelJS from 'exceljs';\nimport { readFileSync } from 'fs';\nexport const x = [ExcelJS, readFileSync, Excel];\n",
  },
  validationIntoTemplates: { folder: 'templates', code: "export { validateSnapshot } from '../validation';\n" },
  appendixIntoTemplates: { folder: 'templates', code: "export { buildAppendixPlans } from '../appendix';\n" },
  paneIntoHost: { folder: 'host/xlsx', code: "export { useServices } from '../../taskpane/services';\n" },
  templatesIntoModel: { folder: 'model', code: "export { buildTemplatePlans } from '../templates';\n" },
  modelIntoValidation: { folder: 'validation', code: "export type { Finding } from '../model/finding';\n" },
  validationIntoAppendix: { folder: 'appendix', code: "export { validateSnapshot } from '../validation';\n" },
  templatesIntoHost: { folder: 'host/xlsx', code: "export { buildTemplatePlans } from '../../templates';\n" },
  hostIntoCli: { folder: 'cli', code: "export { loadWorkbookFile } from '../host/xlsx/fileIo';\n" },
  hostIntoConsolidation: {
    folder: 'consolidation',
    code: "export { loadWorkbookFile } from '../host/xlsx/fileIo';\n",
  },
  validationIntoConsolidation: { folder: 'consolidation', code: "export { validateSnapshot } from '../validation';\n" },
  consolidationIntoValidation: { folder: 'validation', code: "export { consolidate } from '../consolidation';\n" },
  nodeIntoOutputs: {
    folder: 'host/xlsx/outputs',
    code: "import * as zlib from 'zlib';\nimport { readFile } from 'node:fs/promises';\nexport const x = [zlib, readFile, Buffer.from('a')];\n",
  },
  paneIntoOutputs: { folder: 'host/xlsx/outputs', code: "export { useServices } from '../../../taskpane/services';\n" },
  consolidationIntoOutputs: {
    folder: 'host/xlsx/outputs',
    code: "export { consolidate } from '../../../consolidation';\n",
  },
};
type ProbeName = keyof typeof PROBES;

let results: Record<ProbeName, LintMessage[]>;

beforeAll(() => {
  const names = Object.keys(PROBES) as ProbeName[];
  const out = execFileSync(process.execPath, [path.join(__dirname, 'lintProbes.mjs')], {
    cwd: root,
    input: JSON.stringify(names.map((n) => PROBES[n])),
    encoding: 'utf8',
  });
  const messages = JSON.parse(out) as LintMessage[][];
  results = Object.fromEntries(names.map((n, i) => [n, messages[i]])) as Record<ProbeName, LintMessage[]>;
});

const restricted = (name: ProbeName) =>
  results[name].filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');

describe('layer rules', () => {
  it('rejects an import from src/host into src/validation', () => {
    expect(
      restricted('hostIntoValidation')
        .map((m) => m.message)
        .join('\n'),
    ).toMatch(/'\.\.\/host\/xlsx\/fileIo' import is restricted/);
  });

  it('rejects exceljs, fs and the Excel global in the pure core', () => {
    expect(restricted('impureCore').map((m) => m.ruleId)).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-globals',
    ]);
  });

  it('rejects validation or appendix in templates, templates in model, the pane in hosts', () => {
    for (const name of [
      'validationIntoTemplates',
      'appendixIntoTemplates',
      'paneIntoHost',
      'templatesIntoModel',
      'hostIntoConsolidation',
      'consolidationIntoValidation',
    ] as const) {
      expect([name, restricted(name).length]).toEqual([name, 1]);
    }
  });

  it('keeps the page outputs browser-safe: no Node module, no Buffer, nothing above src/host', () => {
    expect(restricted('nodeIntoOutputs').map((m) => m.ruleId)).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-globals',
    ]);
    expect(restricted('paneIntoOutputs')).toHaveLength(1);
    expect(restricted('consolidationIntoOutputs')).toEqual([]);
  });

  it('accepts imports that follow the order', () => {
    for (const name of [
      'modelIntoValidation',
      'validationIntoAppendix',
      'templatesIntoHost',
      'hostIntoCli',
      'validationIntoConsolidation',
    ] as const) {
      expect([name, restricted(name)]).toEqual([name, []]);
    }
  });
});
