/**
 * "Maklumat Projek": the project's title, agencies (001 Takrifan), sector, category (001 §4.2.1),
 * objectives, estimated cost and expected outcomes (001 §4.2.2). Every change is a
 * `project.updateMeta` command with a merge key per field, so one typing burst is one undo step.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_CATEGORIES, SECTORS, type ProjectMeta } from '../../../shared/model';
import { useEditor } from '../../state/editor';
import { BoundText, RadioField, SelectField } from './fields';
import { checkMetaText, checkOutcome, OUTCOME_FIELDS, type MetaTextField } from './validate';

const AGENCY_FIELDS = ['pemilikProjek', 'penerajuProjek', 'pelaksanaProjek', 'pelaksanaPerolehan', 'agensiInduk'] as const;

const sameText = (text: string, value: string | undefined) => text.trim() === (value ?? '').trim();

/** The project metadata form (a centre panel). */
export function ProjectMetaForm() {
  const { t } = useTranslation();
  const meta = useEditor((s) => s.history?.doc.meta);
  const dispatch = useEditor((s) => s.dispatch);
  const seal = useEditor((s) => s.sealHistory);
  const headingId = useId();
  if (!meta) return null;

  const update = (patch: Partial<ProjectMeta>, mergeKey?: string) => dispatch('project.updateMeta', { patch }, mergeKey ? { mergeKey } : undefined);

  const text = (field: MetaTextField, opts: { multiline?: boolean; hint?: boolean; className?: string } = {}) => (
    <BoundText
      key={field}
      name={field}
      label={t(`shell:meta.field.${field}`)}
      hint={opts.hint ? t(`shell:meta.hint.${field}`) : undefined}
      multiline={opts.multiline}
      className={opts.className}
      value={meta[field]}
      toText={(v) => v ?? ''}
      equivalent={sameText}
      check={(s) => checkMetaText(field, s)}
      apply={(v) => update({ [field]: v }, `meta.${field}`)}
      onCommit={seal}
    />
  );

  return (
    <section className="meta-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('shell:meta.heading')}</h2>
      <p className="muted">{t('shell:meta.intro')}</p>
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset className="form-section">
          <legend>{t('shell:meta.general')}</legend>
          {text('title', { className: 'span-2' })}
          {text('objectives', { multiline: true, className: 'span-2' })}
          {text('version')}
          {text('author')}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('shell:meta.agencies')}</legend>
          {AGENCY_FIELDS.map((f) => text(f, { hint: true }))}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('shell:meta.classification')}</legend>
          <SelectField
            name="sector"
            label={t('shell:meta.field.sector')}
            value={meta.sector}
            options={SECTORS}
            optionLabel={(s) => t(`domain:sector.${s}`)}
            onChange={(sector) => update({ sector })}
          />
          <RadioField
            name="category"
            label={t('shell:meta.field.category')}
            value={meta.category}
            options={PROJECT_CATEGORIES}
            optionLabel={(c) => t(`domain:projectCategory.${c}`)}
            optionHint={(c) => t(`shell:meta.hint.${c}`)}
            onChange={(category) => update({ category })}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('shell:meta.outcomes')}</legend>
          <p className="field-hint span-2">{t('shell:meta.outcomesHint')}</p>
          {OUTCOME_FIELDS.map((f) => (
            <BoundText
              key={f}
              name={f}
              multiline
              label={t(`shell:meta.field.${f}`)}
              hint={t(`shell:meta.hint.${f}`)}
              value={meta.expectedOutcomes?.[f]}
              toText={(v) => v ?? ''}
              equivalent={sameText}
              check={(s) => checkOutcome(f, s)}
              apply={(v) => {
                const next = { ...meta.expectedOutcomes, [f]: v };
                if (v === undefined) delete next[f];
                update({ expectedOutcomes: Object.keys(next).length > 0 ? next : undefined }, `meta.${f}`);
              }}
              onCommit={seal}
              className="span-2"
            />
          ))}
        </fieldset>
      </form>
    </section>
  );
}
