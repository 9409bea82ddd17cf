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

const applicationNo: DataField = { name: 'noPermohonan', description: 'Nombor rujukan permohonan calon dalam Sistem Pengambilan Pekerja', type: 'String', length: '20', mandatory: true };
const icNo: DataField = { name: 'noKadPengenalan', description: 'Nombor MyKad calon, 12 digit tanpa sempang', type: 'String', length: '12', mandatory: true };

/** PQRST-SPP-R-MaklumatCalon: Agensi PQRST supplies a candidate's details to Sistem A (Agensi A). */
export const MAKLUMAT_CALON: Service = {
  apiUrl: 'https://spp.pqrst.gov.my/api/v1/maklumat-calon',
  authentication,
  requestFields: [applicationNo],
  responseFields: [
    applicationNo,
    icNo,
    { name: 'namaPenuh', description: 'Nama penuh calon seperti dalam MyKad', type: 'String', length: '150', mandatory: true },
    { name: 'jawatanDipohon', description: 'Nama jawatan yang dipohon', type: 'String', length: '100', mandatory: true },
    { name: 'tarikhPermohonan', description: 'Tarikh permohonan dihantar, format yyyy-MM-dd', type: 'Date', mandatory: true },
    { name: 'statusPermohonan', description: 'Status permohonan: BARU, DISEMAK, DILULUSKAN atau DITOLAK', type: 'String', length: '10', mandatory: true },
  ],
};

/** AGA-SYSA-R-KeputusanTapisan: Agensi A returns its screening result for the candidate (the reverse service). */
export const KEPUTUSAN_TAPISAN: Service = {
  apiUrl: 'https://sysa.aga.gov.my/api/v1/keputusan-tapisan',
  authentication,
  requestFields: [applicationNo, icNo],
  responseFields: [
    applicationNo,
    { name: 'keputusanTapisan', description: 'Keputusan tapisan: LULUS atau GAGAL', type: 'String', length: '5', mandatory: true },
    { name: 'tarikhTapisan', description: 'Tarikh tapisan dibuat, format yyyy-MM-dd', type: 'Date', mandatory: true },
    { name: 'catatan', description: 'Sebab keputusan, jika gagal', type: 'String', length: '500', mandatory: false },
  ],
};

/** JPN-SYSB-R-MaklumatIdentiti: JPN's population registry (Registri Penduduk) confirms a candidate's identity. */
export const MAKLUMAT_IDENTITI: Service = {
  apiUrl: 'https://sysb.jpn.gov.my/ws/MaklumatIdentiti',
  authentication,
  requestFields: [icNo],
  responseFields: [
    icNo,
    { name: 'namaPenuh', description: 'Nama penuh seperti dalam daftar penduduk', type: 'String', length: '150', mandatory: true },
    { name: 'tarikhLahir', description: 'Tarikh lahir, format yyyy-MM-dd', type: 'Date', mandatory: true },
    { name: 'jantina', description: 'Jantina: L bagi lelaki, P bagi perempuan', type: 'String', length: '1', mandatory: true },
    { name: 'kodWarganegara', description: 'Taraf kewarganegaraan: W warganegara, PT penduduk tetap, BW bukan warganegara', type: 'String', length: '2', mandatory: true },
    { name: 'statusRekod', description: 'Status rekod dalam daftar: AKTIF atau MATI', type: 'String', length: '5', mandatory: true },
  ],
};
