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
import { createCore } from './worker/coreClient';
import { consolidationServices } from './consolidationServices';

const yieldToPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Checks and appendix building run in a Web Worker (in Excel too): only Office.js calls stay here.
const worker = createCore(yieldToPaint);
const core = {
  buildTemplatePlans,
  ...consolidationServices,
  // After the services: reading the units' files is the worker's too (a big commune plan never freezes the pane).
  ...worker.core,
  copyText: copyToClipboard,
  yieldToPaint,
};

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<App />);

  try {
    const hosted = looksHostedInOffice();
    const env = await detectHostEnvironment({
      office: officeGlobal(),
      checkRequirements: () => checkRequirements(),
      timeoutMs: hosted ? OFFICE_READY_HOSTED_TIMEOUT_MS : OFFICE_READY_TIMEOUT_MS,
      // Inside Excel a slow start says so and keeps trying; it never turns into the preview.
      hosted,
      onSlow: () => root.render(<App connecting />),
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
