/**
 * Tabs of the Maklumat Projek form about the project itself: objectives with KPIs (Panduan WoG
 * §3.2.1 a), pain points and benefits per target group (§3.2.2 b), the current landscape and the
 * strategic alignment (§3.2.1; Jadual 4-1 A.1).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, MeasurableObjective, TargetGroupBenefit } from '../../../shared/model';
import { useEditor } from '../../state/editor';
import { ListEditor } from './ListEditor';
import { MetaText } from './MetaText';
import type { MetaEditing } from './useMeta';
import { BoundText } from './fields';
import { checkOutcome, OUTCOME_FIELDS } from './validate';

/** Objectives with their measurable results. */
export function ObjectivesTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  return (
    <fieldset className="form-section">
      <legend>{t('tab.objectives')}</legend>
      <p className="field-hint span-2">{t('hint.objectives')}</p>
      <ListEditor
        name="measurableObjectives"
        label={t('field.measurableObjectives')}
        rows={m.meta.measurableObjectives}
        columns={[
          { key: 'objective', label: t('column.objective'), kind: 'multiline', required: true, weight: 3 },
          { key: 'measure', label: t('column.measure'), kind: 'text', weight: 2 },
          { key: 'baseline', label: t('column.baseline'), kind: 'text' },
          { key: 'target', label: t('column.target'), kind: 'text' },
          { key: 'targetDate', label: t('column.targetDate'), kind: 'date', weight: 1.3 },
        ]}
        newRow={() => ({ objective: t('new.objective') })}
        apply={(rows, key) => m.tryUpdate({ measurableObjectives: rows as MeasurableObjective[] | undefined }, key)}
        addLabel={t('add.objective')}
      />
    </fieldset>
  );
}

/** Pain point and benefit of every target group of the model, then the three expected outcomes. */
export function GroupsTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const { t: ts } = useTranslation('shell');
  const elements = useEditor((s) => s.history?.doc.elements);
  const groups = useMemo(() => (elements?.values() ?? []).filter((e): e is Extract<Element, { kind: 'targetGroup' }> => e.kind === 'targetGroup'), [elements]);
  const benefits = m.meta.targetGroupBenefits ?? [];
  const setBenefit = (id: string, key: 'painPoint' | 'benefit', value: string | undefined) => {
    const current = benefits.find((b) => b.targetGroupId === id) ?? { targetGroupId: id };
    const next: TargetGroupBenefit = { ...current, [key]: value };
    if (value === undefined) delete next[key];
    const others = benefits.filter((b) => b.targetGroupId !== id);
    const list = next.painPoint || next.benefit ? [...others, next] : others;
    m.update({ targetGroupBenefits: list.length ? list : undefined }, `meta.benefit.${id}.${key}`);
  };
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('tab.groups')}</legend>
        <p className="field-hint span-2">{t('hint.groups')}</p>
        {groups.length === 0 && <p className="field-hint span-2">{t('hint.noGroups')}</p>}
        {groups.map((g) => {
          const b = benefits.find((x) => x.targetGroupId === g.id);
          return (
            <div key={g.id} className="span-2 group-benefit">
              <h3>
                {g.name} <span className="muted">({g.lifecycle})</span>
              </h3>
              <div className="two-columns">
                <MetaText name={`painPoint-${g.id}`} label={t('field.painPoint', { group: g.name })} multiline value={b?.painPoint} apply={(v) => setBenefit(g.id, 'painPoint', v)} onCommit={m.seal} />
                <MetaText name={`benefit-${g.id}`} label={t('field.benefit', { group: g.name })} multiline value={b?.benefit} apply={(v) => setBenefit(g.id, 'benefit', v)} onCommit={m.seal} />
              </div>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="form-section">
        <legend>{ts('meta.outcomes')}</legend>
        <p className="field-hint span-2">{ts('meta.outcomesHint')}</p>
        {OUTCOME_FIELDS.map((f) => (
          <BoundText
            key={f}
            name={f}
            multiline
            label={ts(`meta.field.${f}`)}
            hint={ts(`meta.hint.${f}`)}
            value={m.meta.expectedOutcomes?.[f]}
            toText={(v) => v ?? ''}
            equivalent={(text, v) => text.trim() === (v ?? '').trim()}
            check={(s) => checkOutcome(f, s)}
            apply={(v) => {
              const next = { ...m.meta.expectedOutcomes, [f]: v };
              if (v === undefined) delete next[f];
              m.update({ expectedOutcomes: Object.keys(next).length > 0 ? next : undefined }, `meta.${f}`);
            }}
            onCommit={m.seal}
            className="span-2"
          />
        ))}
      </fieldset>
    </>
  );
}

/** The current landscape in words and the PSP/EA/punca kuasa alignment. */
export function LandscapeTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation('proposal');
  const a = m.meta.strategicAlignment;
  const setAlignment = (key: 'psp' | 'ea' | 'puncaKuasa', value: string | undefined) => {
    const next = { ...a, [key]: value };
    if (value === undefined) delete next[key];
    m.update({ strategicAlignment: Object.keys(next).length ? next : undefined }, `meta.alignment.${key}`);
  };
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('tab.landscape')}</legend>
        <MetaText name="asIsSummary" className="span-2" label={t('field.asIsSummary')} hint={t('hint.asIsSummary')} multiline value={m.meta.asIsSummary} apply={(v) => m.update({ asIsSummary: v }, 'meta.asIsSummary')} onCommit={m.seal} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('section.alignment')}</legend>
        <p className="field-hint span-2">{t('hint.alignment')}</p>
        <MetaText name="psp" className="span-2" label={t('field.psp')} multiline value={a?.psp} apply={(v) => setAlignment('psp', v)} onCommit={m.seal} />
        <MetaText name="ea" className="span-2" label={t('field.ea')} multiline value={a?.ea} apply={(v) => setAlignment('ea', v)} onCommit={m.seal} />
        <MetaText name="puncaKuasa" className="span-2" label={t('field.puncaKuasa')} multiline value={a?.puncaKuasa} apply={(v) => setAlignment('puncaKuasa', v)} onCommit={m.seal} />
      </fieldset>
    </>
  );
}
