/**
 * The gaps a service lists (`missing`, which the checker's flow.iddIncomplete reports too) are
 * worked out by `serviceGapMask` from a few facts, apart from the description `describeService`
 * builds (gaps.ts says why). This holds the two to each other on varied models: a field is listed
 * as missing exactly when the IDD prints it empty (003 Lampiran A: the fields the supplier must fill).
 */
import { describe, expect, it } from 'vitest';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { fromDocumentData, toDocumentData, type DataFlow, type Element, type LakarDocument } from '../../model';
import { describeService, directionsOf, mygdxFlows, serviceGaps, services, type IddField, type IddService } from '.';
import { checkDocument } from '../../rules';
import { IDD_STRINGS } from './strings';

/**
 * `doc` with the MyGDX facts the varied model leaves out (agency codes, IDD fields of each service,
 * data entity fields; with `unnamed`, data without a name) filled in on some items and not others, picked by a fixed hash of the position.
 */
function withIddFacts(doc: LakarDocument, unnamed = false): LakarDocument {
  const data = toDocumentData(doc);
  const pick = (i: number, bit: number) => ((Math.imul(i + 1, 2654435761) >>> bit) & 1) === 1;
  const field = { name: 'noKP', type: 'String' };
  let i = 0;
  for (const [id, e] of Object.entries(data.elements) as [string, Element][]) {
    i++;
    if (e.kind === 'application' || e.kind === 'externalSystem') data.elements[id] = { ...e, ...(pick(i, 3) ? { agencyCode: 'JPN' } : {}), ...(pick(i, 5) ? { systemCode: 'SPP' } : {}) };
    if (e.kind === 'dataEntity' && pick(i, 7)) data.elements[id] = { ...e, fields: [field] };
    // data without a name: a service carrying it alone has no name to print
    if (unnamed && e.kind === 'dataEntity' && pick(i, 9) && pick(i, 11)) data.elements[id] = { ...data.elements[id], name: '' };
  }
  const serviceFacts = (k: number) => ({
    ...(pick(k, 2) ? { integrationStyle: 'REST' as const } : {}),
    ...(pick(k, 4) ? { httpMethod: 'GET' as const } : {}),
    ...(pick(k, 6) ? { apiUrl: 'https://api.example/x' } : {}),
    ...(pick(k, 8) ? { requestFields: [field] } : {}),
    ...(pick(k, 10) ? { responseFields: [field] } : {}),
    ...(pick(k, 12) ? { consumers: [{ agencyName: 'JPN', ...(pick(k, 14) ? { memberCode: 'JPN', subsystemCode: 'SPP' } : {}) }] } : {}),
  });
  for (const [id, r] of Object.entries(data.relations) as [string, DataFlow][]) {
    i++;
    if (r.kind !== 'dataFlow' || r.method !== 'myGdx') continue;
    data.relations[id] = { ...r, ...serviceFacts(i), ...(r.direction === 'both' ? { reverse: { ...r.reverse, ...serviceFacts(i + 7) } } : {}) };
  }
  return fromDocumentData(data) as LakarDocument;
}

/** Whether the description prints field `f` empty. */
const EMPTY_IN_DESCRIPTION: Partial<Record<IddField, (s: IddService) => boolean>> = {
  serviceName: (s) => !s.serviceName,
  serviceDescription: (s) => !s.serviceDescription,
  dataType: (s) => !s.dataType,
  supplierAgency: (s) => !s.supplier.agency,
  supplierMemberCode: (s) => !s.supplier.memberCode,
  supplierSubsystemCode: (s) => !s.supplier.subsystemCode,
  integrationStyle: (s) => !s.integrationStyle,
  serviceId: (s) => !s.serviceId,
  httpMethod: (s) => !s.httpMethod,
  apiUrl: (s) => !s.apiUrl,
  // none listed, and the flow's other end names no agency (its system stands in the one row)
  consumers: (s) => s.consumers.every((c) => c.derived) && !s.consumerSystem.agency,
  consumerCodes: (s) => s.consumers.some((c) => !c.memberCode || !c.subsystemCode),
  requestFields: (s) => s.requestFields.length === 0,
  responseFields: (s) => s.responseFields.length === 0,
};

