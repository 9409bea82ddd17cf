/** The 20 generic service processes of 001 Rajah 3-2 (BM name with the English verbs, as printed). */
export interface GenericProcess {
  no: number;
  ms: string;
  en: string;
  source: string;
}

const SRC = '001 §3.3.3, Rajah 3-2';

export const GENERIC_PROCESSES: readonly GenericProcess[] = [
  { no: 1, ms: 'Pendaftaran', en: 'Register', source: SRC },
  { no: 2, ms: 'Carian', en: 'Archive/Retrieve/Search', source: SRC },
  { no: 3, ms: 'Semakan', en: 'Verify/Check', source: SRC },
  { no: 4, ms: 'Pengesahan', en: 'Certify', source: SRC },
  { no: 5, ms: 'Penyerahan', en: 'Issue/Re-issue/Renew', source: SRC },
  { no: 6, ms: 'Pemeriksaan', en: 'Inspect', source: SRC },
  { no: 7, ms: 'Pengedaran', en: 'Distribute/Circulate/Broadcast', source: SRC },
  { no: 8, ms: 'Penghantaran', en: 'Deliver', source: SRC },
  { no: 9, ms: 'Semakan Semula', en: 'Modify/Revise/Correct', source: SRC },
  { no: 10, ms: 'Pemberian', en: 'Allocate/Assign', source: SRC },
  { no: 11, ms: 'Kelulusan', en: 'Approve/Authorize/Endorse', source: SRC },
  { no: 12, ms: 'Pemakluman', en: 'Alert/Notify/Inform', source: SRC },
  { no: 13, ms: 'Maklum Balas', en: 'Acknowledge/Respond', source: SRC },
  { no: 14, ms: 'Pembayaran', en: 'Pay/Disburse', source: SRC },
  { no: 15, ms: 'Cetakan', en: 'Generate', source: SRC },
  { no: 16, ms: 'Rayuan', en: 'Appeal/Contest/Grievance', source: SRC },
  { no: 17, ms: 'Pelaporan', en: 'Record/Report', source: SRC },
  { no: 18, ms: 'Pemantauan', en: 'Assess/Evaluate/Monitor', source: SRC },
  { no: 19, ms: 'Kutipan', en: 'Collect/Return', source: SRC },
  { no: 20, ms: 'Pengesahan Identiti', en: 'Identify', source: SRC },
];

/** The generic process numbered `no`, or undefined. */
export function genericProcess(no: number | undefined): GenericProcess | undefined {
  return no === undefined ? undefined : GENERIC_PROCESSES[no - 1];
}
