/**
 * The Senarai Semak of Panduan WoG Jadual 4-1, Proses A.1.a: statuses follow what the agency
 * answered, what the model shows and what the WoG check found — never "complete" by default.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromOef } from '../interchange';
import type { Draft } from 'immer';
import type { LakarDocument, LakarDocumentData } from '../model';
import { checkDocument, listRules } from '../rules';
import type { CheckReport } from '../rules/types';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { edit } from '../../test/helpers/rules';
import { CHECKLIST_ITEMS, CHECKLIST_RULES, checklistItemsOfRule, evaluateChecklist, type ChecklistItem } from './index';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const rules = listRules();
const evaluate = (doc: LakarDocument, report: CheckReport | 'not run' = checkDocument(doc), lang: 'ms' | 'en' = 'ms') => evaluateChecklist(doc, lang, { report: report === 'not run' ? undefined : report, rules });
const itemOf = (items: ChecklistItem[], no: string) => items.find((i) => i.no === no)!;

describe('evaluateChecklist', () => {
  it('answers all nine items of the worked example (Panduan WoG §3.3.4), with its own words and evidence', () => {
    const items = evaluate(example());
    expect(items.map((i) => [i.no, i.status])).toEqual(CHECKLIST_ITEMS.map((no) => [no, 'answered']));
    expect(itemOf(items, 'i').answer).toContain('Perkhidmatan Pengurusan Pengambilan Pekerja (Separa E2E)');
    expect(itemOf(items, 'i').evidence[0]).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja — kategori E2E: Separa E2E; domain: Pekerjaan');
    expect(itemOf(items, 'iii').evidence.slice(0, 2)).toEqual([
      // the list says what it covers: the function in other sectors too, where SPA9 sits (Jadual 4-1 A.1.a iii; Jadual 2-2 persona 3)
      'Senarai aplikasi agensi (RASA) diimport pada 5 Mac 2026 daripada “rasa-fungsi-pekerjaan-contoh.csv”: 5 aplikasi (Sosial 2 (Bakat), Pentadbiran Awam).',
      'Tiada pertindihan aplikasi ditemui dengan senarai RASA.',
    ]);
  });

  it('reads the worked example’s answers against the model and lists what the model bears out, with the guide section', () => {
    const items = evaluate(example());
    expect(itemOf(items, 'i').agreement).toEqual({ confirms: ['Sektor Sosial 2 (Bakat) dalam jawapan ialah sektor projek (Panduan WoG Jadual 4-1 A.1.a i; §5.6.7–5.6.8)'], contradicts: [] });
    expect(itemOf(items, 'ii').agreement.confirms).toEqual(['Kumpulan sasar G2C, G2B, G2G, G2E yang disebut dalam jawapan ada dalam LMV (Panduan WoG Jadual 3-1 label 1; §2.2.2)']);
    expect(itemOf(items, 'viii').agreement.confirms).toEqual([
      'MyDigital ID digunakan dalam LMV seperti dalam jawapan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
      'ePayment Gateway tidak berkaitan, seperti dalam jawapan: tiada proses Pembayaran (Rajah 3-2 #14) (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
      'MyGDX digunakan dalam LMV seperti dalam jawapan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
    ]);
    for (const it of items) expect(it.agreement.contradicts, it.no).toEqual([]);
  });

  it('needs the agency again when its answer says what the model contradicts, however complete it reads (Jadual 4-1 A.1.a)', () => {
    const doc = edit(example(), (d) => {
      d.meta.checklistAnswers = {
        ...d.meta.checklistAnswers,
        i: 'Perkhidmatan di bawah Sektor Ekonomi.',
        ii: 'Kumpulan sasar G2C dan G2B mendapat manfaat.',
        vi: 'Data dilindungi oleh HSM dan WAF.',
        viii: 'MyDigital ID, MyGDX dan ePayment Gateway digunakan.',
      };
      // no Majikan (G2B) and no HSM in the LMV
      (d.elements.tg_g2b as { lifecycle: string }).lifecycle = 'G2C';
      for (const e of Object.values(d.elements)) if (e.kind === 'securityControl' && e.controlType === 'hsm') e.controlType = 'other';
    });
    const items = evaluate(doc);
    const reason = (no: string) => itemOf(items, no).reasons.join(' ');
    for (const no of ['i', 'ii', 'vi', 'viii']) expect(itemOf(items, no).status, no).toBe('needsAnswer');
    expect(reason('i')).toContain('Jawapan agensi bercanggah dengan model: jawapan menyebut Sektor Ekonomi, tetapi sektor projek ialah Sosial 2 (Bakat) (Panduan WoG Jadual 4-1 A.1.a i; §5.6.7–5.6.8).');
    expect(reason('ii')).toContain('jawapan menyebut G2B, tetapi LMV tiada kumpulan sasar G2B (Panduan WoG Jadual 3-1 label 1; §2.2.2)');
    expect(reason('vi')).toContain('jawapan menyebut HSM, tetapi LMV tiada kawalan keselamatan HSM (Panduan WoG Jadual 3-1 label 7; Jadual 4-1 A.1.a vi)');
    expect(reason('viii')).toContain('jawapan menyatakan ePayment Gateway digunakan, tetapi LMV tidak menunjukkan penggunaannya (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)');
    // what the model does bear out is still listed
    expect(itemOf(items, 'ii').agreement.confirms[0]).toContain('Kumpulan sasar G2C');
  });

  it('takes a negated clause as "not used" and cloud named without a cloud site as contradicted (Panduan WoG §1.4.5, §2.7.3)', () => {
    const doc = edit(example(), (d) => {
      d.meta.checklistAnswers = { ...d.meta.checklistAnswers, viii: 'MyDigital ID tidak digunakan.', ix: 'Aplikasi dihoskan di Cloud.' };
      for (const e of Object.values(d.elements)) if (e.kind === 'site' && (e.siteType === 'myGovCloudCfa' || e.siteType === 'publicCloud')) e.siteType = 'other';
    });
    const items = evaluate(doc);
    expect(itemOf(items, 'viii').agreement.contradicts).toEqual(['jawapan menyatakan MyDigital ID tidak digunakan atau tidak berkaitan, tetapi LMV menunjukkan ia digunakan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)']);
    expect(itemOf(items, 'ix').agreement.contradicts[0]).toContain('jawapan menyebut Cloud, tetapi LMV tiada lokasi atau platform awan');
    expect(itemOf(items, 'ix').status).toBe('needsAnswer');
  });

  it('reads a negation as about the platform it stands with, not the whole clause (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)', () => {
    const answered = (viii: string) => itemOf(evaluate(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, viii }))), 'viii');
    const listed = answered('MyDigital ID dan MyGDX digunakan, ePayment Gateway tidak digunakan kerana tiada proses pembayaran.');
    expect(listed.status).toBe('answered');
    expect(listed.agreement).toEqual({
      confirms: [
        'MyDigital ID digunakan dalam LMV seperti dalam jawapan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
        'ePayment Gateway tidak berkaitan, seperti dalam jawapan: tiada proses Pembayaran (Rajah 3-2 #14) (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
        'MyGDX digunakan dalam LMV seperti dalam jawapan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)',
      ],
      contradicts: [],
    });
    // a negation in the reason ("kerana tiada …") is not about MyGDX; two platforms joined by "dan" share "tidak digunakan"
    expect(answered('MyGDX digunakan kerana tiada saluran lain.').agreement.confirms).toEqual(['MyGDX digunakan dalam LMV seperti dalam jawapan (Panduan WoG §2.7.3; Jadual 4-1 A.1.a viii)']);
    expect(answered('MyDigital ID dan MyGDX tidak digunakan.').agreement.contradicts).toHaveLength(2);
  });

  it('reads item iii against the model: the RASA check, how many processes and which of Rajah 3-2 (Jadual 4-1 A.1.a iii; §3.3.3)', () => {
    const iii = itemOf(evaluate(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, iii: 'Semakan RASA dibuat; lima proses umum (Pendaftaran, Pembayaran, Kelulusan, Cetakan, Pemakluman).' }))), 'iii');
    expect(iii.status).toBe('needsAnswer');
    expect(iii.agreement.confirms[0]).toBe('Semakan RASA yang disebut dalam jawapan direkodkan: senarai “rasa-fungsi-pekerjaan-contoh.csv” (5 aplikasi) diimport ke projek (Panduan WoG Jadual 4-1 A.1.a iii; §3.3.3, Rajah 3-2; §6.3.2)');
    expect(iii.agreement.contradicts).toEqual([
      'jawapan menyebut 5 proses, tetapi LMV ada 4 proses peringkat tinggi (Panduan WoG Jadual 4-1 A.1.a iii; §3.3.3, Rajah 3-2; §6.3.2)',
      'jawapan menyebut proses umum Pembayaran, Pemakluman, tetapi tiada proses dalam LMV dipetakan kepadanya (Panduan WoG Jadual 4-1 A.1.a iii; §3.3.3, Rajah 3-2; §6.3.2)',
    ]);
    expect(iii.agreement.confirms).toContain('Proses umum Pendaftaran, Kelulusan, Cetakan yang disebut dalam jawapan dipetakan dalam LMV (Panduan WoG Jadual 4-1 A.1.a iii; §3.3.3, Rajah 3-2; §6.3.2)');
  });

  it('reads item iv against the model: the systems named, "Sistem A, B dan E" spelt out, and the integration methods (Jadual 4-1 A.1.a iv; Jadual 3-1 label 6)', () => {
    const iv = itemOf(evaluate(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, iv: 'Sistem A, B dan E membekalkan data melalui MyGDX dan SFTP serta e-mel.' }))), 'iv');
    expect(iv.status).toBe('needsAnswer');
    expect(iv.agreement.confirms).toEqual([
      'Sistem yang disebut dalam jawapan ada dalam LMV: Sistem A (agensi lain), Sistem B (agensi lain) (Panduan WoG Jadual 4-1 A.1.a iv; Jadual 3-1 label 6; §3.3.4 f)',
      'Kaedah integrasi MyGDX, SFTP yang disebut dalam jawapan digunakan oleh aliran data dalam LMV (Panduan WoG Jadual 4-1 A.1.a iv; Jadual 3-1 label 6; §3.3.4 f)',
    ]);
    expect(iv.agreement.contradicts).toEqual([
      'jawapan menyebut Sistem E, tetapi LMV tiada sistem dengan nama itu (Panduan WoG Jadual 4-1 A.1.a iv; Jadual 3-1 label 6; §3.3.4 f)',
      'jawapan menyebut kaedah integrasi E-mel/Fail, tetapi tiada aliran data dalam LMV menggunakannya (Panduan WoG Jadual 4-1 A.1.a iv; Jadual 3-1 label 6; §3.3.4 f)',
    ]);
  });

  it('reads item v against the model: who captures the data, where it is stored, whether it is published (Jadual 4-1 A.1.a v; §2.6.5)', () => {
    const v = itemOf(evaluate(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, v: 'Data calon ditawan oleh Sistem XY, disimpan di On-site dan PDSA JDN, dan tidak diterbitkan.' }))), 'v');
    expect(v.status).toBe('needsAnswer');
    expect(v.agreement.confirms).toEqual(['Data disimpan di PDSA JDN seperti dalam jawapan (Panduan WoG Jadual 4-1 A.1.a v; §2.6.5)']);
    expect(v.agreement.contradicts).toEqual([
      'jawapan menyatakan data ditawan oleh Sistem XY, tetapi dalam LMV ia tidak menawan data (Panduan WoG Jadual 4-1 A.1.a v; §2.6.5)',
      'jawapan menyatakan data disimpan di On-site, tetapi tiada data dalam model disimpan di situ (Panduan WoG Jadual 4-1 A.1.a v; §2.6.5)',
      'jawapan menyatakan data tidak diterbitkan, tetapi data dalam model ditanda diterbitkan: Maklumat Calon (Panduan WoG Jadual 4-1 A.1.a v; §2.6.5)',
    ]);
  });

  it('takes "tiada G2E" or "tanpa DLP" as a claim the LMV can contradict (Panduan WoG Jadual 3-1 label 1 and 7)', () => {
    const items = evaluate(edit(example(), (d) => void (d.meta.checklistAnswers = { ...d.meta.checklistAnswers, ii: 'Manfaat kepada G2C dan G2B; tiada pengguna G2E.', vi: 'Data dilindungi oleh HSM dan SIEM, tanpa DLP.' })));
    expect(itemOf(items, 'ii').agreement.contradicts).toEqual(['jawapan menyatakan tiada G2E, tetapi LMV ada kumpulan sasar G2E (Panduan WoG Jadual 3-1 label 1; §2.2.2)']);
    expect(itemOf(items, 'vi').agreement.contradicts).toEqual(['jawapan menyatakan tiada DLP, tetapi LMV ada kawalan keselamatan DLP (Panduan WoG Jadual 3-1 label 7; Jadual 4-1 A.1.a vi)']);
    expect(itemOf(items, 'vi').agreement.confirms).toEqual(['Kawalan keselamatan HSM, SIEM yang disebut dalam jawapan ada dalam LMV (Panduan WoG Jadual 3-1 label 7; Jadual 4-1 A.1.a vi)']);
  });

  describe('item vii: copies of data against an answer of "no copies" (Panduan WoG Jadual 4-1 A.1.a vii; §3.2.1 c, §3.2.3 b)', () => {
    const NO_COPIES = 'Maklumat identiti diambil daripada registri penduduk dan data spatial daripada repositori sektor; tiada salinan baharu diwujudkan.';
    const vii = (change: (d: Draft<LakarDocumentData>) => void = () => {}) =>
      itemOf(
        evaluate(
          edit(example(), (d) => {
            d.meta.checklistAnswers = { ...d.meta.checklistAnswers, vii: NO_COPIES };
            change(d);
          }),
        ),
        'vii',
      );
    const dropFlows = (d: Draft<LakarDocumentData>, ...ids: string[]) => {
      for (const id of ids) delete d.relations[id];
    };
    const notKept = (d: Draft<LakarDocumentData>, id: string) => {
      const e = d.elements[id];
      if (e.kind === 'dataEntity') e.dataLifecycle = { ...e.dataLifecycle, storedAt: 'Tidak disimpan: disemak masa nyata daripada Sistem A' };
    };

    it('needs the agency again when the model holds data in several of its systems and keeps another agency’s data, naming both', () => {
      const item = vii();
      expect(item.status).toBe('needsAnswer');
      expect(item.agreement.contradicts).toEqual([
        'jawapan menyatakan tiada salinan data, tetapi model menunjukkan salinan: Maklumat Calon — Sistem Pengambilan Pekerja (ditawan), Sistem XY (SFTP), Sistem YZ (API); Keputusan Tapisan Calon (milik Agensi A) — Pangkalan data Sistem Pengambilan Pekerja di PDSA JDN, bersama rekod calon; tempoh simpanan: 7 tahun selepas proses pengambilan ditutup (Panduan WoG §3.2.1 c, §3.2.3 b; Jadual 4-1 A.1.a vii)',
      ]);
      expect(item.evidence).toContain('Salinan data dalam lebih daripada satu sistem agensi: Maklumat Calon — Sistem Pengambilan Pekerja (ditawan), Sistem XY (SFTP), Sistem YZ (API)');
    });

    it('names each kind of copy on its own: one more system of the agency, or another agency’s data kept', () => {
      // Maklumat Calon reaches Sistem XY only; Keputusan Tapisan Calon is checked, not kept
      const spread = vii((d) => {
        dropFlows(d, 'fl_yz');
        notKept(d, 'de_tapisan');
      });
      expect(spread.agreement.contradicts).toEqual([expect.stringContaining('salinan: Maklumat Calon — Sistem Pengambilan Pekerja (ditawan), Sistem XY (SFTP) (Panduan WoG')]);
      // no system of the agency receives Maklumat Calon: only Agensi A's screening result is kept
      const retained = vii((d) => dropFlows(d, 'fl_xy', 'fl_yz'));
      expect(retained.agreement.contradicts).toEqual([expect.stringContaining('salinan: Keputusan Tapisan Calon (milik Agensi A) — Pangkalan data')]);
      expect(retained.status).toBe('needsAnswer');
    });

    it('bears the answer out when the model holds no copy, and reads an answer that states its copies as confirmed', () => {
      const none = vii((d) => {
        dropFlows(d, 'fl_xy', 'fl_yz');
        notKept(d, 'de_tapisan');
      });
      expect(none.agreement.contradicts).toEqual([]);
      expect(none.agreement.confirms).toContain('Tiada salinan data dalam model, seperti dalam jawapan (Panduan WoG §3.2.1 c, §3.2.3 b; Jadual 4-1 A.1.a vii)');
      expect(none.status).toBe('answered');
      // the worked example states its copies (Sistem XY, Sistem YZ; Agensi A's result kept)
      const stated = itemOf(evaluate(example()), 'vii');
      expect(stated.status).toBe('answered');
      expect(stated.agreement.confirms).toContainEqual(expect.stringContaining('Salinan data yang disebut dalam jawapan ada dalam model: Maklumat Calon'));
    });
  });

  it('never shows item iii as answered while no RASA list was imported (Jadual 4-1 A.1.a iii)', () => {
    const doc = edit(example(), (d) => void delete d.meta.agencyApplications);
    const iii = itemOf(evaluate(doc), 'iii');
    expect(iii.status).toBe('notChecked');
    expect(iii.reasons).toContain('Senarai Repositori Aplikasi Sektor Awam (RASA) belum diimport; semakan pertindihan aplikasi tidak dijalankan.');
    expect(iii.answer).toBeDefined();
  });

  it('marks every item not checked when the WoG check was not run', () => {
    const items = evaluate(example(), 'not run');
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['notChecked']));
    expect(items[0].reasons[0]).toBe('Semakan WoG tidak dijalankan bagi dokumen ini.');
  });

  it('needs the agency again while an error or warning on the item is open, but not for advice', () => {
    // Sistem C sends by SFTP instead of MyGDX: a warning of dpi.myGdxCrossAgency on item viii
    const doc = edit(example(), (d) => {
      (d.relations.fl_c as { method: string }).method = 'sftp';
      delete (d.elements.sv_main as { serviceDomain?: string }).serviceDomain;
      delete d.meta.serviceDomain;
    });
    const items = evaluate(doc);
    const viii = itemOf(items, 'viii');
    expect(viii.status).toBe('needsAnswer');
    expect(viii.reasons).toEqual(['1 ralat/amaran terbuka.']);
    // item i has an advice only (the service states no domain) and stays answered
    expect(itemOf(items, 'i').findings.map((f) => f.severity)).toEqual(['advice']);
    expect(itemOf(items, 'i').status).toBe('answered');
  });

  it('counts the reviewer checks on the items they belong to: a hosting site without its role reopens item ix (003 §3.2.8)', () => {
    const doc = edit(example(), (d) => void delete (d.elements.site_pdsa as { role?: string }).role);
    const ix = itemOf(evaluate(doc), 'ix');
    expect(ix.findings.map((f) => f.ruleId)).toContain('site.roleMissing');
    expect(ix.status).toBe('needsAnswer');
    expect(checklistItemsOfRule('flow.twoWayOneService')).toEqual(['viii']);
    expect(checklistItemsOfRule('meta.rasaNotChecked')).toEqual(['iii']);
    expect(checklistItemsOfRule('data.ownerNotSupplier')).toEqual(['vi']);
  });

  it('needs an answer when the agency has not written one', () => {
    const doc = edit(example(), (d) => void delete d.meta.checklistAnswers!.vi);
    const vi = itemOf(evaluate(doc), 'vi');
    expect(vi.status).toBe('needsAnswer');
    expect(vi.reasons).toEqual(['Jawapan agensi belum diberi.']);
  });

  it('asks where data is stored and published for item v, and for the approval of each supplier for item vi', () => {
    const doc = edit(example(), (d) => {
      delete (d.elements.de_calon as { dataLifecycle?: unknown }).dataLifecycle;
      delete (d.relations.fl_b as { sharingApproval?: unknown }).sharingApproval;
    });
    const items = evaluate(doc);
    // the answer's "diterbitkan sebagai statistik agregat" no longer has published data to bear it out (Jadual 4-1 A.1.a v)
    expect(itemOf(items, 'v').reasons).toEqual([
      'Jawapan agensi bercanggah dengan model: jawapan menyatakan data diterbitkan, tetapi tiada data dalam model ditanda diterbitkan (Panduan WoG Jadual 4-1 A.1.a v; §2.6.5).',
      'Tempat simpanan dan penerbitan data belum dinyatakan: Maklumat Calon.',
    ]);
    expect(itemOf(items, 'vi').reasons).toEqual(['Status kelulusan perkongsian data belum direkodkan bagi aliran daripada: Sistem B (Jabatan Pendaftaran Negara).']);
    expect(itemOf(items, 'vi').evidence).toContain('Kelulusan perkongsian data daripada Sistem A (Agensi A): Nota Persefahaman (NoU) — Diluluskan, 2 Mac 2026');
  });

  it('cannot check item v of an imported model without data flows or data access', () => {
    const doc = edit(example(), (d) => {
      for (const [id, r] of Object.entries(d.relations)) if (r.kind === 'dataFlow' || r.kind === 'accesses') delete d.relations[id];
    });
    const v = itemOf(evaluate(doc), 'v');
    expect(v.status).toBe('notChecked');
    expect(v.reasons).toContain('Tiada aliran data atau capaian data dalam model.');
  });

  it('names teknologi termaju for item ix, counts MyGovCloud@CFA as cloud, and asks when the agency has not said', () => {
    const ix = itemOf(evaluate(example()), 'ix');
    expect(ix.evidence).toContain('Teknologi termaju dinyatakan agensi: Cloud');
    expect(ix.evidence).toContain('Teknologi termaju dalam model: Cloud (MyGovCloud@CFA)');
    const unanswered = itemOf(evaluate(edit(example(), (d) => void delete d.meta.advancedTechnologies)), 'ix');
    expect(unanswered.status).toBe('needsAnswer');
    expect(unanswered.reasons).toEqual(['Penggunaan teknologi termaju (AI, Blockchain, Cloud dan lain-lain) belum dijawab.']);
  });

  it('says ePayment Gateway is not applicable without a Pembayaran process (Rajah 3-2 #14), and not used with one', () => {
    expect(itemOf(evaluate(example()), 'viii').evidence).toContain('ePayment Gateway: tidak berkaitan — tiada proses Pembayaran (Rajah 3-2 #14)');
    const withPayment = edit(example(), (d) => void ((d.elements.pr_3 as { genericProcess: number }).genericProcess = 14));
    expect(itemOf(evaluate(withPayment), 'viii').evidence).toContain('ePayment Gateway: tidak digunakan');
  });

  it('makes item iv not applicable to an Agensi Spesifik project that involves no other agency (§4.2.1 b)', () => {
    const doc = edit(example(), (d) => {
      d.meta.category = 'agensiSpesifik';
      for (const id of ['sys_a', 'sys_b', 'sys_c', 'sys_d']) (d.elements[id] as { internal?: boolean }).internal = true;
    });
    const iv = itemOf(evaluate(doc), 'iv');
    expect(iv.status).toBe('notApplicable');
    expect(iv.reasons).toEqual(['Projek Agensi Spesifik: fungsi perkhidmatannya tidak melibatkan agensi lain.']);
  });

  it('is not checked when every rule of the item is switched off', () => {
    const doc = edit(example(), (d) => void (d.meta.disabledRules = [...CHECKLIST_RULES.viii]));
    const viii = itemOf(evaluate(doc), 'viii');
    expect(viii.status).toBe('notChecked');
    expect(viii.reasons).toContain('Semua peraturan bagi perkara ini dikecualikan.');
    const some = edit(example(), (d) => void (d.meta.disabledRules = ['dpi.ePayment']));
    expect(itemOf(evaluate(some), 'viii').reasons).toEqual(['Peraturan yang dikecualikan: dpi.ePayment.']);
  });

  it('gives an imported ArchiMate model honest statuses: nothing answered, RASA not checked', async () => {
    const { doc } = await fromOef(fs.readFileSync(new URL('../../test/fixtures/interchange/corpus/archisurance.xml', import.meta.url)), { layout: false });
    const items = evaluate(doc);
    expect(items.filter((i) => i.status === 'answered')).toEqual([]);
    expect(itemOf(items, 'iii').status).toBe('notChecked');
    expect(itemOf(items, 'v').status).toBe('needsAnswer');
    expect(itemOf(items, 'viii').findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('writes the same statuses in English', () => {
    const items = evaluate(edit(example(), (d) => void delete d.meta.agencyApplications), checkDocument(example()), 'en');
    expect(itemOf(items, 'iii').reasons[0]).toMatch(/^No Public Sector Application Repository \(RASA\) list has been imported/);
    expect(itemOf(items, 'ii').topic).toBe('Benefits to the target groups/service recipients.');
  });
});

describe('checklistItemsOfRule', () => {
  it('maps known rules by table and new rules by the item their source names', () => {
    expect(checklistItemsOfRule('dpi.ePayment')).toEqual(['viii']);
    expect(checklistItemsOfRule('app.sameFunctionInAgencyList')).toEqual(['iii', 'iv']);
    expect(checklistItemsOfRule('rule.baru', 'Panduan WoG Jadual 4-1 A.1.a ix')).toEqual(['ix']);
    expect(checklistItemsOfRule('rule.baru', '001 Jadual 4-1 A.1.a iii–iv')).toEqual(['iii', 'iv']);
    expect(checklistItemsOfRule('lmv.bandEmpty', '001 §3.3.2')).toEqual([]);
  });

  it('maps every rule the checker has that cites an A.1.a item', () => {
    for (const r of rules) if (/A\.1\.a/.test(r.source)) expect(checklistItemsOfRule(r.id, r.source).length, r.id).toBeGreaterThan(0);
  });
});

describe('evidence of a large imported model (Jadual 4-1 A.1.a)', () => {
  it('names at most 30 elements in one evidence line and counts the rest, in both languages', async () => {
    const { makeLargeDocument } = await import('../../test/helpers/factories');
    const doc = makeLargeDocument(2000); // 200 applications, 200 external systems, 200 sites, 200 networks
    for (const lang of ['ms', 'en'] as const) {
      const items = evaluate(doc, checkDocument(doc), lang);
      const services = itemOf(items, 'i').evidence;
      expect(services.filter((l) => /^service \d+ — /.test(l))).toHaveLength(30);
      expect(services).toContain(lang === 'ms' ? '… dan 170 lagi' : '… and 170 more');
      const apps = itemOf(items, 'iii').evidence.find((l) => l.includes('application 4, application 14'))!;
      expect(apps.match(/application \d+/g)).toHaveLength(30);
      expect(apps).toContain(lang === 'ms' ? 'dan 170 lagi' : 'and 170 more');
      const networks = itemOf(items, 'ix').evidence.find((l) => l.includes('network 9'))!;
      expect(networks.match(/network \d+/g)).toHaveLength(30);
      for (const item of items) for (const line of item.evidence) expect(line.length, `${item.no}: ${line.slice(0, 60)}`).toBeLessThan(2000);
    }
  });
});
