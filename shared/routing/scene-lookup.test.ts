/**
 * The nodes-by-id a scene keeps over the scene before it (scene-lookup.ts) through a long editing
 * session: every box found as a scene built whole finds it, nothing taken out is found, and what it
 * holds over its base map stays bounded however many edits were made (memory and lookups must not
 * grow with the length of the session).
 */
import { describe, expect, it } from 'vitest';
import type { SceneNode } from './scene';
import { NodesOver, type NodesById } from './scene-lookup';

const node = (id: string, v: number) => ({ id, x: v }) as unknown as SceneNode;
const heldOver = (byId: NodesById) => (byId as unknown as { over?: ReadonlyMap<string, unknown> }).over?.size ?? 0;

describe('NodesOver through a long session', () => {
  it('finds what a map of the same edits finds, and holds a bounded number of changes over its base', () => {
    const truth = new Map<string, SceneNode>();
    for (let i = 0; i < 2000; i++) truth.set(`b${i}`, node(`b${i}`, 0));
    let byId: NodesById = new Map(truth);
    let s = 7;
    const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
    let most = 0;
    // an earlier scene's nodes read as they were however many edits came after
    let earlier: { byId: NodesById; truth: Map<string, SceneNode> } | undefined;
    for (let step = 0; step < 6_000; step++) {
      if (step === 1_500) earlier = { byId, truth: new Map(truth) };
      // an edit: a few boxes drawn again, one new box (a paste), one taken out
      const changes = new Map<string, SceneNode | undefined>();
      for (let k = 0; k < 3; k++) {
        const id = `b${Math.floor(rand() * 2000)}`;
        changes.set(id, node(id, step));
      }
      changes.set(`new${step}`, node(`new${step}`, step));
      changes.set(`new${Math.floor(rand() * step)}`, undefined);
      for (const [id, n] of changes) {
        if (n) truth.set(id, n);
        else truth.delete(id);
      }
      byId = NodesOver.with(byId, changes);
      most = Math.max(most, heldOver(byId));
      if (step % 997 === 0) {
        for (const [id, n] of truth) expect(byId.get(id), `step ${step}: ${id}`).toBe(n);
        for (let k = 0; k < step; k += 7) if (!truth.has(`new${k}`)) expect(byId.has(`new${k}`)).toBe(false);
      }
    }
    expect(most).toBeLessThanOrEqual(4096 + 5);
    for (const [id, n] of earlier!.truth) expect(earlier!.byId.get(id)).toBe(n);
    for (let k = 1_500; k < 6_000; k += 11) expect(earlier!.byId.has(`new${k}`)).toBe(false);
  });
});
