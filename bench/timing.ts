/** Timing helpers shared by the bench modules (`npm run bench`). */

/** The median of `values` (the upper one of an even count), so one slow run on a shared machine does not move a figure. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time of `fn` in ms (awaited when it returns a promise). */
export async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Wall and CPU milliseconds of `fn` (CPU time is the figure to trust on a shared machine). */
export function measure(fn: () => unknown): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
