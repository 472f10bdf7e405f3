import { assertSheetNames, sheetNameProblem } from './sheetName';
import { buildTemplatePlans } from '../templates/index';

describe('sheet names', () => {
  it('accepts the template names and refuses what Excel refuses', () => {
    for (const plan of buildTemplatePlans({ year: 2025 })) expect(sheetNameProblem(plan.name)).toBeNull();
    expect(sheetNameProblem('Kết quả 23/11')).toMatch(/forbidden/);
    expect(sheetNameProblem('[Nháp]')).toMatch(/forbidden/);
    expect(sheetNameProblem("'KH'")).toMatch(/apostrophe/);
    expect(sheetNameProblem('x'.repeat(32))).toMatch(/31/);
    expect(sheetNameProblem('  ')).toMatch(/empty/);
    expect(sheetNameProblem('history')).toMatch(/reserved/);
  });

  it('refuses the same name twice in one batch, whatever the case', () => {
    expect(() => assertSheetNames(['Giao vốn', 'GIAO VỐN'])).toThrow(/same name/);
    expect(() => assertSheetNames(['Giao vốn', 'Kế hoạch vốn'])).not.toThrow();
  });
});
