/**
 * The 21 registries and 37 repositories by sector, "Sehingga Disember 2025" (001 §2.6.4, Rajah 2-13).
 *
 * Reading Rajah 2-13 from the text: the list items of each cell are run together, so entries were
 * split where the printed names begin. "Institusi Latihan" and "TVET" are two repositories (the
 * Data Raya TVET is itself a repository, 003 Bab 1), which gives the 37 the guide states.
 * "Penggulangan" is kept as printed.
 *
 * `dataKinds` are Lakar's words for the data each registry owns (BM and EN); the once-only rule
 * matches them against data entity names and fields. They are not in the seed.
 */
import type { Registry, Repository } from '../schema';
import type { Sector } from '../../model/vocabulary';

const R213 = '001 §2.6.4, Rajah 2-13';

function reg(sector: Sector, slug: string, ms: string, en: string, dataKinds: string[], extra: { owner?: string; source?: string } = {}): Registry {
  return { id: `reg.${sector}.${slug}`, sector, name: { ms, en }, official: true, dataKinds, ...(extra.owner ? { owner: extra.owner } : {}), source: extra.source ?? R213 };
}

function repo(sector: Sector, slug: string, ms: string, en: string, extra: { refersTo?: string[]; source?: string } = {}): Repository {
  return { id: `repo.${sector}.${slug}`, sector, name: { ms, en }, ...(extra.refersTo ? { refersTo: extra.refersTo } : {}), source: extra.source ?? R213 };
}

export const REGISTRIES: readonly Registry[] = [
  reg('ekonomi', 'syarikatKoperasi', 'Syarikat dan Koperasi', 'Companies and Cooperatives', ['syarikat', 'koperasi', 'company', 'companies', 'cooperative', 'pendaftaran perniagaan', 'business registration']),
  reg('ekonomi', 'permitLesen', 'Permit dan Lesen', 'Permits and Licences', ['permit', 'lesen', 'licence', 'license']),
  reg('ekonomi', 'pks', 'Perusahaan Mikro, Kecil & Sederhana', 'Micro, Small and Medium Enterprises', ['perusahaan mikro', 'perusahaan kecil', 'pks', 'iks', 'msme', 'sme']),
  reg('ekonomi', 'usahawan', 'Usahawan', 'Entrepreneurs', ['usahawan', 'entrepreneur']),
  reg('ekonomi', 'peladangPenternakNelayan', 'Peladang, Penternak, Nelayan', 'Farmers, Breeders, Fishermen', ['peladang', 'penternak', 'nelayan', 'farmer', 'breeder', 'fisherman', 'fishermen']),
  reg('sosial1', 'kumpulanRentan', 'Kumpulan Rentan', 'Vulnerable Groups', ['kumpulan rentan', 'golongan rentan', 'vulnerable']),
  reg('sosial1', 'kesihatanIndividu', 'Kesihatan Individu', 'Individual Health', ['kesihatan individu', 'rekod kesihatan', 'rekod perubatan', 'health record', 'medical record']),
  reg('sosial1', 'perkahwinan', 'Perkahwinan', 'Marriage', ['perkahwinan', 'taraf kahwin', 'status perkahwinan', 'marriage', 'marital']),
  reg('sosial1', 'perlindunganSosial', 'Perlindungan Sosial', 'Social Protection', ['perlindungan sosial', 'social protection']),
  reg('sosial2', 'pelajar', 'Pelajar', 'Students', ['pelajar', 'student']),
  reg('sosial2', 'pekerjaan', 'Pekerjaan', 'Employment', ['rekod pekerjaan', 'maklumat pekerjaan', 'status pekerjaan', 'majikan', 'employment', 'employer']),
  reg('sosial2', 'pesara', 'Pesara', 'Retirees', ['pesara', 'pencen', 'retiree', 'pension']),
  reg('infrastruktur', 'kenderaan', 'Kenderaan', 'Vehicles', ['kenderaan', 'vehicle']),
  reg('infrastruktur', 'perumahan', 'Perumahan', 'Housing', ['perumahan', 'housing']),
  reg('infrastruktur', 'tanah', 'Tanah', 'Land', ['tanah', 'hakmilik', 'land title', 'land']),
  reg('keselamatan', 'penduduk', 'Penduduk', 'Population', ['identiti', 'identity', 'kad pengenalan', 'mykad', 'mykid', 'nric', 'no kp', 'penduduk', 'warganegara', 'citizen'], {
    owner: 'Jabatan Pendaftaran Negara (JPN)',
    source: `${R213}; 001 §2.6.2 (Akta 78, Klausa 4(1))`,
  }),
  reg('keselamatan', 'pertubuhan', 'Pertubuhan', 'Societies', ['pertubuhan', 'society', 'societies']),
  reg('pentadbiranAwam', 'penjawatAwam', 'Penjawat Awam', 'Civil Servants', ['penjawat awam', 'pegawai awam', 'civil servant', 'public servant']),
  reg('pentadbiranAwam', 'asetKerajaan', 'Aset Kerajaan', 'Government Assets', ['aset kerajaan', 'government asset']),
  reg('pentadbiranAwam', 'perolehanKerajaan', 'Perolehan Kerajaan', 'Government Procurement', ['perolehan', 'procurement']),
  reg('pentadbiranAwam', 'agensiSektorAwam', 'Agensi Sektor Awam', 'Public Sector Agencies', ['agensi sektor awam', 'public sector agency']),
];

