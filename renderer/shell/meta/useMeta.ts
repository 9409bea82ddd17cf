/**
 * The project meta and the ways the Maklumat Projek form changes it: every change is a
 * `project.updateMeta` command (with a merge key per field so a typing burst is one undo step).
 */
import { useTranslation } from 'react-i18next';
import type { ProjectMeta } from '../../../shared/model';
import { useEditor } from '../../state/editor';
import { fieldErrors } from '../../inspector/validation';

export interface MetaEditing {
  meta: ProjectMeta;
  /** Apply a patch; an undefined value removes the field. */
  update(patch: Partial<ProjectMeta>, mergeKey?: string): void;
  /** Apply a patch through the command's validation; returns the first error message, or null. */
  tryUpdate(patch: Partial<ProjectMeta>, mergeKey?: string): string | null;
  /** End a typing burst. */
  seal(): void;
}

/** The open project's meta with its editing functions (null without a project). */
export function useMeta(): MetaEditing | null {
  const { t } = useTranslation('canvas');
  const meta = useEditor((s) => s.history?.doc.meta);
  const dispatch = useEditor((s) => s.dispatch);
  const seal = useEditor((s) => s.sealHistory);
  if (!meta) return null;
  return {
    meta,
    update: (patch, mergeKey) => dispatch('project.updateMeta', { patch }, mergeKey ? { mergeKey } : undefined),
    tryUpdate: (patch, mergeKey) => {
      const err = useEditor.getState().tryDispatch('project.updateMeta', { patch }, mergeKey ? { mergeKey } : undefined);
      if (!err) return null;
      const messages = fieldErrors(err, t);
      return Object.values(messages)[0] ?? err.key;
    },
    seal,
  };
}
