/**
 * Where is the pane running? Inside Excel it drives the workbook through Office.js; in a
 * plain browser (or when Office.js never answers) it falls back to the in-memory preview.
 */
export type HostEnvironment =
  { kind: 'excel' } | { kind: 'excel-unsupported'; missing: string[] } | { kind: 'preview' };

/** The bits of the Office global we look at (injectable for tests). */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): unknown;
  HostType: { Excel: unknown };
}

export interface DetectOptions {
  office: OfficeLike | undefined;
  checkRequirements: () => { ok: boolean; missing: string[] };
  /** How long to wait for Office.onReady before assuming a plain browser. */
  timeoutMs?: number;
  /**
   * Running inside an Office webview: a slow Office.onReady never means "plain browser".
   * After each `timeoutMs` without an answer `onSlow` is called (the pane says "Đang kết nối
   * với Excel…") and onReady is asked again; the preview is never chosen.
   */
  hosted?: boolean;
  onSlow?: (attempt: number) => void;
}

export const OFFICE_READY_TIMEOUT_MS = 1000;
/** Inside an Office webview Office.js may take a while to answer: wait longer there. */
export const OFFICE_READY_HOSTED_TIMEOUT_MS = 15000;

/** Excel on the web runs the pane in an iframe; desktop Excel in WebView2 or WKWebView. */
export function looksHostedInOffice(win: unknown = typeof window === 'undefined' ? undefined : window): boolean {
  if (!win) return false;
  const w = win as {
    top?: unknown;
    self?: unknown;
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  try {
    return w.top !== w.self || Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers);
  } catch {
    return true; // a cross-origin parent throws on access: we are framed
  }
}

export function detectHostEnvironment({
  office,
  checkRequirements,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  hosted = false,
  onSlow,
}: DetectOptions): Promise<HostEnvironment> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ kind: 'preview' });
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const settle = (env: HostEnvironment) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(env);
    };
    const ask = () => {
      try {
        office.onReady((info) => {
          if (info?.host !== office.HostType.Excel) return settle({ kind: 'preview' });
          const req = checkRequirements();
          settle(req.ok ? { kind: 'excel' } : { kind: 'excel-unsupported', missing: req.missing });
        });
      } catch {
        if (!hosted) settle({ kind: 'preview' });
      }
    };
    const wait = () => {
      timer = setTimeout(() => {
        if (settled) return;
        if (!hosted) return settle({ kind: 'preview' });
        onSlow?.(++attempt);
        ask();
        wait();
      }, timeoutMs);
    };
    wait();
    ask();
  });
}

/** The Office global when office.js loaded, else undefined (never throws a ReferenceError). */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}
