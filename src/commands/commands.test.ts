import { action, registerCommands } from './commands';

function fakeOffice() {
  const associated: Record<string, (event: Office.AddinCommands.Event) => void> = {};
  let readyCallback: (() => void) | undefined;
  const office = {
    onReady: (cb: () => void) => {
      readyCallback = cb;
      return Promise.resolve({ host: null, platform: null });
    },
    actions: { associate: (name: string, fn: (event: Office.AddinCommands.Event) => void) => (associated[name] = fn) },
  } as unknown as typeof Office;
  return { office, associated, fireReady: () => readyCallback?.() };
}

function fakeEvent() {
  const event = { completed: jest.fn() };
  return event as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe('ribbon commands', () => {
  it('action completes its event (else Excel shows the command as running)', () => {
    const event = fakeEvent();
    action(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('registers "action" only once Office is ready', () => {
    const { office, associated, fireReady } = fakeOffice();
    registerCommands(office);
    expect(associated.action).toBeUndefined();
    fireReady();
    expect(associated.action).toBe(action);
  });

  it('does nothing outside Office', () => {
    expect(() => registerCommands(undefined)).not.toThrow();
  });
});
