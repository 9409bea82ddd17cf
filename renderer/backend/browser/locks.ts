/**
 * One tab per project: two tabs editing the same project would interleave their journals and
 * overwrite each other's saves. A project is locked with the Web Locks API while a tab has it open;
 * the lock is released on close, and by the browser when the tab goes away (reload, crash).
 */

/** Acquires project locks; `acquire` resolves null when another tab holds the project. */
export interface ProjectLocks {
  acquire(projectId: string): Promise<(() => void) | null>;
}

/** Project locks over `navigator.locks`, or undefined where the browser has none. */
export function webLocks(): ProjectLocks | undefined {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return undefined;
  return {
    acquire: (projectId) =>
      new Promise((resolve, reject) => {
        locks
          .request(`lakar:project:${projectId}`, { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(null);
              return undefined;
            }
            // the lock is held until the returned promise settles
            return new Promise<void>((release) => resolve(() => release()));
          })
          .catch(reject);
      }),
  };
}

/** In-memory locks shared by the "tabs" of a test. */
export function memoryLocks(): ProjectLocks {
  const held = new Set<string>();
  return {
    acquire: async (projectId) => {
      if (held.has(projectId)) return null;
      held.add(projectId);
      return () => void held.delete(projectId);
    },
  };
}
