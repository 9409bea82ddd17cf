/** Facts every form of one supplier's IDD needs: its name, its file name, the styles its services use. */
import type { Lang } from '../../i18n';
import { signatoryText } from '../pdf/signatory';
import { fill } from '../pdf/strings';
import type { IddDocument } from './model';
import type { IddStrings } from './strings';

/** Options of the IDD builders: language, document date, and the flows to cover (default every MyGDX flow). */
export interface IddBuildOptions {
  lang: Lang;
  date?: Date;
  flowIds?: string[];
}

/** The supplier's name for NAMA AGENSI and the sign-off, or a "not filled in" naming its systems. */
export function supplierName(idd: IddDocument, s: IddStrings): string {
  return idd.meta.agency ?? fill(s.unknownSupplier, { systems: idd.meta.supplierSystems.join(', ') });
}

/**
 * NAMA AGENSI INDUK (003 Lampiran A cover): the supplier's parent ministry as the model states it.
 * Where it does not, the project's own agency sees "(belum diisi)" (its Agensi Induk is a project
 * fact to fill in); another agency's document says that agency fills it in, since Lakar keeps no
 * list of ministries and a guess would be signed off by the wrong ministry.
 */
export function parentAgencyText(idd: IddDocument, s: IddStrings): string {
  if (idd.meta.parentAgency) return idd.meta.parentAgency;
  if (idd.meta.ownAgency || !idd.meta.agency) return s.notFilled;
  return fill(s.parentAgencyBySupplier, { agency: idd.meta.agency });
}

/**
 * SEMAKAN DOKUMEN's Nama/Jawatan of "Disediakan Oleh" (003 Lampiran A): the preparer's name and
 * post. "Disediakan oleh" is often the preparing unit; a unit is not a name or a post, so the post
 * alone is printed then (or the cell left for the preparer to fill in), as in the proposal's
 * signature block (signatory.ts). KAWALAN DOKUMEN's Penyedia still names the unit.
 *
 * The post is followed by the preparing agency unless it names it already: the document is the
 * supplier's, so "Ketua Unit Perancangan Strategik ICT" alone on Agensi A's IDD reads as a unit of
 * Agensi A.
 */
export function preparedByText(idd: IddDocument): string {
  const who = signatoryText(idd.meta.author ?? undefined);
  const post = withAgency(idd.meta.preparerPosition, idd.meta.preparerAgency);
  if (who.kind === 'person') return post ? `${who.name}, ${post}` : who.name;
  if (who.kind === 'post') return withAgency(who.text, idd.meta.preparerAgency) ?? who.text;
  return post ?? '';
}

/** `post`, followed by ", <agency>" when it does not name the agency already. */
function withAgency(post: string | null, agency: string | null): string | null {
  if (!post || !agency || post.toLowerCase().includes(agency.toLowerCase())) return post;
  return `${post}, ${agency}`;
}

/**
 * The integration styles the document's services use. Empty when a service's style is not filled
 * in: the document then prints both formats, since the reader cannot tell which one applies.
 */
export function documentStyles(idd: IddDocument): ReadonlySet<'SOAP' | 'REST'> {
  const styles = new Set<'SOAP' | 'REST'>();
  for (const s of idd.services) {
    if (!s.integrationStyle) return new Set();
    styles.add(s.integrationStyle);
  }
  return styles;
}

/** A file-name-safe version of `text`: lower case ASCII words joined by hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** File names of `docs`, one per supplier ("idd-jabatan-pendaftaran-negara.pdf"), made unique. */
export function iddFileName(docs: readonly IddDocument[], extension: string): string[] {
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const base = `idd-${slug(d.meta.agency ?? d.meta.supplierSystems[0] ?? 'pembekal') || 'pembekal'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}${n > 1 ? `-${n}` : ''}.${extension}`;
  });
}
