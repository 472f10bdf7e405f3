/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import '../testing/jsdomSetup';
import { App } from '../App';
import type { Finding } from '../../model/finding';
import { makeFakeHost, makeFinding, makeServices } from '../testing/fakes';

const typedOver: Finding = makeFinding({
  code: 'HARDCODED_TOTAL',
  severity: 'error',
  sheet: 'Kế hoạch vốn',
  cell: 'F12',
  fix: { kind: 'restoreFormula', formula: 'SUM(F13,F14)' },
});
const plain: Finding = makeFinding({ code: 'SUM_MISMATCH', severity: 'error', sheet: 'Kế hoạch vốn', cell: 'F20' });

async function checked(findings: Finding[], withRestore = true) {
  localStorage.clear();
  const { host } = makeFakeHost(['Kế hoạch vốn']);
  const restoreFormula = jest.fn(async () => undefined);
  const services = makeServices(withRestore ? { ...host, restoreFormula } : host, findings, {
    assessWorkbook: jest.fn(() => ({ hasTemplate: true, hasFigures: true })),
  });
  render(<App services={services} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' })));
  return { restoreFormula, services };
}

describe('"Khôi phục công thức" on a total typed over', () => {
  it('writes the finding’s formula back through the host, then checks again', async () => {
    const { restoreFormula, services } = await checked([typedOver, plain]);
    const buttons = screen.getAllByRole('button', { name: 'Khôi phục công thức' });
    expect(buttons).toHaveLength(1);
    await act(async () => fireEvent.click(buttons[0]));
    expect(restoreFormula).toHaveBeenCalledWith('Kế hoạch vốn', 'F12', 'SUM(F13,F14)');
    expect(services.validateSnapshot).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/Đã khôi phục công thức ở Kế hoạch vốn!F12/)).toBeTruthy();
  });

  it('near miss: a finding without a fix gets no button', async () => {
    await checked([plain]);
    expect(screen.queryByRole('button', { name: 'Khôi phục công thức' })).toBeNull();
  });

  it('near miss: a host without restoreFormula offers nothing', async () => {
    await checked([typedOver], false);
    expect(screen.queryByRole('button', { name: 'Khôi phục công thức' })).toBeNull();
  });
});
