/**
 * flow.classificationHandedOn (003 §2.4.4 iii, l.1083; 003 Lampiran A §2.1.1 Jenis Data, l.1635):
 * a MyGDX service does not hand on data, or fields, that its supplying system received at a higher
 * classification. The worked example passes: its Maklumat Calon carries the MyKad number and name
 * JPN supplies as Sulit, and is Sulit itself.
 */
import type { Draft } from 'immer';
import type { DataEntity, DataFlow, LakarDocumentData } from '../../model';
import { describeRuleCases } from '../../../test/helpers/rules';

const fl = (d: Draft<LakarDocumentData>, id: string) => d.relations[id] as Draft<DataFlow>;
const de = (d: Draft<LakarDocumentData>, id: string) => d.elements[id] as Draft<DataEntity>;
/** The project's MyGDX service to Agensi A also carries JPN's Maklumat Identiti, and lists no IDD fields (the same data, not field names). */
const passIdentityOn = (d: Draft<LakarDocumentData>) => {
  fl(d, 'fl_a').dataEntityIds = ['de_calon', 'de_tapisan', 'de_identiti'];
  delete fl(d, 'fl_a').responseFields;
};

describeRuleCases([
  {
    rule: 'flow.classificationHandedOn',
    breaks: {
      when: 'the project hands JPN’s MyKad number and name on to Agensi A as Terhad, having received them as Sulit (the reviewer’s reading of the two IDDs)',
      edit: (d) => {
        de(d, 'de_calon').classification = 'terhad';
        de(d, 'de_tapisan').classification = 'terhad';
      },
      ms: 'Aliran data "Sistem Pengambilan Pekerja – Sistem A" membekalkan medan "noKadPengenalan", "namaPenuh" sebagai Terhad, tetapi "Sistem Pengambilan Pekerja" menerimanya sebagai Sulit.',
      relations: ['fl_a', 'fl_b'],
      elements: ['app_spp'],
    },
    passes: { when: 'the service handing them on is as Sulit as JPN’s (the worked example)' },
  },
  {
    rule: 'flow.classificationHandedOn',
    breaks: {
      when: 'the same data entity comes in Sulit and goes out through a MyGDX flow classed Terbuka',
      edit: (d) => {
        passIdentityOn(d);
        fl(d, 'fl_a').classification = 'terbuka';
      },
      en: 'supplies "Maklumat Calon", "Maklumat Identiti Individu" as Open (Terbuka), but that data is classified Confidential (Sulit)',
      elements: ['de_identiti'],
    },
    passes: {
      when: 'the flow carries it at its own class',
      edit: (d) => void (fl(d, 'fl_a').dataEntityIds = ['de_calon', 'de_tapisan', 'de_identiti']),
    },
  },
  {
    rule: 'flow.classificationHandedOn',
    breaks: {
      when: 'data JPN supplies as Rahsia (the flow’s own class) is passed on as Sulit (the same data entity, no IDD fields listed)',
      edit: (d) => {
        fl(d, 'fl_b').classification = 'rahsia';
        passIdentityOn(d);
      },
      ms: '"Sistem Pengambilan Pekerja" menerimanya sebagai Rahsia',
      relations: ['fl_a', 'fl_b'],
    },
    passes: {
      when: 'the data passed on went in by a flow of its own class, by any method',
      edit: (d) => {
        fl(d, 'fl_b').method = 'api';
        passIdentityOn(d);
      },
    },
  },
  {
    rule: 'flow.classificationHandedOn',
    breaks: {
      when: 'JPN supplies the data as Rahsia to an application service deep in the project’s system (Perkhidmatan Permohonan Calon, under Modul Permohonan), and the system passes it on as Sulit',
      edit: (d) => {
        fl(d, 'fl_b').target = 'as_apply';
        fl(d, 'fl_b').classification = 'rahsia';
        passIdentityOn(d);
      },
      ms: '"Sistem Pengambilan Pekerja" menerimanya sebagai Rahsia',
      relations: ['fl_a', 'fl_b'],
      elements: ['app_spp'],
    },
    passes: {
      when: 'the Rahsia data goes to another agency’s system, not the project’s',
      edit: (d) => {
        fl(d, 'fl_b').target = 'sys_a';
        fl(d, 'fl_b').classification = 'rahsia';
        passIdentityOn(d);
      },
    },
  },
]);
