/**
 * "Maklumat Projek": what the Kertas Cadangan states besides the LMV, grouped in tabs a planner fills
 * in order — general, agencies and endorsement, sector and category, objectives with KPIs, target
 * groups, current landscape and alignment, security and risk, implementation, cost (Panduan WoG
 * §3.2, §4.2–§4.3 with Jadual 4-1). Every change is a `project.updateMeta` command with a merge key
 * per field, so one typing burst is one undo step. Inactive tabs stay mounted (hidden), so what is
 * being typed in one is not lost when switching.
 */
import { useId, useState, type JSX, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENSI_SPESIFIK_CATEGORIES, PROJECT_CATEGORIES, SECTORS } from '../../../shared/model';
import { BoundText, RadioField, SelectField } from './fields';
import { MetaText } from './MetaText';
import { GroupsTab, LandscapeTab, ObjectivesTab } from './TabsProject';
import { CostTab, ImplementationTab, SecurityTab } from './TabsDelivery';
import { useMeta, type MetaEditing } from './useMeta';
import { useEditor } from '../../state/editor';
import { checkMetaText, type MetaTextField } from './validate';

const AGENCY_FIELDS = ['pemilikProjek', 'penerajuProjek', 'pelaksanaProjek', 'pelaksanaPerolehan', 'agensiInduk'] as const;
const TABS = ['general', 'agencies', 'classification', 'objectives', 'groups', 'landscape', 'security', 'implementation', 'cost'] as const;
type Tab = (typeof TABS)[number];

const sameText = (text: string, value: string | undefined) => text.trim() === (value ?? '').trim();

function MetaField({ m, field, multiline, hint, className }: { m: MetaEditing; field: MetaTextField; multiline?: boolean; hint?: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <BoundText
      name={field}
      label={t(`shell:meta.field.${field}`)}
      hint={hint ? t(`shell:meta.hint.${field}`) : undefined}
      multiline={multiline}
      className={className}
      value={m.meta[field]}
      toText={(v) => v ?? ''}
      equivalent={sameText}
      check={(s) => checkMetaText(field, s)}
      apply={(v) => m.update({ [field]: v }, `meta.${field}`)}
      onCommit={m.seal}
    />
  );
}

function GeneralTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('shell:meta.general')}</legend>
      <MetaField m={m} field="title" className="span-2" />
      <MetaField m={m} field="objectives" multiline className="span-2" />
      <MetaText name="scope" className="span-2" label={t('proposal:field.scope')} hint={t('proposal:hint.scope')} multiline value={m.meta.scope} apply={(v) => m.update({ scope: v }, 'meta.scope')} onCommit={m.seal} />
      <MetaText name="inisiatifTumpuan" className="span-2" label={t('proposal:field.inisiatifTumpuan')} hint={t('proposal:hint.inisiatifTumpuan')} max={500} value={m.meta.inisiatifTumpuan} apply={(v) => m.update({ inisiatifTumpuan: v }, 'meta.inisiatifTumpuan')} onCommit={m.seal} />
      <MetaField m={m} field="version" />
      <div className="field">
        <label htmlFor="meta-paper-date">{t('proposal:field.paperDate')}</label>
        <input id="meta-paper-date" type="date" aria-describedby="meta-paper-date-hint" value={m.meta.paperDate ?? ''} onChange={(ev) => m.update({ paperDate: ev.target.value || undefined }, 'meta.paperDate')} />
        <p id="meta-paper-date-hint" className="field-hint">{t('proposal:hint.paperDate')}</p>
      </div>
      <MetaField m={m} field="author" />
    </fieldset>
  );
}

function AgenciesTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation();
  const e = m.meta.endorsement;
  const setEndorsement = (key: 'preparerPosition' | 'cdoName' | 'jpictMeeting' | 'jpictDate', value: string | undefined) => {
    const next = { ...e, [key]: value };
    if (value === undefined) delete next[key];
    m.update({ endorsement: Object.keys(next).length ? next : undefined }, `meta.endorsement.${key}`);
  };
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('shell:meta.agencies')}</legend>
        <p className="field-hint span-2">{t('proposal:hint.roles')}</p>
        {AGENCY_FIELDS.map((f) => (
          <MetaField key={f} m={m} field={f} hint />
        ))}
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('proposal:section.endorsement')}</legend>
        <p className="field-hint span-2">{t('proposal:hint.endorsement')}</p>
        <MetaText name="preparerPosition" label={t('proposal:field.preparerPosition')} max={500} value={e?.preparerPosition} apply={(v) => setEndorsement('preparerPosition', v)} onCommit={m.seal} />
        <MetaText name="cdoName" label={t('proposal:field.cdoName')} max={500} value={e?.cdoName} apply={(v) => setEndorsement('cdoName', v)} onCommit={m.seal} />
        <MetaText name="jpictMeeting" label={t('proposal:field.jpictMeeting')} max={500} value={e?.jpictMeeting} apply={(v) => setEndorsement('jpictMeeting', v)} onCommit={m.seal} />
        <div className="field">
          <label htmlFor="meta-jpict-date">{t('proposal:field.jpictDate')}</label>
          <input id="meta-jpict-date" type="date" value={e?.jpictDate ?? ''} onChange={(ev) => setEndorsement('jpictDate', ev.target.value || undefined)} />
        </div>
      </fieldset>
    </>
  );
}

function ClassificationTab({ m }: { m: MetaEditing }) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('shell:meta.classification')}</legend>
      <SelectField name="sector" label={t('shell:meta.field.sector')} value={m.meta.sector} options={SECTORS} optionLabel={(s) => t(`domain:sector.${s}`)} onChange={(sector) => m.update({ sector })} />
      <RadioField
        name="category"
        label={t('shell:meta.field.category')}
        value={m.meta.category}
        options={PROJECT_CATEGORIES}
        optionLabel={(c) => t(`domain:projectCategory.${c}`)}
        optionHint={(c) => t(`shell:meta.hint.${c}`)}
        onChange={(category) => m.update({ category })}
      />
      {m.meta.category === 'agensiSpesifik' && (
        <div className="span-2">
          <SelectField
            name="agensiSpesifikCategory"
            label={t('proposal:field.agensiSpesifikCategory')}
            value={m.meta.agensiSpesifikCategory}
            options={AGENSI_SPESIFIK_CATEGORIES}
            optionLabel={(c) => t(`domain:agensiSpesifikCategory.${c}`)}
            onChange={(agensiSpesifikCategory) => m.update({ agensiSpesifikCategory })}
          />
        </div>
      )}
    </fieldset>
  );
}

const TAB_BODY: Record<Tab, (props: { m: MetaEditing }) => JSX.Element> = {
  general: GeneralTab,
  agencies: AgenciesTab,
  classification: ClassificationTab,
  objectives: ObjectivesTab,
  groups: GroupsTab,
  landscape: LandscapeTab,
  security: SecurityTab,
  implementation: ImplementationTab,
  cost: CostTab,
};

/** The project metadata form (a centre panel). */
export function ProjectMetaForm() {
  const { t } = useTranslation();
  const m = useMeta();
  const headingId = useId();
  const [tab, setTab] = useState<Tab>('general');
  const readOnly = useEditor((s) => s.readOnly !== null);
  if (!m) return null;

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const n = TABS[(next + TABS.length) % TABS.length];
    setTab(n);
    document.getElementById(`${headingId}-tab-${n}`)?.focus();
  };

  return (
    <section className="meta-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('shell:meta.heading')}</h2>
      <p className="muted">{t('shell:meta.intro')}</p>
      <div role="tablist" aria-label={t('proposal:tabs')} className="tabs meta-tabs">
        {TABS.map((id, i) => (
          <button
            key={id}
            id={`${headingId}-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`${headingId}-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="tab"
            onClick={() => setTab(id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(`proposal:tab.${id}`)}
          </button>
        ))}
      </div>
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {/* read-only model (reviewer mode): the fields show the agency's values, none can be changed */}
        <fieldset className="meta-fieldset" disabled={readOnly}>
          {TABS.map((id) => {
            const Body = TAB_BODY[id];
            return (
              <div key={id} role="tabpanel" id={`${headingId}-panel-${id}`} aria-labelledby={`${headingId}-tab-${id}`} hidden={tab !== id}>
                <Body m={m} />
              </div>
            );
          })}
        </fieldset>
      </form>
    </section>
  );
}
