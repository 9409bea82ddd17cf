/** Renders every open dialog of the dialog store (stacked: a confirm can sit on top of Open). */
import { useDialogs, type OpenDialog } from '../dialogs';
import { AboutDialog, ConfirmDialog, ShortcutsDialog, UnsavedDialog } from './SimpleDialogs';
import { SaveAsDialog } from './SaveAsDialog';
import { OpenProjectDialog } from './OpenProjectDialog';
import { SettingsDialog } from './SettingsDialog';

function DialogFor({ dialog }: { dialog: OpenDialog }) {
  const { spec, resolve } = dialog;
  switch (spec.kind) {
    case 'unsaved':
      return <UnsavedDialog name={spec.name} onAnswer={resolve} />;
    case 'saveAs':
      return <SaveAsDialog suggested={spec.suggested} onAnswer={resolve} />;
    case 'open':
      return <OpenProjectDialog projects={spec.projects} files={spec.files} onAnswer={resolve} />;
    case 'confirm':
      return <ConfirmDialog {...spec} onAnswer={resolve} />;
    case 'settings':
      return <SettingsDialog onClose={() => resolve(undefined)} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={() => resolve(undefined)} />;
    case 'about':
      return <AboutDialog onClose={() => resolve(undefined)} />;
    case 'custom':
      return <>{spec.render(resolve)}</>;
  }
}

/** Host of the modal dialogs. */
export function DialogHost() {
  const stack = useDialogs((s) => s.stack);
  return (
    <>
      {stack.map((d) => (
        <DialogFor key={d.id} dialog={d} />
      ))}
    </>
  );
}
