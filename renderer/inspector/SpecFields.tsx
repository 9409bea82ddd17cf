/**
 * Renders a list of field specs (fields.ts) for one element or relation, each with the right input
 * and its label, options and hint in the user's language.
 */
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERIC_PROCESSES } from '../../shared/catalogue/generic-processes';
import { builtinCatalogueIndex, resolveCatalogueIndex, type CatalogueIndex } from '../../shared/catalogue';
import type { ReactNode } from 'react';
import type { LakarDocument, Lifecycle } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import type { FieldSpec } from './fields';
import { CheckInput, NumberInput, SelectInput, TextInput, type Commit, type Option } from './widgets';
import { MultiRefInput } from './MultiRefInput';
import { PropertiesInput, RowsInput, StringsInput } from './rows';
import { PickInput } from './PickInput';
import { RefInput } from './ElementPicker';
import { domainChoices, targetGroupChoices } from './catalogueChoices';
import { useFieldFindings, type FieldFinding } from './ruleFields';

function catalogueOptions(index: CatalogueIndex, source: 'registries' | 'repositories' | 'domains', lang: Lang): Option[] {
  // domains by sector: three of them (Kesihatan, Pendidikan, Pengangkutan) belong to two sectors
  if (source === 'domains') return domainChoices(index, lang);
  const map = source === 'registries' ? index.registries : index.repositories;
  return [...map.values()].map((e) => ({ value: e.id, label: e.name[lang] })).sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** A reference field's filter for its given choices (none: any element of its kinds). */
function refFilterOf(choices: readonly string[] | undefined): ((id: string) => boolean) | undefined {
  return choices && ((id) => choices.includes(id));
}

/**
 * The fields only a data flow has, which SpecFields leaves to its `special` renderer (ServiceFields.tsx).
 */
export type SpecialFieldSpec = Extract<FieldSpec, { type: 'serviceId' | 'reverseService' | 'sharingApproval' }>;

/**
 * The sub-fields of an object field in a fieldset. A change commits the whole object; emptied, it is
 * removed. Errors of a sub-field come back under `<key>.<sub>` and show at the sub-field.
 */
export function ObjectFields({ label, specs, value, commit, doc, selfId }: { label: string; specs: readonly FieldSpec[]; value: Record<string, unknown> | undefined; commit: Commit; doc: LakarDocument; selfId: string }) {
  const commitFor = (sub: string): Commit => (v) => {
    const next: Record<string, unknown> = { ...(value ?? {}), [sub]: v };
    if (v === undefined || v === '') delete next[sub];
    const errors = commit(Object.keys(next).length > 0 ? next : undefined);
    if (!errors) return null;
    // the parent reports `<key>.<sub>` paths; give each sub-field its own message
    const mine: Record<string, string> = {};
    for (const [path, message] of Object.entries(errors)) mine[path.replace(/^[^.]+\.?/, '') || sub] = message;
    return mine;
  };
  return (
    <fieldset className="field field-group">
      <legend>{label}</legend>
      <SpecFields specs={specs} target={value ?? {}} commitFor={commitFor} doc={doc} selfId={selfId} />
    </fieldset>
  );
}

/**
 * The inputs of `specs` for `target`; `commitFor(key)` commits one field;
 * `labels` overrides field labels, `refChoices` gives the only ids a reference field may hold (by key), and
 * `special` renders the fields only a data flow has (its MyGDX services: ServiceFields.tsx).
 */
export function SpecFields({
  specs,
  target,
  commitFor,
  doc,
  selfId,
  labels,
  refChoices,
  special,
  findingsOf,
}: {
  specs: readonly FieldSpec[];
  target: Record<string, unknown>;
  commitFor: (key: string) => Commit;
  doc: LakarDocument;
  selfId: string;
  labels?: Record<string, string>;
  refChoices?: Readonly<Record<string, readonly string[]>>;
  special?: (spec: SpecialFieldSpec, common: { label: string; hint?: string; commit: Commit; findings?: readonly FieldFinding[] }) => ReactNode;
  findingsOf?: 'element' | 'relation';
}) {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const index = useMemo(() => resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex), [doc.meta.catalogueUpdate]);
  const findingsTarget = useMemo(() => ({ id: selfId, values: target }), [selfId, target]);
  const allFindings = useFieldFindings(findingsTarget, findingsOf === 'relation', lang);
  const findings = findingsOf ? allFindings : undefined;
  return (
    <>
      {specs.map((spec) => {
        const common = { label: labels?.[spec.key] ?? t(`field.${spec.key}`), hint: t(`hint.${spec.key}`, { defaultValue: '' }) || undefined, commit: commitFor(spec.key), path: spec.key, findings: findings?.get(spec.key) };
        const value = target[spec.key];
        switch (spec.type) {
          case 'text':
            return <TextInput key={spec.key} {...common} value={value as string | undefined} multiline={spec.multiline} mono={spec.mono} required={spec.required} />;
          case 'number':
            return <NumberInput key={spec.key} {...common} value={value as number | undefined} unit={spec.unit} />;
          case 'enum':
            return (
              <SelectInput
                key={spec.key}
                {...common}
                value={value as string | undefined}
                required={spec.required}
                options={spec.values.map((v) => ({ value: v, label: spec.group ? t(`domain:${spec.group}.${v}`) : v }))}
              />
            );
          case 'genericProcess':
            return <SelectInput key={spec.key} {...common} numeric value={value as number | undefined} options={GENERIC_PROCESSES.map((g) => ({ value: String(g.no), label: `${g.no} · ${g.ms} (${g.en})` }))} />;
          case 'boolean':
            return <CheckInput key={spec.key} {...common} value={value as boolean | undefined} />;
          case 'ref':
            return <RefInput key={spec.key} {...common} value={value as string | undefined} doc={doc} kinds={spec.kinds} selfId={selfId} refFilter={refFilterOf(refChoices?.[spec.key])} />;
          case 'refs':
            return <MultiRefInput key={spec.key} {...common} value={value as string[] | undefined} doc={doc} kinds={spec.kinds} selfId={selfId} choices={refChoices?.[spec.key]} />;
          case 'catalogue':
            return <SelectInput key={spec.key} {...common} value={value as string | undefined} options={catalogueOptions(index, spec.source, lang)} />;
          case 'pick':
            return (
              <PickInput
                key={spec.key}
                {...common}
                value={value as string | undefined}
                choices={targetGroupChoices(index, spec.list, target.lifecycle as Lifecycle, doc.meta.sector, lang)}
              />
            );
          case 'rows':
            return <RowsInput key={spec.key} {...common} columnLabel={(k) => t(`column.${k}`)} value={value as Record<string, unknown>[] | undefined} columns={spec.columns} addLabel={t('inspector.addRow')} />;
          case 'strings':
            return <StringsInput key={spec.key} {...common} value={value as string[] | undefined} />;
          case 'serviceId':
          case 'reverseService':
          case 'sharingApproval':
            return <Fragment key={spec.key}>{special?.(spec, common) ?? null}</Fragment>;
          case 'properties':
            return <PropertiesInput key={spec.key} label={common.label} commit={common.commit} path={spec.key} value={value as Record<string, string> | undefined} addLabel={t('inspector.addProperty')} />;
          case 'object':
            return <ObjectFields key={spec.key} label={common.label} specs={spec.fields} value={value as Record<string, unknown> | undefined} commit={common.commit} doc={doc} selfId={selfId} />;
        }
      })}
    </>
  );
}
