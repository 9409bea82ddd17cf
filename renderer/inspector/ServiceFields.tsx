/**
 * The inspector's MyGDX service inputs (003 Lampiran A §2.1.1): a Servis ID with its CRUD option,
 * and the reverse-direction service of a two-way flow, which the target supplies with its own
 * Servis ID and IDD fields.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataFlow, LakarDocument } from '../../shared/model';
import type { SharingApproval } from '../../shared/model/proposal';
import { partyOf } from '../../shared/export/idd/model';
import { SERVICE_ID_PATTERN, serviceDataIds, serviceEnds, serviceFieldsOf, sharingApprovalOf, sharingApprovalPatch, withCrudLetter, type ServiceDirection } from '../../shared/export/idd/services';
import { useEditor } from '../state/editor';
import { REVERSE_SERVICE_FIELDS, type FieldSpec } from './fields';
import { ObjectFields, SpecFields, type SpecialFieldSpec } from './SpecFields';
import { fieldErrors } from './validation';
import { TextInput, type Commit } from './widgets';
import type { FieldFinding } from './ruleFields';

const CRUD = ['C', 'R', 'U', 'D'] as const;

/** The Servis ID of the service in `direction` of `flow`, with a CRUD select that rewrites (or builds) it. */
export function ServiceIdInput({ flow, doc, direction, commit, label, hint, findings }: { flow: DataFlow; doc: LakarDocument; direction: ServiceDirection; commit: Commit; label: string; hint?: string; findings?: readonly FieldFinding[] }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const fields = serviceFieldsOf(flow, direction);
  const value = fields.serviceId;
  const crud = value ? (SERVICE_ID_PATTERN.exec(value.trim())?.[3] ?? '') : '';
  const setCrud = (letter: (typeof CRUD)[number]) => {
    const supplier = partyOf(doc, serviceEnds(flow, direction).supplierId);
    const information = fields.label?.trim() || serviceDataIds(flow, direction).map((d) => doc.elements.get(d)?.name ?? '').join(' ');
    commit(withCrudLetter(value, letter, supplier, information));
  };
  return (
    <>
      <TextInput label={label} hint={hint} commit={commit} path="serviceId" value={value} mono findings={findings} />
      <div className="field">
        <label htmlFor={id}>{t('inspector.crud')}</label>
        <select id={id} value={crud} onChange={(e) => e.target.value && setCrud(e.target.value as (typeof CRUD)[number])}>
          <option value="" disabled>
            —
          </option>
          {CRUD.map((c) => (
            <option key={c} value={c}>
              {t(`inspector.crudOption.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** Drop `reverse.` from error paths, so the nested inputs find their own messages. */
function unnest(errors: Record<string, string> | null): Record<string, string> | null {
  if (!errors) return errors;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.startsWith('reverse.') ? k.slice('reverse.'.length) : k, v]));
}

/** The reverse service of a two-way flow; for any other direction, a note saying when it applies. */
export function ReverseServiceFields({ flow, doc, commit }: { flow: DataFlow; doc: LakarDocument; commit: Commit }) {
  const { t } = useTranslation('canvas');
  const source = doc.elements.get(flow.source)?.name ?? flow.source;
  const target = doc.elements.get(flow.target)?.name ?? flow.target;
  if (flow.direction !== 'both') {
    return flow.method === 'myGdx' ? <p className="field-hint">{t('inspector.reverseOnlyBoth')}</p> : null;
  }
  const reverse = flow.reverse ?? {};
  const commitFor =
    (key: string): Commit =>
    (value) => {
      const next: Record<string, unknown> = { ...reverse, [key]: value };
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
      return unnest(commit(Object.keys(next).length ? next : undefined));
    };
  return (
    <fieldset className="field field-group">
      <legend>{t('field.reverse')}</legend>
      <p className="field-hint">{t('inspector.reverseIntro', { source, target })}</p>
      <SpecFields
        specs={REVERSE_SERVICE_FIELDS}
        target={reverse as Record<string, unknown>}
        commitFor={commitFor}
        doc={doc}
        selfId={flow.id}
        special={serviceSpecial(flow, doc)}
        labels={{ dataEntityIds: t('inspector.reverseData', { target }) }}
        refChoices={{ dataEntityIds: flow.dataEntityIds ?? [] }}
      />
    </fieldset>
  );
}

/**
 * The sharing approval of the service in `direction` of `flow`, as the papers read it
 * (sharingApprovalOf: an older two-way flow's one approval is the other agency's, shown under the
 * direction that agency supplies) and written so (sharingApprovalPatch): what the planner sees here is
 * what the Kertas Cadangan prints, and editing one direction leaves the other as it was.
 */
function SharingApprovalFields({ flow, doc, direction, label, fields }: { flow: DataFlow; doc: LakarDocument; direction: ServiceDirection; label: string; fields: readonly FieldSpec[] }) {
  const { t } = useTranslation('canvas');
  const commit: Commit = (value) => {
    const patch = sharingApprovalPatch(doc, flow, direction, value as SharingApproval | undefined);
    const err = useEditor.getState().tryDispatch('relation.update', { id: flow.id, patch }, { mergeKey: `relation:${flow.id}:sharingApproval:${direction}` });
    // the approval's own paths (`sharingApproval.<sub>`), wherever the direction keeps it
    return err ? unnest(fieldErrors(err, t)) : null;
  };
  const value = sharingApprovalOf(doc, flow, direction);
  // an older file's one approval, read for the other direction: say where it went (the first edit here
  // marks the flow's approvals as per direction, sharingApprovalPatch)
  const readAsReverse = direction === 'forward' && flow.sharingApproval !== undefined && value === undefined;
  return (
    <>
      {readAsReverse && <p className="field-hint">{t('inspector.approvalReadAsReverse', { target: doc.elements.get(flow.target)?.name ?? flow.target })}</p>}
      <ObjectFields label={label} specs={fields} value={value} commit={commit} doc={doc} selfId={flow.id} />
    </>
  );
}

/** How SpecFields renders a data flow's own fields: the Servis ID with its CRUD option, the reverse service, and each direction's sharing approval. */
export function serviceSpecial(flow: DataFlow, doc: LakarDocument) {
  const render = (spec: SpecialFieldSpec, common: { label: string; hint?: string; commit: Commit; findings?: readonly FieldFinding[] }) => {
    const direction: ServiceDirection = spec.type !== 'reverseService' && spec.reverse ? 'reverse' : 'forward';
    if (spec.type === 'serviceId') return <ServiceIdInput flow={flow} doc={doc} direction={direction} commit={common.commit} label={common.label} hint={common.hint} findings={common.findings} />;
    if (spec.type === 'sharingApproval') return <SharingApprovalFields flow={flow} doc={doc} direction={direction} label={common.label} fields={spec.fields} />;
    return <ReverseServiceFields flow={flow} doc={doc} commit={common.commit} />;
  };
  return render;
}
