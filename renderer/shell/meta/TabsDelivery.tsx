/**
 * Tabs of the Maklumat Projek form about delivering the project: cyber risk and the risk register
 * (Panduan WoG §3.2.2 c), implementation (Kaedah Perolehan, allocation, JDN consultants, PPrISA
 * milestones, dependencies: Jadual 4-1 A.1.b, steps 9, 12, 17; §6.3.4) and the cost table with
 * its basis (§4.3.5).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COST_BASES,
  COST_TYPES,
  costTotals,
  DEPENDENCY_KINDS,
  FUNDING_SOURCES,
  JDN_CONSULTANT_UNITS,
  PROCUREMENT_METHODS,
  PROJECT_PHASES,
  RISK_CATEGORIES,
  RISK_LEVELS,
  type CostItem,
  type Dependency,
  type JdnConsultation,
  type Milestone,
  type Risk,
} from '../../../shared/model';
import { formatRm } from '../../../shared/i18n';
import { SelectField } from './fields';
import { ListEditor } from './ListEditor';
import { MetaText } from './MetaText';
import type { MetaEditing } from './useMeta';

/** Options of a vocabulary with their `domain` labels. */
function useOptions() {
  const { t } = useTranslation();
  return (group: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`domain:${group}.${v}`) }));
}

/** Cyber-threat risk consideration and the risk register. */
export function SecurityTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const options = useOptions();
  return (
    <fieldset className="form-section">
      <legend>{t('tab.security')}</legend>
      <MetaText name="cyberRisk" className="span-2" label={t('field.cyberRisk')} hint={t('hint.cyberRisk')} multiline value={m.meta.cyberRisk} apply={(v) => m.update({ cyberRisk: v }, 'meta.cyberRisk')} onCommit={m.seal} />
      <ListEditor
        name="risks"
        label={t('field.risks')}
        rows={m.meta.risks}
        columns={[
          { key: 'risk', label: t('column.risk'), kind: 'multiline', required: true, weight: 3 },
          { key: 'category', label: t('column.category'), kind: 'enum', options: options('riskCategory', RISK_CATEGORIES), weight: 1.4 },
          { key: 'likelihood', label: t('column.likelihood'), kind: 'enum', options: options('riskLevel', RISK_LEVELS), weight: 1.2 },
          { key: 'impact', label: t('column.impact'), kind: 'enum', options: options('riskLevel', RISK_LEVELS), weight: 1.2 },
          { key: 'mitigation', label: t('column.mitigation'), kind: 'multiline', weight: 3 },
        ]}
        newRow={() => ({ risk: t('new.risk'), category: 'siber' })}
        apply={(rows, key) => m.tryUpdate({ risks: rows as Risk[] | undefined }, key)}
        addLabel={t('add.risk')}
      />
    </fieldset>
  );
}

