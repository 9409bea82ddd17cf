/**
 * Whether a text entered where a signatory's name belongs names a person, or an organisational unit
 * or a post. "Disediakan oleh" (`meta.author`) is often the preparing unit ("Unit Perancangan
 * Strategik ICT, Agensi PQRST") and the CDO field is often filled with the post ("Ketua Pegawai
 * Digital (CDO) KESUMA"); printed in a signature block's Nama row they read as a unit signing, which
 * a reviewer sends back. The paper then leaves the name for the signatory to write, as it does the
 * signature, and keeps the unit or post where the block has room for it.
 *
 * Conservative on purpose: only a text that opens with a unit or post word (or names a post by its
 * acronym in brackets) is taken for one; a person's name, with or without an honorific (Puan, Encik,
 * Dr., Datuk), is printed as it is.
 */

/** Opening words of an organisational unit, in Malay and English. */
const UNIT = /^(unit|bahagian|seksyen|cawangan|jabatan|pejabat|sektor|agensi|kementerian|pasukan|jawatankuasa|urus ?setia|sekretariat|division|department|section|branch|office|ministry|agency|team|committee|secretariat)\b/i;
/** Opening words of a post, and posts named by their acronym in brackets ("(CDO)"). */
const POST = /^(ketua|timbalan|pengarah|setiausaha|pengerusi|pegawai|penolong|chief|head|director|deputy|secretary|chair|officer)\b|\((CDO|CIO|KSU|KPD|TKSU)\)/i;

export type SignatoryText = { kind: 'person'; name: string } | { kind: 'unit' | 'post'; text: string } | { kind: 'blank' };

/** What `text`, entered as a signatory's name, holds. */
export function signatoryText(text: string | undefined): SignatoryText {
  const t = text?.trim();
  if (!t) return { kind: 'blank' };
  if (UNIT.test(t)) return { kind: 'unit', text: t };
  if (POST.test(t)) return { kind: 'post', text: t };
  return { kind: 'person', name: t };
}