describe('IDD gaps (gaps.ts) and the description agree', () => {
  it('lists a field as missing exactly when the described service has it empty, on varied models', () => {
    let checked = 0;
    const seen = new Set<string>();
    for (const [n, seed] of [[1500, 3], [3000, 5], [3000, 8]] as const) {
      // with data of no name: a service carrying only such data has no Keterangan Servis (nor a name from its data)
      const doc = withIddFacts(makeVariedDocument(n, seed), true);
      for (const { flow, direction } of services(mygdxFlows(doc))) {
        const s = describeService(doc, flow.id, direction);
        for (const [field, empty] of Object.entries(EMPTY_IN_DESCRIPTION) as [IddField, (s: IddService) => boolean][]) {
          const isEmpty = empty(s);
          if (isEmpty !== s.missing.includes(field)) expect.fail(`${flow.id} ${direction} ${field}: printed empty ${isEmpty}, listed missing ${s.missing.includes(field)}`);
          seen.add(`${field}:${isEmpty}`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // the models make each field both present and missing somewhere, so no condition goes untested
    for (const field of Object.keys(EMPTY_IN_DESCRIPTION)) expect([seen.has(`${field}:true`), seen.has(`${field}:false`)], field).toEqual([true, true]);
  });

  // 003 Lampiran A §2.1.1: Nama Servis and Keterangan Servis come from the data's names when the
  // service has no label or Servis ID; data of no name gives neither, and the gaps say so
  it('names and describes a service by its named data only, and lists both missing when none is named', () => {
    const doc = withIddFacts(makeVariedDocument(1500, 3));
    const flow = mygdxFlows(doc).find((f) => !f.label && !f.serviceId && (f.dataEntityIds?.length ?? 0) >= 2)!;
    expect(flow, 'a MyGDX flow carrying two data entities, with no label or Servis ID').toBeDefined();
    const data = toDocumentData(doc);
    const [first, second] = flow.dataEntityIds!;
    const named = (name: string) => (id: string) => (data.elements[id] = { ...data.elements[id], name } as Element);
    [first, second].forEach(named(''));
    const nameless = describeService(fromDocumentData(data) as LakarDocument, flow.id);
    expect([nameless.serviceName, nameless.serviceDescription]).toEqual([null, null]);
    expect(nameless.missing).toEqual(expect.arrayContaining(['serviceName', 'serviceDescription']));
    named('Maklumat Calon')(second);
    const one = describeService(fromDocumentData(data) as LakarDocument, flow.id);
    expect(one.serviceName).toBe('Maklumat Calon');
    expect(one.serviceDescription).toMatch(/^Servis ini untuk membekalkan Maklumat Calon daripada /);
    expect(one.missing).not.toEqual(expect.arrayContaining(['serviceDescription']));
  });

  // 003 Lampiran A §2.1.1–2.1.5: the checker's flow.iddIncomplete names, service by service, the
  // fields the IDD prints "(belum diisi)"; in a full check it reads the carried data's names,
  // classes and fields from numbers kept per carried id (carried-facts.ts), not from the elements
  it('has the full check list the same missing IDD fields as the document, service by service', () => {
    let compared = 0;
    for (const [n, seed] of [[1500, 3], [3000, 8]] as const) {
      const doc = withIddFacts(makeVariedDocument(n, seed), true);
      const listed = new Map<string, string[]>();
      for (const p of checkDocument(doc).problems) if (p.ruleId === 'flow.iddIncomplete') listed.set(p.relationIds[0], [...(listed.get(p.relationIds[0]) ?? []), (p.params!.fields as { ms: string }).ms]);
      for (const flow of mygdxFlows(doc)) {
        const expected = directionsOf(flow)
          .filter((direction) => direction === 'forward' || flow.reverse)
          .map((direction) => serviceGaps(doc, flow, direction).map((g) => IDD_STRINGS.ms.fields[g]).join(', '))
          .filter(Boolean);
        expect(listed.get(flow.id) ?? [], flow.id).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
