/**
 * The proposal-paper fields of the worked example (001 §3.3.4, Perkhidmatan Pengurusan Pengambilan
 * Pekerja): what an agency would state in the Kertas Cadangan for the design the guide describes.
 * Everything that the guide's example says is used as it says it (four target groups, three
 * channels, MyDigital ID, MyGDX with Sistem A–D, PDSA, MyGovCloud@CFA, DRC); the figures (costs,
 * dates, KPI values) are illustrative, as the guide gives none.
 */
import type { ProjectMeta } from '../model/schema';

/** Proposal fields of the example, spread into its meta. */
export function proposalOfExample(): Partial<ProjectMeta> {
  return {
    // dated after the sharing approvals it reports (the last, JPN's MoU, given on 8 Mei 2026) and before
    // the schedule's first phase (1 Julai 2026), in which the Pasukan Digital Sektor considers it
    paperDate: '2026-05-15',
    scope:
      'Pendigitalan perkhidmatan pengurusan pengambilan pekerja Agensi PQRST (Separa E2E: temu duga kekal bersemuka) bagi pencari kerja dan majikan: pendaftaran calon bagi kekosongan yang diiklankan majikan di Repositori Tawaran Pekerjaan sektor, pengesahan identiti dan kelayakan, kelulusan dan cetakan surat tawaran, bagi pengguna G2C, G2B, G2G dan G2E melalui kaunter, Portal MyGovernment dan Aplikasi MyGov. Termasuk integrasi dengan Sistem XY dan Sistem YZ (dalaman) serta Sistem A, B, C dan D (luaran). Tidak termasuk proses penggajian selepas lantikan.',
    measurableObjectives: [
      { objective: 'Memendekkan tempoh proses pengambilan pekerja.', measure: 'Purata tempoh dari permohonan hingga surat tawaran', baseline: '90 hari', target: '30 hari', targetDate: '2028-12-31' },
      // Separa E2E (001 §6.4.5), as the service is: its counter channel stays for interviews (E2E asks for no face-to-face step, §6.4.4)
      { objective: 'Menyediakan perkhidmatan pengambilan secara dalam talian (Separa E2E: temu duga kekal bersemuka).', measure: 'Peratus permohonan diterima dalam talian', baseline: '40%', target: '95%', targetDate: '2028-12-31' },
      { objective: 'Melaksanakan prinsip sekali sahaja bagi maklumat identiti calon.', measure: 'Peratus semakan identiti melalui registri JPN (MyGDX)', baseline: '0%', target: '100%', targetDate: '2028-06-30' },
    ],
    targetGroupBenefits: [
      { targetGroupId: 'tg_g2c', painPoint: 'Perlu hadir ke kaunter dan mengisi maklumat peribadi yang sama berulang kali bagi setiap permohonan.', benefit: 'Memohon dalam talian dengan MyDigital ID; maklumat identiti disemak terus daripada JPN tanpa diisi semula.' },
      { targetGroupId: 'tg_g2b', painPoint: 'Menerima permohonan bercetak dan menyemak identiti serta sijil calon secara manual.', benefit: 'Menerima calon yang identiti dan kelayakannya telah disahkan, dan menyemak status calon secara masa nyata.' },
      { targetGroupId: 'tg_g2g', painPoint: 'Data calon dikongsi secara manual melalui e-mel dan salinan kertas.', benefit: 'Data dikongsi secara selamat melalui MyGDX dengan kelulusan perkongsian data.' },
      // G2E as a recipient of the service (Jadual 2-1: Penjawat Awam Masih Berkhidmat; Rajah 2-11 "Pelantikan"): a serving
      // officer applying for a vacancy, not the agency's own officers who process applications (001 §3.2.1 b: penyedia)
      {
        targetGroupId: 'tg_g2e',
        painPoint: 'Penjawat awam yang memohon kekosongan perlu hadir ke kaunter dengan salinan MyKad dan sijil serta menunggu perakuan ketua jabatan secara bercetak.',
        benefit: 'Memohon kekosongan dalam talian dengan MyDigital ID tanpa mengemukakan semula salinan dokumen, dan menyemak status permohonan hingga surat tawaran secara masa nyata.',
      },
    ],
    asIsSummary:
      'Permohonan diterima secara manual di kaunter dan melalui borang dalam talian yang tidak bersepadu. Semakan identiti dibuat dengan salinan kad pengenalan; data calon dihantar kepada Sistem XY dan Sistem YZ melalui fail hamparan. Tiada integrasi dengan registri JPN dan tiada penggunaan MyDigital ID. Perjalanan pencari kerja kini: (1) mencari kekosongan daripada iklan majikan yang berselerak; (2) mengisi borang dan hadir ke kaunter dengan salinan MyKad dan sijil; (3) menunggu semakan manual identiti dan kelayakan; (4) hadir temu duga; (5) menerima surat tawaran melalui pos, purata 90 hari keseluruhan. Majikan mengiklan sendiri, menerima permohonan bercetak dan menyemak status calon melalui telefon.',
    cyberRisk:
      'Sistem memproses data peribadi (Akta 709) dan data terperingkat Sulit. Penilaian risiko keselamatan siber dan audit pengendalian data sedia ada (termasuk fail hamparan kepada Sistem XY dan Sistem YZ) dilaksanakan dalam fasa perancangan bagi mengenal pasti kelemahan dan tindakan kawalan; audit pematuhan keselamatan diulang sebelum operasi; kawalan HSM, SIEM dan DLP di PDSA JDN dan pengesahan pelbagai faktor melalui MyDigital ID dicadangkan.',
    strategicAlignment: {
      psp: 'Pelan Strategik Pendigitalan Agensi PQRST 2026–2030, Teras 2: Perkhidmatan Digital Berpaksikan Rakyat.',
      ea: 'Enterprise Architecture Agensi PQRST: Domain Perkhidmatan Pengurusan Pekerjaan (To-Be 2028).',
      puncaKuasa: 'Panduan Keseluruhan Kerajaan (WoG) Sektor Awam (JDN, 2025); PKPA Bil. 2 Tahun 2021 Dasar Perkongsian Data Sektor Awam; Surat Pekeliling Am Bil. 7 Tahun 2024 (Garis Panduan Permohonan Kelulusan Teknikal dan Pemantauan Projek ICT Sektor Awam); Surat Arahan Pelaksanaan Integrasi Sistem Aplikasi Digital Kerajaan dengan MyDigital ID sebagai Log Masuk Tunggal (14 Januari 2025); Surat Arahan Ketua Setiausaha Negara bagi Penyelarasan Pengintegrasian Sistem-sistem Kerajaan (24 Januari 2025).',
    },
    inisiatifTumpuan: 'Pendigitalan perkhidmatan pekerjaan Sektor Sosial 2 (Bakat)',
    jdnConsultation: {
      involved: true,
      units: ['strategikIct', 'pembangunanSistem', 'pengurusanPangkalanData'],
      date: '2026-03-10',
      notes: 'Sesi perundingan perancangan bersama Perunding JDN; cadangan penggunaan MyGDX dan MyGovCloud@CFA dipersetujui.',
    },
    kaedahPerolehan: 'tender',
    fundingSource: 'pembangunan',
    fundingNote: 'Peruntukan Pembangunan RMK13 (Kementerian Ekonomi)',
    costs: [
      { component: 'Pembangunan Sistem Pengambilan Pekerja (3 modul)', costType: 'capex', year: 2027, amount: 2_800_000, basis: 'katalogAnggaranHarga', note: 'Katalog Anggaran Harga JDN, pembangunan sistem aplikasi' },
      { component: 'Integrasi MyGDX (Sistem A, B), Web Service (Sistem C), Web Map Service (Sistem D), SFTP (Sistem XY) dan API (Sistem YZ)', costType: 'capex', year: 2027, amount: 600_000, basis: 'katalogAnggaranHarga' },
      { component: 'Perkakasan pejabat (50 komputer meja)', costType: 'capex', year: 2027, amount: 250_000, basis: 'kajianPasaran', note: 'Tiga sebut harga pembekal' },
      // label 7's shared infrastructure, priced at nothing to the agency but listed (001 §4.3.5; Jadual 4-1 langkah 12 d)
      { component: 'Infrastruktur PDSA JDN (pelayan aplikasi, pangkalan data, HSM, SIEM, DLP) dan DRC Enstek', costType: 'capex', year: 2027, amount: 0, basis: 'lain', note: 'Disediakan oleh JDN sebagai infrastruktur guna sama' },
      { component: 'Rangkaian MyGov*Net.PCN dan MyGov*Net.PDSA', costType: 'opex', year: 2028, amount: 0, basis: 'lain', note: 'Disediakan oleh JDN' },
      { component: 'Rangkaian IPVPN dan perkakasan kaunter On-site', costType: 'opex', year: 2028, amount: 0, basis: 'lain', note: 'Sedia ada agensi, dibiayai peruntukan mengurus' },
      // two years of operation from go-live (1 Julai 2028, the schedule's penamatan phase), each year's
      // share in its year: RM360,000 and RM315,000 a year, half of it in 2028 and in 2030
      { component: 'Langganan MyGovCloud@CFA (Julai–Disember 2028)', costType: 'opex', year: 2028, amount: 180_000, basis: 'katalogAnggaranHarga' },
      { component: 'Langganan MyGovCloud@CFA (Januari–Disember 2029)', costType: 'opex', year: 2029, amount: 360_000, basis: 'katalogAnggaranHarga' },
      { component: 'Langganan MyGovCloud@CFA (Januari–Jun 2030)', costType: 'opex', year: 2030, amount: 180_000, basis: 'katalogAnggaranHarga' },
      { component: 'Penyenggaraan sistem dan sokongan (Julai–Disember 2028)', costType: 'opex', year: 2028, amount: 157_500, basis: 'kajianPasaran' },
      { component: 'Penyenggaraan sistem dan sokongan (Januari–Disember 2029)', costType: 'opex', year: 2029, amount: 315_000, basis: 'kajianPasaran' },
      { component: 'Penyenggaraan sistem dan sokongan (Januari–Jun 2030)', costType: 'opex', year: 2030, amount: 157_500, basis: 'kajianPasaran' },
    ],
    milestones: [
      { phase: 'permulaan', name: 'Kelulusan Pasukan Digital Sektor dan JTISA', start: '2026-07-01', end: '2026-09-30' },
      { phase: 'perancangan', name: 'Perolehan dan kajian keperluan terperinci', start: '2026-10-01', end: '2027-03-31' },
      { phase: 'pelaksanaanKawalan', name: 'Pembangunan, integrasi dan ujian penerimaan', start: '2027-04-01', end: '2028-06-30' },
      { phase: 'penamatan', name: 'Operasi penuh dan penyerahan projek', start: '2028-07-01', end: '2028-12-31' },
    ],
    dependencies: [
      { name: 'Perkhidmatan MyGDX bagi Sistem B (registri penduduk)', kind: 'penyelesaianSedia', agency: 'Jabatan Pendaftaran Negara', note: 'Servis MyGDX sedia ada; MoU perkongsian data diluluskan 8 Mei 2026, termasuk menyimpan nombor MyKad dan nama dalam rekod calon dan berkongsi dengan Agensi A bagi tapisan.' },
      { name: 'Integrasi MyDigital ID di Portal MyGovernment', kind: 'penyelesaianSedia', agency: 'JDN' },
    ],
    risks: [
      { risk: 'Ancaman siber terhadap data peribadi calon (kebocoran atau capaian tanpa kebenaran).', category: 'siber', likelihood: 'sederhana', impact: 'tinggi', mitigation: 'HSM, SIEM dan DLP di PDSA JDN; MFA melalui MyDigital ID; audit pengendalian data dalam fasa perancangan dan audit pematuhan keselamatan sebelum operasi.' },
      { risk: 'Servis MyGDX JPN tidak tersedia semasa semakan identiti.', category: 'data', likelihood: 'rendah', impact: 'sederhana', mitigation: 'Semakan diulang secara automatik; semakan manual MyKad di kaunter sebagai langkah sementara.' },
      { risk: 'Fail SFTP Maklumat Calon (Sulit) kepada Sistem XY terdedah semasa pemindahan atau simpanan.', category: 'data', likelihood: 'rendah', impact: 'tinggi', mitigation: 'Fail disulitkan, dipindah dalam rangkaian kerajaan dan dipadam selepas diproses; DLP memantau pemindahan.' },
      { risk: 'Kelewatan perolehan menjejaskan jadual pelaksanaan.', category: 'jadual', likelihood: 'rendah', impact: 'sederhana', mitigation: 'Pemantauan melalui Sistem Pengurusan dan Pemantauan Projek ICT Sektor Awam mengikut Garis Panduan PPrISA.' },
    ],
    endorsement: { preparerPosition: 'Ketua Unit Perancangan Strategik ICT', jpictMeeting: 'Mesyuarat JPICT KESUMA Bil. 2/2026' },
    checklistAnswers: {
      i: 'Perkhidmatan Pengurusan Pengambilan Pekerja (Separa E2E) di bawah Sektor Sosial 2 (Bakat), domain Pekerjaan (Pengurusan Pekerjaan), seperti Rajah Ekosistem Perkhidmatan Digital Sektor: perkhidmatan pekerjaan kepada orang awam yang memadankan pencari kerja dengan kekosongan majikan, bukan pengambilan kakitangan agensi sendiri (Pengurusan Sumber Manusia, Sektor Pentadbiran Awam).',
      ii: 'Empat kumpulan sasar (G2C, G2B, G2G, G2E) mendapat perkhidmatan dalam talian melalui saluran tunggal; manfaat setiap kumpulan diperincikan dalam seksyen 4.',
      iii: 'Semakan RASA bagi fungsi pekerjaan dan pengambilan dalam Sektor Sosial 2 dan Pentadbiran Awam menemui Sistem Pendaftaran Pekerjaan SPA (SPA9), yang menerima permohonan jawatan dalam perkhidmatan awam (Jadual 2-2, persona Pencari Kerja). Perkhidmatan ini tidak menerima permohonan jawatan perkhidmatan awam: pencari kerja dirujuk ke SPA9 bagi jawatan tersebut, jadi fungsinya tidak bertindih. Tiada sistem padanan pekerjaan lain ditemui. Proses diseragamkan kepada empat proses umum (Pendaftaran, Pengesahan Identiti, Kelulusan, Cetakan).',
      iv: 'Fungsi berkaitan: SPA9 (Suruhanjaya Perkhidmatan Awam) bagi jawatan perkhidmatan awam, dirujuk melalui pautan; Sistem XY dan Sistem YZ (Agensi PQRST) menerima data calon; Sistem A, B, C dan D (agensi lain) membekalkan atau menerima data melalui MyGDX, Web Service dan Web Map Service.',
      v: 'Data calon ditawan oleh Sistem Pengambilan Pekerja, diproses bagi kelulusan, disimpan di PDSA JDN dan diterbitkan sebagai statistik agregat sahaja; kitar hayat setiap data diperincikan dalam seksyen 6.6.',
      vi: 'Data Sulit dan data peribadi dilindungi oleh HSM, SIEM dan DLP. Identiti disemak daripada registri penduduk JPN (sumber sah) melalui MyGDX di bawah MoU yang diluluskan pada 8 Mei 2026; nombor MyKad dan nama calon disimpan dalam Maklumat Calon dan dikongsi dengan Agensi A bagi tapisan, seperti dipersetujui dalam MoU itu (PKPA Bil. 2/2021 perenggan 12 a).',
      // the copies the model shows are stated, not denied (001 §3.2.1 c: the once-only principle; checklist/copies.ts)
      vii: 'Maklumat identiti diambil daripada registri penduduk dan data spatial daripada repositori sektor, terus daripada sumbernya. Salinan Maklumat Calon dihantar kepada Sistem XY dan Sistem YZ (sistem dalaman agensi) kerana kedua-dua sistem itu bergantung kepada data tersebut (Panduan WoG §3.3.4 f); salinan itu dihadkan kepada medan yang diperlukan dan dipadam mengikut tempoh simpanan Maklumat Calon; Keputusan Tapisan Calon milik Agensi A disimpan bersama rekod calon sebagai rekod keputusan pengambilan.',
      viii: 'MyDigital ID untuk MFA dan MyGDX untuk perkongsian data digunakan. ePayment Gateway tidak berkaitan kerana perkhidmatan ini tiada proses pembayaran.',
      ix: 'Infrastruktur guna sama PDSA JDN (produksi dan pangkalan data), MyGovCloud@CFA (Cloud, laman hadapan tanpa data Sulit) serta DRC Enstek digunakan.',
    },
    advancedTechnologies: ['cloud'],
    // An illustrative extract of the Repositori Aplikasi Sektor Awam for employment and recruitment functions in
    // Sosial 2 and Pentadbiran Awam (where SPA9 sits, 001 Jadual 2-2 persona 3), as imported with
    // "Import senarai aplikasi agensi (CSV)": item iii is only answered once such a list was checked.
    agencyApplications: {
      importedFrom: 'rasa-fungsi-pekerjaan-contoh.csv',
      importedAt: '2026-03-05T09:00:00.000Z',
      entries: [
        { name: 'Sistem Pengurusan Latihan Kemahiran', agency: 'Jabatan Pembangunan Kemahiran', function: 'Pentauliahan dan pemantauan pusat latihan kemahiran', sector: 'sosial2', line: 2 },
        { name: 'Sistem Maklumat Pasaran Buruh', agency: 'Institut Maklumat dan Analisis Pasaran Buruh', function: 'Analisis dan pelaporan statistik pasaran buruh', sector: 'sosial2', line: 3 },
        { name: 'Sistem Pengurusan Keselamatan Pekerjaan', agency: 'Jabatan Keselamatan dan Kesihatan Pekerjaan', function: 'Pendaftaran dan pemeriksaan tempat kerja', sector: 'sosial2', line: 4 },
        { name: 'Sistem Pengurusan Biasiswa', agency: 'Kementerian Pendidikan Tinggi', function: 'Permohonan dan pengurusan biasiswa pelajar', sector: 'sosial2', line: 5 },
        { name: 'Sistem Pendaftaran Pekerjaan SPA (SPA9)', agency: 'Suruhanjaya Perkhidmatan Awam Malaysia', function: 'Pendaftaran dan permohonan jawatan dalam perkhidmatan awam', sector: 'pentadbiranAwam', line: 6 },
      ],
    },
  };
}
