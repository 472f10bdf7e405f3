// Ribbon function file. The ribbon button itself opens the task pane (ShowTaskpane in the
// manifest); `action` is the ExecuteFunction handler a future button can use. Every handler
// must call event.completed(), otherwise Excel shows the command as still running.

/** Handler registered as "action": currently a no-op that signals completion. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

/** Registers the command handlers once Office.js is ready (no-op outside Office). */
export function registerCommands(office: typeof Office | undefined): void {
  if (!office || typeof office.onReady !== 'function') return;
  void office.onReady(() => {
    office.actions?.associate('action', action);
  });
}

registerCommands(typeof Office === 'undefined' ? undefined : Office);
