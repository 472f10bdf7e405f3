import { useCallback, useRef, type RefObject } from 'react';

/**
 * Focus goes back to the control that opened a dialog when it closes (a controlled Fluent
 * dialog without a DialogTrigger leaves it on <body>). `ref` marks the fallback control,
 * used when the opener is gone or lost focus by then.
 */
export function useReturnFocus(ref: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, []);
  const restore = useCallback(() => {
    const target = opener.current?.isConnected ? opener.current : ref.current;
    opener.current = null;
    // After the dialog's own focus handling has run; a control disabled by the work the
    // dialog started gets focus back once it is enabled again.
    let tries = 0;
    const attempt = () => {
      const el = target ?? ref.current;
      if (!el || !el.isConnected) return;
      if ((el as HTMLElement & { disabled?: boolean }).disabled && tries++ < 600) {
        setTimeout(attempt, 100);
        return;
      }
      el.focus();
    };
    setTimeout(attempt, 0);
  }, [ref]);
  return { remember, restore };
}
