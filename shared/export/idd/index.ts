/** MyGDX Interface Description Document exporters (003 Lampiran A): PDF, Markdown and JSON. */
export { buildIddDocument, describeInterface, mygdxFlows, supplierOf, SERVICE_ID_PATTERN, UXP, type IddDocument, type IddInterface, type IddConsumer, type IddField } from './model';
export { buildIddPdf, type IddPdfOptions } from './pdf';
export { buildIddMarkdown, buildIddJson, iddDocumentMarkdown } from './text';
