/**
 * A modal dialog on the native `<dialog>` element: the page behind becomes inert, focus moves into
 * the dialog (to the element marked `data-autofocus`, else the first control), Escape cancels, and focus
 * returns to where it was when the dialog closes.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  /** Called on Escape; the dialog stays open until its owner removes it. */
  onCancel(): void;
  children?: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  actions: ReactNode;
  /** `alertdialog` for questions that interrupt (unsaved changes, recovery). */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
  /** False for a decision the user must make: the dialog reopens if the browser force-closes it. */
  dismissible?: boolean;
}

/** A modal dialog with a title, content and actions. */
export function Modal({ title, onCancel, children, actions, role = 'dialog', wide, dismissible = true }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  // where focus was before this dialog mounted (read during render, before the dialog takes it)
  const [previous] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first control; the dialog's content marks a better start with data-autofocus
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    let unmounting = false;
    // Chromium may close a modal on repeated Escape even when `cancel` is prevented
    const onClose = () => {
      // `close` is fired asynchronously: one from an earlier close() can arrive after a reopen
      if (unmounting || dialog.open) return;
      if (dismissible) onCancelRef.current();
      else dialog.showModal();
    };
    dialog.addEventListener('close', onClose);
    return () => {
      unmounting = true;
      dialog.removeEventListener('close', onClose);
      dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, [dismissible, previous]);

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      aria-modal="true"
      className={wide ? 'modal modal-wide' : 'modal'}
      onCancel={(e) => {
        e.preventDefault();
        if (dismissible) onCancel();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children && (
        <div id={bodyId} className="modal-body">
          {children}
        </div>
      )}
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}