export const REPOSITORIES: readonly Repository[] = [
  repo('ekonomi', 'kebankrapanPenggulunganSyarikat', 'Kebankrapan & Penggulangan Syarikat', 'Bankruptcy & Company Winding-up'),
  repo('ekonomi', 'aktivitiEkonomi', 'Aktiviti Ekonomi', 'Economic Activity'),
  repo('ekonomi', 'indikatorEkonomi', 'Indikator Ekonomi', 'Economic Indicators'),
  repo('ekonomi', 'bumiputera', 'Bumiputera', 'Bumiputera'),
  repo('ekonomi', 'warisan', 'Warisan', 'Heritage'),
  repo('ekonomi', 'hartaIntelek', 'Harta Intelek', 'Intellectual Property'),
  repo('sosial1', 'kesihatanAwam', 'Kesihatan Awam', 'Public Health'),
  repo('sosial1', 'pemakanan', 'Pemakanan', 'Nutrition'),
  repo('sosial1', 'halal', 'Halal', 'Halal'),
  repo('sosial1', 'bahanTerbitan', 'Bahan Terbitan', 'Publications'),
  repo('sosial1', 'kebajikanRakyat', 'Kebajikan Rakyat', 'Public Welfare'),
  repo('sosial1', 'daftarArtifak', 'Daftar Artifak', 'Artefact Register'),
  repo('sosial1', 'media', 'Media', 'Media'),
  repo('sosial2', 'pendidikan', 'Pendidikan', 'Education'),
  repo('sosial2', 'maklumatMurid', 'Maklumat Murid', 'Pupil Information'),
  repo('sosial2', 'institusiLatihan', 'Institusi Latihan', 'Training Institutions'),
  repo('sosial2', 'tvet', 'TVET', 'TVET', { source: `${R213}; 003 Bab 1 (Data Raya TVET)` }),
  repo('sosial2', 'profilKemahiran', 'Profil Kemahiran', 'Skills Profile'),
  repo('sosial2', 'tawaranPekerjaan', 'Tawaran Pekerjaan (awam/Swasta)', 'Job Offers (public/private)'),
  repo('sosial2', 'pekerja', 'Pekerja', 'Workers'),
  repo('infrastruktur', 'spatial', 'Spatial', 'Spatial'),
  repo('infrastruktur', 'fasiliti', 'Fasiliti (Jalan, Cerun, Bangunan)', 'Facilities (Roads, Slopes, Buildings)'),
  repo('infrastruktur', 'pengurusanTrafik', 'Pengurusan Trafik', 'Traffic Management'),
  repo('infrastruktur', 'pengangkutanAwam', 'Pengangkutan Awam', 'Public Transport'),
  repo('infrastruktur', 'pelabuhan', 'Pelabuhan', 'Ports'),
  repo('infrastruktur', 'lapanganTerbang', 'Lapangan Terbang', 'Airports'),
  repo('infrastruktur', 'sumberAsli', 'Sumber Asli', 'Natural Resources'),
  repo('keselamatan', 'jenayah', 'Jenayah', 'Crime'),
  repo('keselamatan', 'penyalahgunaanDadah', 'Penyalahgunaan dadah', 'Drug Abuse'),
  repo('keselamatan', 'kesalahanTrafikKenderaan', 'Kesalahan Trafik & Kenderaan', 'Traffic & Vehicle Offences', {
    refersTo: ['reg.infrastruktur.kenderaan', 'reg.keselamatan.penduduk'],
    source: `${R213}; 001 §2.6.3`,
  }),
  repo('keselamatan', 'kewarganegaraan', 'Kewarganegaraan', 'Citizenship'),
  repo('keselamatan', 'keselamatan', 'Keselamatan (Bencana, Ketenteraman Awam dan Pertahanan)', 'Security (Disasters, Public Order and Defence)'),
  repo('pentadbiranAwam', 'keluargaIslam', 'Keluarga Islam', 'Islamic Family'),
  repo('pentadbiranAwam', 'pilihanraya', 'Pilihanraya', 'Elections'),
  repo('pentadbiranAwam', 'parlimen', 'Parlimen', 'Parliament'),
  repo('pentadbiranAwam', 'dewanUndanganNegeri', 'Dewan Undangan Negeri', 'State Legislative Assemblies'),
  repo('pentadbiranAwam', 'belanjawanNegara', 'Belanjawan Negara', 'National Budget'),
];
