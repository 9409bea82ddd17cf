/**
 * Archi's CSV has no diagrams. So that lakar → CSV → lakar keeps the views, they travel as one JSON
 * model property `lakar:views` (element nodes only); Archi shows it as an ordinary model property.
 * The JSON is checked with a schema on the way in: a hand-edited value costs the views, nothing else.
 */
import { z } from 'zod';
import type { AmNode, AmView } from '../oef/model';

export const P_VIEWS = 'lakar:views';

const text = z.object({ text: z.string(), lang: z.string().optional() });
const nodeSchema: z.ZodType<AmNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    type: z.string(),
    elementRef: z.string().optional(),
    label: z.string().optional(),
    x: z.number(),
    y: z.number(),
    w: z.number(),
    h: z.number(),
    fill: z.string().optional(),
    children: z.array(nodeSchema),
  }),
);
const viewSchema = z.object({
  id: z.string(),
  names: z.array(text),
  docs: z.array(text),
  properties: z.array(z.object({ key: z.string(), value: z.string(), type: z.enum(['string', 'boolean', 'number', 'currency', 'date', 'time']).optional() })),
  viewpoint: z.string().optional(),
  nodes: z.array(nodeSchema),
  connections: z.array(z.object({ id: z.string(), relationshipRef: z.string().optional(), source: z.string(), target: z.string() })),
});

/** The views as the `lakar:views` property value (band decorations and connections left out). */
export function encodeViews(views: readonly AmView[]): string {
  return JSON.stringify(views.map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.elementRef), connections: [] })));
}

/** Views from a `lakar:views` value, or undefined when it is not what Lakar wrote. */
export function decodeViews(value: string): AmView[] | undefined {
  try {
    const parsed = z.array(viewSchema).safeParse(JSON.parse(value));
    return parsed.success ? (parsed.data as AmView[]) : undefined;
  } catch {
    return undefined;
  }
}
