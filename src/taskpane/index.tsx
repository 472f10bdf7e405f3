import { createRoot } from 'react-dom/client';
import { App } from './App';
import {
  detectHostEnvironment,
  looksHostedInOffice,
  officeGlobal,
  OFFICE_READY_HOSTED_TIMEOUT_MS,
  OFFICE_READY_TIMEOUT_MS,
} from './hostDetection';
import { copyToClipboard, type PaneServices } from './services';
import { ExcelWorkbookHost } from '../host/excel/ExcelWorkbookHost';
import { checkRequirements } from '../host/excel/requirements';
import { createPreview } from './preview/createPreview';
import { buildTemplatePlans } from '../templates';
import { validateSnapshot } from '../validation';
import { buildAppendixPlans } from '../appendix';
import { consolidationServices } from './consolidationServices';
import { validateAnyWorkbook } from '../layout/validateAny';

const core = {
  buildTemplatePlans,
  validateSnapshot,
  validateInPlace: validateAnyWorkbook,
  buildAppendixPlans,
  copyText: copyToClipboard,
  ...consolidationServices,
};

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<App />);

  try {
    const env = await detectHostEnvironment({
      office: officeGlobal(),
      checkRequirements: () => checkRequirements(),
      timeoutMs: looksHostedInOffice() ? OFFICE_READY_HOSTED_TIMEOUT_MS : OFFICE_READY_TIMEOUT_MS,
    });
    if (env.kind === 'excel-unsupported') {
      root.render(<App missingRequirements={env.missing} />);
      return;
    }
    let services: PaneServices;
    if (env.kind === 'excel') {
      services = { ...core, host: new ExcelWorkbookHost() };
    } else {
      const preview = createPreview();
      services = { ...core, host: preview.host, preview: preview.controls };
      // Tests drive and inspect the preview through this handle; never set inside Excel.
      (window as unknown as { __mtqgPreview?: unknown }).__mtqgPreview = preview.testHandle;
    }
    root.render(<App services={services} />);
  } catch (error) {
    // Never leave the pane on "Starting…": say what went wrong in plain words.
    root.render(<App startupError={error ?? new Error('')} />);
  }
}

void start();
