/**
 * The inspector's controls that change the model, grouped so that a read-only model (reviewer
 * mode) shows them with their values but disabled: a reviewer reads the agency's model and never
 * meets a field or button that would change it. Links that only select another element or
 * relation stay outside these groups and keep working.
 */
import type { ReactNode } from 'react';
import { useEditor } from '../state/editor';

/** True while the open model may not be changed (reviewer mode). */
export function useModelReadOnly(): boolean {
  return useEditor((s) => s.readOnly !== null);
}

/** `children` disabled, all at once, while the model is read-only (a disabled fieldset disables every control inside). */
export function ModelEdits({ children }: { children: ReactNode }) {
  const readOnly = useModelReadOnly();
  return (
    <fieldset className="inspector-fieldset" disabled={readOnly}>
      {children}
    </fieldset>
  );
}