/** Kaedah Perolehan, allocation, JDN consultants, milestones and dependencies. */
export function ImplementationTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const { t: td } = useTranslation('domain');
  const options = useOptions();
  const jdnId = useId();
  const j = m.meta.jdnConsultation;
  const setJdn = (patch: Partial<JdnConsultation>) => {
    const next = { involved: j?.involved ?? false, ...j, ...patch };
    for (const k of Object.keys(patch) as (keyof JdnConsultation)[]) if (patch[k] === undefined || (Array.isArray(patch[k]) && (patch[k] as unknown[]).length === 0)) delete next[k];
    m.update({ jdnConsultation: next }, 'meta.jdn');
  };
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('tab.implementation')}</legend>
        <SelectField name="kaedahPerolehan" label={t('field.kaedahPerolehan')} value={m.meta.kaedahPerolehan} options={PROCUREMENT_METHODS} optionLabel={(v) => td(`procurementMethod.${v}`)} onChange={(kaedahPerolehan) => m.update({ kaedahPerolehan })} />
        <SelectField name="fundingSource" label={t('field.fundingSource')} value={m.meta.fundingSource} options={FUNDING_SOURCES} optionLabel={(v) => td(`fundingSource.${v}`)} onChange={(fundingSource) => m.update({ fundingSource })} />
        <MetaText name="fundingNote" className="span-2" label={t('field.fundingNote')} max={500} value={m.meta.fundingNote} apply={(v) => m.update({ fundingNote: v }, 'meta.fundingNote')} onCommit={m.seal} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('section.jdn')}</legend>
        <p className="field-hint span-2">{t('hint.jdn')}</p>
        <label className="choice span-2">
          <input type="checkbox" checked={j?.involved ?? false} onChange={(e) => setJdn({ involved: e.target.checked })} />
          <span>{t('field.jdnInvolved')}</span>
        </label>
        <fieldset className="field span-2">
          <legend>{t('field.jdnUnits')}</legend>
          {JDN_CONSULTANT_UNITS.map((u) => (
            <label key={u} className="choice">
              <input
                type="checkbox"
                checked={j?.units?.includes(u) ?? false}
                onChange={(e) => setJdn({ units: e.target.checked ? [...(j?.units ?? []), u] : (j?.units ?? []).filter((x) => x !== u) })}
              />
              <span>{td(`jdnConsultantUnit.${u}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${jdnId}-date`}>{t('field.jdnDate')}</label>
          <input id={`${jdnId}-date`} type="date" value={j?.date ?? ''} onChange={(e) => setJdn({ date: e.target.value || undefined })} />
        </div>
        <MetaText name="jdnNotes" className="span-2" label={t('field.jdnNotes')} multiline value={j?.notes} apply={(v) => setJdn({ notes: v })} onCommit={m.seal} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('section.milestones')}</legend>
        <ListEditor
          name="milestones"
          label={t('field.milestones')}
          hint={t('hint.milestones')}
          rows={m.meta.milestones}
          columns={[
            { key: 'phase', label: t('column.phase'), kind: 'enum', required: true, options: options('projectPhase', PROJECT_PHASES), weight: 2 },
            { key: 'name', label: t('column.activity'), kind: 'text', weight: 3 },
            { key: 'start', label: t('column.start'), kind: 'date', weight: 1.5 },
            { key: 'end', label: t('column.end'), kind: 'date', weight: 1.5 },
          ]}
          newRow={() => ({ phase: PROJECT_PHASES[Math.min(m.meta.milestones?.length ?? 0, PROJECT_PHASES.length - 1)] })}
          apply={(rows, key) => m.tryUpdate({ milestones: rows as Milestone[] | undefined }, key)}
          addLabel={t('add.milestone')}
        />
        <ListEditor
          name="dependencies"
          label={t('field.dependencies')}
          hint={t('hint.dependencies')}
          rows={m.meta.dependencies}
          columns={[
            { key: 'name', label: t('column.dependency'), kind: 'text', required: true, weight: 3 },
            { key: 'kind', label: t('column.kind'), kind: 'enum', required: true, options: options('dependencyKind', DEPENDENCY_KINDS), weight: 2 },
            { key: 'agency', label: t('column.agency'), kind: 'text', weight: 1.5 },
            { key: 'note', label: t('column.note'), kind: 'multiline', weight: 2.5 },
          ]}
          newRow={() => ({ name: t('new.dependency'), kind: 'projek' })}
          apply={(rows, key) => m.tryUpdate({ dependencies: rows as Dependency[] | undefined }, key)}
          addLabel={t('add.dependency')}
        />
      </fieldset>
    </>
  );
}

/** The cost table with CAPEX, OPEX and grand totals. */
export function CostTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const options = useOptions();
  const totals = costTotals(m.meta.costs);
  return (
    <fieldset className="form-section">
      <legend>{t('tab.cost')}</legend>
      <p className="field-hint span-2">{t('hint.cost')}</p>
      <ListEditor
        name="costs"
        label={t('field.costs')}
        rows={m.meta.costs}
        columns={[
          { key: 'component', label: t('column.component'), kind: 'text', required: true, weight: 2.6 },
          // CAPEX/OPEX are the terms on the form; the column explains them in its title
          { key: 'costType', label: t('column.costType'), kind: 'enum', options: COST_TYPES.map((v) => ({ value: v, label: v.toUpperCase() })), weight: 1.3 },
          { key: 'year', label: t('column.year'), kind: 'year', weight: 1 },
          { key: 'basis', label: t('column.basis'), kind: 'enum', options: options('costBasis', COST_BASES), weight: 2 },
          { key: 'amount', label: t('column.amount'), kind: 'money', required: true, weight: 1.7 },
          { key: 'note', label: t('column.note'), kind: 'text', weight: 1.6 },
        ]}
        newRow={() => ({ component: t('new.cost'), amount: 0 })}
        apply={(rows, key) => m.tryUpdate({ costs: rows as CostItem[] | undefined }, key)}
        addLabel={t('add.cost')}
        footer={
          m.meta.costs?.length ? (
            <dl className="cost-totals" aria-label={t('field.totals')}>
              <dt>{t('total.capex')}</dt>
              <dd>{formatRm(totals.capex)}</dd>
              <dt>{t('total.opex')}</dt>
              <dd>{formatRm(totals.opex)}</dd>
              <dt>{t('total.all')}</dt>
              <dd data-total>{formatRm(totals.total)}</dd>
            </dl>
          ) : null
        }
      />
    </fieldset>
  );
}
