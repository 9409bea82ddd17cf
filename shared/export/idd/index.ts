/** MyGDX Interface Description Document exporters (003 Lampiran A): one document per supplying agency, as PDF, Markdown or JSON. */
export { buildIddDocuments, iddSuppliers, describeService, partyOf, serviceGaps, DEFAULT_AUTHENTICATION, UXP, type IddDocument, type IddService, type IddConsumer, type IddField, type IddParty } from './model';
export { mygdxFlows, directionsOf, services, serviceEnds, serviceDataIds, serviceFieldsOf, withCrudLetter, SERVICE_ID_PATTERN, type ServiceDirection } from './services';
export { buildIddPdfs, iddDocumentPdf, type IddPdfOptions } from './pdf';
export { buildIddMarkdownFiles, buildIddJson, iddDocumentMarkdown } from './text';
export { buildIddFiles, buildIddZip, zipFiles } from './bundle';
export { iddFileName, slug, type IddBuildOptions } from './document';
export { ERROR_TABLES, TEMPLATE_CORRECTIONS, type ErrorRow, type ErrorTable } from './errors';
