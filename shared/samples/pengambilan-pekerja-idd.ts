/**
 * The MyGDX services of the worked example (001 §3.3.4 f: Sistem A both ways, Sistem B from JPN)
 * as their suppliers would describe them in the IDD (003 Lampiran A §2.1.1 URL API, §2.1.4 Data
 * Format (Request), §2.1.5 Data Format (Response)). The guide names the flows but gives no fields;
 * these are the fields such a service carries: a lookup key in the request and the record it
 * returns. Names follow the template's example style (camelCase, as in "KodTarafKahwin"); URLs
 * are illustrative, like the example's agencies.
 */
import type { DataField } from '../model/schema';

type Service = { apiUrl: string; authentication: string; requestFields: DataField[]; responseFields: DataField[] };

/** The template's own value (§2.1.1 "Authentication: Certificate"): the UXP security servers authenticate by certificate. */
const authentication = 'Certificate';

/** A Data Format row (§2.1.4–2.1.5): name, Keterangan, Jenis Data with its length, mandatory unless said. */
function field(name: string, description: string, type: string, length?: string, mandatory = true): DataField {
  return { name, description, type, ...(length ? { length } : {}), mandatory };
}

const applicationNo: DataField = field('noPermohonan', 'Nombor rujukan permohonan calon dalam Sistem Pengambilan Pekerja', 'String', '20');
const icNo: DataField = field('noKadPengenalan', 'Nombor MyKad calon, 12 digit tanpa sempang', 'String', '12');

/** PQRST-SPP-R-MaklumatCalon: Agensi PQRST supplies a candidate's details to Sistem A (Agensi A). */
export const MAKLUMAT_CALON: Service = {
  apiUrl: 'https://spp.pqrst.gov.my/api/v1/maklumat-calon',
  authentication,
  requestFields: [applicationNo],
  responseFields: [
    applicationNo,
    icNo,
    field('namaPenuh', 'Nama penuh calon seperti dalam MyKad', 'String', '150'),
    field('jawatanDipohon', 'Nama jawatan yang dipohon', 'String', '100'),
    field('tarikhPermohonan', 'Tarikh permohonan dihantar, format yyyy-MM-dd', 'Date'),
    field('statusPermohonan', 'Status permohonan: BARU, DISEMAK, DILULUSKAN atau DITOLAK', 'String', '10'),
  ],
};

/** AGA-SYSA-R-KeputusanTapisan: Agensi A returns its screening result for the candidate (the reverse service). */
export const KEPUTUSAN_TAPISAN: Service = {
  apiUrl: 'https://sysa.aga.gov.my/api/v1/keputusan-tapisan',
  authentication,
  requestFields: [applicationNo, icNo],
  responseFields: [
    applicationNo,
    field('keputusanTapisan', 'Keputusan tapisan: LULUS atau GAGAL', 'String', '5'),
    field('tarikhTapisan', 'Tarikh tapisan dibuat, format yyyy-MM-dd', 'Date'),
    field('catatan', 'Sebab keputusan, jika gagal', 'String', '500', false),
  ],
};

/** JPN-SYSB-R-MaklumatIdentiti: JPN's population registry (Registri Penduduk) confirms a candidate's identity. */
export const MAKLUMAT_IDENTITI: Service = {
  apiUrl: 'https://sysb.jpn.gov.my/ws/MaklumatIdentiti',
  authentication,
  requestFields: [icNo],
  responseFields: [
    icNo,
    field('namaPenuh', 'Nama penuh seperti dalam daftar penduduk', 'String', '150'),
    field('tarikhLahir', 'Tarikh lahir, format yyyy-MM-dd', 'Date'),
    field('jantina', 'Jantina: L bagi lelaki, P bagi perempuan', 'String', '1'),
    field('kodWarganegara', 'Taraf kewarganegaraan: W warganegara, PT penduduk tetap, BW bukan warganegara', 'String', '2'),
    field('statusRekod', 'Status rekod dalam daftar: AKTIF atau MATI', 'String', '5'),
  ],
};
