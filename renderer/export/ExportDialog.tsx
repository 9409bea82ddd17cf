/**
 * The export dialog: options for the chosen export (language; view, paper and orientation; IDD
 * format), then a progress bar with Cancel while the worker builds the file, or the error.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shell/dialogs/Modal';
import { iddSuppliers } from '../../shared/export/idd/model';
import { mygdxFlows } from '../../shared/export/idd/services';
import { sortedViews } from '../../shared/model/document';
import type { LakarDocument } from '../../shared/model/schema';
import { useEditor } from '../state/editor';
import { setExportOptions, useExport, type ExportMode } from './exportStore';
import { cancelExport, closeExportDialog, currentJob, runCurrentExport } from './actions';

const PAPERS = ['a4', 'a3'] as const;
const ORIENTATIONS = ['portrait', 'landscape'] as const;
const IDD_FORMATS = ['pdf', 'md', 'json'] as const;
const LANGS = ['ms', 'en'] as const;
/** Space between a hint paragraph and the next field, like `.field` has. */
const GAP = { margin: '0 0 14px' };

function Choice<T extends string>({ legend, name, values, value, label, onChange }: { legend: string; name: string; values: readonly T[]; value: T; label(v: T): string; onChange(v: T): void }) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}

function Options({ mode, doc }: { mode: ExportMode; doc: LakarDocument }) {
  const { t } = useTranslation('export');
  const options = useExport((s) => s.options);
  const ids = { lang: useId(), view: useId(), paper: useId(), orientation: useId(), format: useId(), flow: useId() };
  const flows = mode === 'idd' ? mygdxFlows(doc).length : 0;
  const suppliers = flows > 0 ? iddSuppliers(doc, options.iddFlowId && doc.relations.get(options.iddFlowId) ? [options.iddFlowId] : undefined) : [];
  return (
    <>
      <p className="field-hint" style={GAP}>
        {t(`intro.${mode}`)}
      </p>
      {(mode === 'view' || mode === 'print') && (
        <>
          <div className="field">
            <label htmlFor={ids.view}>{t('field.view')}</label>
            <select id={ids.view} value={options.viewId ?? ''} onChange={(e) => setExportOptions({ viewId: e.target.value })} data-autofocus>
              {sortedViews(doc).map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <Choice legend={t('field.paper')} name={ids.paper} values={PAPERS} value={options.paper} label={(v) => t(`paper.${v}`)} onChange={(paper) => setExportOptions({ paper })} />
          <Choice legend={t('field.orientation')} name={ids.orientation} values={ORIENTATIONS} value={options.orientation} label={(v) => t(`orientation.${v}`)} onChange={(orientation) => setExportOptions({ orientation })} />
          <p className="field-hint" style={GAP}>
            {t('fitToPage')}
          </p>
        </>
      )}
      {mode === 'idd' && (
        <>
          <p className={flows === 0 ? 'field-error' : 'field-hint'} role={flows === 0 ? 'alert' : undefined} style={GAP}>
            {flows === 0 ? t('idd.none') : t('idd.count', { count: flows })}
          </p>
          {suppliers.length > 0 && (
            <p className="field-hint" style={GAP}>
              {t('idd.documents', { count: suppliers.length, suppliers: suppliers.join(', ') })}
            </p>
          )}
          {flows > 0 && (
            <div className="field">
              <label htmlFor={ids.flow}>{t('field.flow')}</label>
              <select id={ids.flow} value={options.iddFlowId ?? ''} onChange={(e) => setExportOptions({ iddFlowId: e.target.value || null })} data-autofocus>
                <option value="">{t('idd.allFlows', { count: flows })}</option>
                {mygdxFlows(doc).map((f) => (
                  <option key={f.id} value={f.id}>
                    {`${f.serviceId ?? f.id} — ${doc.elements.get(f.source)?.name ?? f.source} / ${doc.elements.get(f.target)?.name ?? f.target}`}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Choice legend={t('field.format')} name={ids.format} values={IDD_FORMATS} value={options.iddFormat} label={(v) => t(`format.${v}`)} onChange={(iddFormat) => setExportOptions({ iddFormat })} />
        </>
      )}
      {mode !== 'print' && <Choice legend={t('field.language')} name={ids.lang} values={LANGS} value={options.lang} label={(v) => t(`language.${v}`)} onChange={(lang) => setExportOptions({ lang })} />}
    </>
  );
}

function Progress() {
  const { t } = useTranslation('export');
  const progress = useExport((s) => s.progress);
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <div className="field" aria-live="polite">
      <label>{t(`stage.${progress?.stage ?? 'start'}`, { defaultValue: t('stage.start') })}</label>
      <progress max={100} value={percent} aria-label={t('progressLabel')} style={{ width: '100%' }} />
      <p className="field-hint">{t('percent', { percent })}</p>
    </div>
  );
}

/** The export dialog for the mode set in the export store. */
export function ExportDialog() {
  const { t } = useTranslation('export');
  const mode = useExport((s) => s.mode);
  const phase = useExport((s) => s.phase);
  const error = useExport((s) => s.error);
  useExport((s) => s.options);
  const doc = useEditor((s) => s.history?.doc ?? null);
  if (!mode || !doc) return null;
  const job = currentJob();
  const blocked = !job || (mode === 'idd' && mygdxFlows(doc).length === 0);
  const running = phase === 'running';
  return (
    <Modal
      title={t(`title.${mode}`)}
      onCancel={running ? cancelExport : closeExportDialog}
      actions={
        running ? (
          <button type="button" className="btn" onClick={cancelExport} data-autofocus>
            {t('action.cancelExport')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={closeExportDialog}>
              {t('action.close')}
            </button>
            <button type="button" className="btn btn-primary" disabled={blocked} onClick={() => void runCurrentExport()}>
              {phase === 'error' ? t('action.retry') : t(mode === 'print' ? 'action.print' : 'action.export')}
            </button>
          </>
        )
      }
    >
      {running ? <Progress /> : <Options mode={mode} doc={doc} />}
      {phase === 'error' && (
        <p className="field-error" role="alert">
          {t('error', { message: error ?? '' })}
        </p>
      )}
    </Modal>
  );
}
