import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseGuardDeps } from './close-guard';

/** A guard with manual timers and a scripted fallback answer. */
function setup(fallbackAnswer: boolean | Error = true, pageCanAnswer = true) {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const deps: CloseGuardDeps = {
    ask: vi.fn(),
    pageCanAnswer: () => pageCanAnswer,
    confirmWithoutAnswer: vi.fn(() => (fallbackAnswer instanceof Error ? Promise.reject(fallbackAnswer) : Promise.resolve(fallbackAnswer))),
    close: vi.fn(),
    onRefused: vi.fn(),
    timeoutMs: 5000,
    setTimer: (run) => {
      const id = nextTimer++;
      timers.set(id, run);
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  };
  const guard = createCloseGuard(deps);
  const fireTimers = () => [...timers.values()].forEach((run) => run());
  return { guard, deps, timers, fireTimers };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createCloseGuard', () => {
  it('prevents the first close and asks the page', () => {
    const { guard, deps } = setup();
    expect(guard.onClose()).toBe(false);
    expect(deps.ask).toHaveBeenCalledWith(1);
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('closes when the page allows it, and lets that close through', () => {
    const { guard, deps } = setup();
    guard.onClose();
    guard.onReply({ requestId: 1, status: 'received' });
    guard.onReply({ requestId: 1, status: 'allow' });
    expect(deps.close).toHaveBeenCalledTimes(1);
    expect(guard.onClose()).toBe(true);
  });

  it('stays open when the user cancels in the page, and asks again next time', () => {
    const { guard, deps } = setup();
    guard.onClose();
    guard.onReply({ requestId: 1, status: 'received' });
    guard.onReply({ requestId: 1, status: 'deny' });
    expect(deps.close).not.toHaveBeenCalled();
    expect(deps.onRefused).toHaveBeenCalledTimes(1);
    expect(guard.onClose()).toBe(false);
    expect(deps.ask).toHaveBeenLastCalledWith(2);
  });

  it('waits for the user as long as it takes once the page has acknowledged', async () => {
    const { guard, deps, fireTimers, timers } = setup();
    guard.onClose();
    guard.onReply({ requestId: 1, status: 'received' });
    expect(timers.size).toBe(0);
    fireTimers();
    await flush();
    expect(deps.confirmWithoutAnswer).not.toHaveBeenCalled();
  });

  it('asks natively when the page does not acknowledge in time, closing on yes', async () => {
    const { guard, deps, fireTimers } = setup(true);
    guard.onClose();
    fireTimers();
    await flush();
    expect(deps.confirmWithoutAnswer).toHaveBeenCalledTimes(1);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('stays open when the native fallback is declined or fails', async () => {
    for (const answer of [false, new Error('dialog failed')]) {
      const { guard, deps, fireTimers } = setup(answer);
      guard.onClose();
      fireTimers();
      await flush();
      expect(deps.close).not.toHaveBeenCalled();
      expect(deps.onRefused).toHaveBeenCalledTimes(1);
    }
  });

  it('asks natively when the page reports that its prompt failed', async () => {
    const { guard, deps } = setup(true);
    guard.onClose();
    guard.onReply({ requestId: 1, status: 'received' });
    guard.onReply({ requestId: 1, status: 'failed' });
    await flush();
    expect(deps.confirmWithoutAnswer).toHaveBeenCalledTimes(1);
    expect(deps.close).toHaveBeenCalledTimes(1);
  });

  it('closes at once, without asking, when the page cannot answer (still loading or crashed)', () => {
    const { guard, deps } = setup(true, false);
    expect(guard.onClose()).toBe(true);
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.confirmWithoutAnswer).not.toHaveBeenCalled();
  });

  it('ignores repeated close clicks while asking', () => {
    const { guard, deps } = setup();
    guard.onClose();
    expect(guard.onClose()).toBe(false);
    expect(deps.ask).toHaveBeenCalledTimes(1);
  });

  it('ignores stale, unknown and malformed replies', async () => {
    const { guard, deps } = setup();
    guard.onReply({ requestId: 1, status: 'allow' }); // nothing asked yet
    guard.onClose();
    guard.onReply({ requestId: 99, status: 'allow' });
    guard.onReply({ requestId: 1, status: 'yes' });
    guard.onReply({ requestId: 1, allow: true });
    guard.onReply('allow');
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('ignores a late answer after the native fallback took over', async () => {
    const { guard, deps, fireTimers } = setup(false);
    guard.onClose();
    fireTimers();
    guard.onReply({ requestId: 1, status: 'allow' });
    await flush();
    expect(deps.close).not.toHaveBeenCalled();
  });
});
