/**
 * Asked when the user connects two elements that may exchange data: the relation kind (data flow
 * or a structural relation) and, for a data flow, its method (MyGDX, SFTP, API…) and direction
 * (membekal / menerima / dua hala), as 001 §3.3.4 f describes integrations. It opens in the shell's
 * dialog stack like every other dialog: the page behind is inert, focus is trapped and comes back,
 * Escape cancels, and the app's shortcuts wait until it closes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_DIRECTIONS, FLOW_METHODS, type FlowDirection, type FlowMethod, type RelationKind } from '../../shared/model';
import { Modal } from '../shell/dialogs/Modal';
import { openCustomDialog } from '../shell/dialogs';
import { useEditor } from '../state/editor';
import { addRelation, allowedRelationKinds, orientConnection } from './relations';

/** A connection drawn by the user that needs a choice (relation kind, flow method and direction). */
export interface PendingConnection {
  source: string;
  target: string;
}

function ConnectForm({ pending, onClose }: { pending: PendingConnection; onClose(): void }) {
  const { t } = useTranslation('canvas');
  const doc = useEditor((s) => s.history?.doc);
  const kinds = doc ? allowedRelationKinds(doc, pending.source, pending.target) : [];
  // the most specific kind first: a data flow between two systems, `usesPlatform` from an application to MyDigital ID
  const [kind, setKind] = useState<RelationKind>(kinds[0] ?? 'association');
  const [method, setMethod] = useState<FlowMethod>('myGdx');
  const [direction, setDirection] = useState<FlowDirection>('supplies');
  const close = onClose;
  if (!doc) return null;
  const source = doc.elements.get(pending.source)?.name ?? '';
  const target = doc.elements.get(pending.target)?.name ?? '';

  const confirm = () => {
    if (kind === 'dataFlow') addRelation({ kind, source: pending.source, target: pending.target, method, direction });
    else if (kind === orientConnection(doc, pending.source, pending.target).kind) addRelation(orientConnection(doc, pending.source, pending.target));
    else addRelation({ kind, source: pending.source, target: pending.target });
    close();
  };

  return (
    <Modal
      title={t('connect.title')}
      onCancel={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common:action.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={confirm}>
            {t('connect.confirm')}
          </button>
        </>
      }
    >
      <p>{t('connect.between', { source, target })}</p>
      <div className="field">
        <label htmlFor="connect-kind">{t('connect.kind')}</label>
        <select id="connect-kind" value={kind} onChange={(e) => setKind(e.target.value as RelationKind)} autoFocus>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`domain:relation.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'dataFlow' && (
        <>
          <fieldset className="field connect-choices">
            <legend>{t('connect.method')}</legend>
            {FLOW_METHODS.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="connect-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                {t(`domain:flowMethod.${m}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="field connect-choices">
            <legend>{t('connect.direction')}</legend>
            {FLOW_DIRECTIONS.map((d) => (
              <label key={d} className="choice">
                <input type="radio" name="connect-direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />
                {t(`connect.directionText.${d}`, { source, target })}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </Modal>
  );
}

/** Ask how to connect `pending` (the relation is added if the user confirms); resolves when the dialog closes. */
export async function askConnection(pending: PendingConnection): Promise<void> {
  await openCustomDialog<void>((answer) => <ConnectForm pending={pending} onClose={() => answer(undefined)} />);
}
