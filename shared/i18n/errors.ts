/**
 * Messages of every error key users can meet, Bahasa Melayu first, then English. Keys are flat
 * (`store.notLakar`) with i18next-style `{{param}}` placeholders; the renderer loads this table as the
 * `errors` namespace and the CLI formats it with `formatError`. A test checks that both languages
 * have the same keys and placeholders, and that every key thrown by shared/commands is here.
 */
import type { Lang } from './index';
import { REVIEW_ERRORS } from '../review/errors';

type Messages = Record<string, string>;

const ms: Messages = {
  'error.unexpected': 'Ralat tidak dijangka: {{message}}',
  'error.badRequest': 'Permintaan tidak sah dihantar kepada storan ({{channel}}).',
  'error.projectNotOpen': 'Projek ini tidak lagi dibuka.',
  'error.journalFailed': 'Suntingan terakhir tidak dapat direkodkan untuk pemulihan: {{message}}. Simpan projek secepat mungkin.',
  'error.storageFull': 'Storan penuh. Kosongkan sedikit ruang sebelum meneruskan; suntingan semasa anda masih dipaparkan.',
  'error.cancelled': 'Dibatalkan.',

  'command.unknown': 'Arahan “{{id}}” tidak dikenali.',
  'command.invalidArgs': 'Nilai tidak sah: {{message}}',
  'element.invalid': 'Elemen tidak sah: {{message}}',
  'element.duplicateId': 'Elemen dengan id “{{id}}” sudah wujud.',
  'element.notFound': 'Elemen “{{id}}” tidak ditemui dalam model.',
  'element.kindImmutable': 'Jenis elemen tidak boleh diubah. Padam elemen itu dan tambah elemen baharu.',
  'element.idImmutable': 'Id elemen tidak boleh diubah.',
  'element.notOnView': 'Elemen “{{id}}” tiada pada paparan ini.',
  'relation.invalid': 'Hubungan tidak sah: {{message}}',
  'relation.danglingEnd': 'Hubungan “{{id}}” merujuk elemen yang tiada dalam model.',
  'relation.notAllowed': 'Hubungan jenis “{{kind}}” tidak dibenarkan daripada {{source}} kepada {{target}}.',
  'relation.duplicateId': 'Hubungan dengan id “{{id}}” sudah wujud.',
  'relation.notFound': 'Hubungan “{{id}}” tidak ditemui dalam model.',
  'relation.idImmutable': 'Id hubungan tidak boleh diubah.',
  'flow.dataEntityMissing': 'Aliran data merujuk “{{id}}”, yang bukan entiti data dalam model.',
  'flow.notFound': 'Aliran data “{{id}}” tidak ditemui dalam model.',
  'view.invalid': 'Paparan tidak sah: {{message}}',
  'view.duplicateId': 'Paparan dengan id “{{id}}” sudah wujud.',
  'view.notFound': 'Paparan “{{id}}” tidak ditemui.',
  'view.lastView': 'Paparan terakhir tidak boleh dipadam: projek memerlukan sekurang-kurangnya satu paparan.',
  'meta.invalid': 'Maklumat projek tidak sah: {{message}}',
  'name.required': 'Nama diperlukan.',
  'id.reserved': 'Id ini ialah nama terpelihara (seperti __proto__, constructor atau prototype) dan tidak boleh digunakan.',
  'change.invalid': 'Perubahan ditolak kerana akan menjadikan model tidak sah ({{where}}).',
  'merge.unresolved': '{{count}} konflik penggabungan belum dijawab: pilih versi saya, versi mereka atau sunting nilainya bagi setiap konflik.',
  'merge.invalidValue': 'Nilai yang disunting tidak sah untuk {{entity}} ({{problem}}). Penggabungan tidak dilaksanakan.',
  'merge.notEditable': 'Konflik ini hanya boleh dijawab dengan memilih satu versi, bukan dengan menyunting nilainya.',
  'merge.browserLakar': 'Fail “{{file}}” ialah projek .lakar, yang tidak dapat dibaca oleh edisi pelayar. Dalam aplikasi desktop atau CLI, eksport projek itu sebagai Lakar JSON (.lakar.json), kemudian pilih fail itu.',
  'recovery.pending': 'Pulihkan atau buang dahulu suntingan yang belum disimpan daripada sesi lepas; projek tidak disimpan supaya suntingan itu tidak hilang.',

  'store.notFound': 'Fail “{{file}}” tidak ditemui.',
  'store.notSqlite': 'Fail “{{file}}” bukan projek Lakar (.lakar). Fail itu tidak diubah.',
  'store.notLakar': 'Fail “{{file}}” ialah pangkalan data SQLite tetapi bukan projek Lakar. Fail itu tidak diubah.',
  'store.tooNew': 'Fail “{{file}}” disimpan oleh versi Lakar yang lebih baharu (skema {{version}}; versi ini menyokong hingga {{supported}}). Kemas kini Lakar untuk membukanya. Fail itu tidak diubah.',
  'store.corrupt': 'Fail “{{file}}” rosak dan tidak dapat dibuka ({{detail}}). Fail itu tidak diubah; buka salinan sandaran jika ada.',
  'store.invalidContent': 'Fail “{{file}}” mengandungi rekod tidak sah di {{where}}: {{message}}. Fail itu tidak diubah.',
  'store.busy': 'Fail “{{file}}” sedang digunakan oleh program lain. Cuba lagi sebentar.',
  'store.readFailed': 'Fail “{{file}}” tidak dapat dibaca: {{message}}',
  'store.saveFailed': 'Projek tidak dapat disimpan ke “{{file}}”: {{message}}. Simpanan terakhir masih utuh dan suntingan anda masih dalam rekod pemulihan.',
  'store.migrationFailed': 'Fail “{{file}}” tidak dapat dinaik taraf daripada skema {{from}} ke {{to}}: {{message}}. Fail itu tidak diubah.',
  'store.backupFailed': 'Salinan sandaran “{{file}}” tidak dapat dibuat sebelum naik taraf: {{message}}. Fail asal tidak diubah.',
  'store.alreadyOpen': 'Projek “{{file}}” sudah dibuka dalam tetingkap lain.',
  'store.exists': 'Fail “{{file}}” sudah wujud.',
  'store.fileGone': 'Fail “{{file}}” telah dipindahkan, diganti atau dipadam sejak dibuka, jadi tidak disimpan. Gunakan Simpan Sebagai; suntingan anda masih dalam rekod pemulihan.',
  'store.folderMissing': 'Folder “{{folder}}” tidak wujud, jadi “{{file}}” tidak ditulis. Tiada fail sedia ada yang diubah.',
  'store.foreignObjects': 'Fail “{{file}}” mengandungi objek SQL yang bukan dibuat oleh Lakar: {{objects}}. Objek sebegini boleh menjalankan arahan tersembunyi apabila projek disimpan, jadi fail itu tidak dibuka. Fail itu tidak diubah; minta pengirim mengeksportnya semula sebagai .lakar.json.',
  'store.interruptedSave': 'Simpanan terakhir “{{file}}” terganggu: fail “{{file}}-journal” di sebelahnya memegang keadaan sebelum simpanan itu. Lakar boleh memulihkan keadaan simpanan terakhir ke dalam salinan; fail asal dan journalnya tidak diubah.',
  'store.sideFiles': 'Fail “{{file}}” telah diubah oleh alat SQLite lain (mod WAL, atau fail -wal atau -journal di sebelahnya). Lakar tidak menyuntingnya di tempat tanpa bertanya; ia boleh membuka salinan. Fail asal tidak diubah.',
  'store.reservedId': 'Fail “{{file}}” menggunakan nama terpelihara “{{id}}” (seperti __proto__ atau constructor) sebagai id atau kunci di {{where}}, yang tidak boleh digunakan dalam Lakar. Fail itu tidak dibuka dan tidak diubah.',

  'limit.elements': 'Fail “{{file}}” mempunyai {{count}} elemen; Lakar membaca sehingga {{max}} elemen bagi satu projek. Tiada apa-apa dibaca atau ditulis.',
  'limit.relations': 'Fail “{{file}}” mempunyai {{count}} hubungan; Lakar membaca sehingga {{max}} hubungan bagi satu projek. Tiada apa-apa dibaca atau ditulis.',
  'limit.views': 'Fail “{{file}}” mempunyai {{count}} paparan; Lakar membaca sehingga {{max}} paparan bagi satu projek. Tiada apa-apa dibaca atau ditulis.',
  'limit.inputBytes': 'Fail “{{file}}” bersaiz {{sizeMb}} MB; Lakar membaca fail sehingga {{maxMb}} MB. Tiada apa-apa dibaca atau ditulis.',
  'limit.memory': 'Lakar kehabisan memori (had {{maxMb}} MB) semasa memproses “{{file}}”. Tiada fail ditulis. Model ini mungkin terlalu besar untuk arahan ini; cuba bahagian yang lebih kecil, atau naikkan had dengan LAKAR_MAX_MEMORY_MB.',
  'file.tooLarge': 'Fail “{{name}}” terlalu besar ({{sizeMb}} MB). Saiz maksimum ialah {{maxMb}} MB.',
  'file.tooMany': 'Terlalu banyak fail dipilih ({{count}}). Pilih paling banyak {{max}} fail.',
  'file.notFound': 'Fail “{{file}}” tidak ditemui.',
  'file.readFailed': 'Fail “{{file}}” tidak dapat dibaca: {{message}}',
  'file.writeFailed': 'Fail “{{file}}” tidak dapat ditulis: {{message}}. Tiada fail sedia ada yang diubah.',

  'settings.invalid': 'Tetapan tidak sah: {{message}}',

  'json.syntax': 'JSON tidak sah pada baris {{line}}, lajur {{column}} (berhampiran “{{near}}”).',
  'json.unexpectedEnd': 'JSON terhenti sebelum lengkap pada baris {{line}}, lajur {{column}}: fail mungkin terpotong.',
  'json.notLakar': 'Fail ini bukan dokumen Lakar JSON (medan "format" mesti "lakar").',
  'json.tooNew': 'Dokumen ini menggunakan skema {{version}}, lebih baharu daripada yang disokong ({{supported}}). Kemas kini Lakar.',
  'json.invalidField': 'Medan tidak sah di {{path}}: {{message}}',
  'json.idMismatch': 'Id di {{path}} ialah “{{id}}”, tidak sepadan dengan kuncinya.',
  'json.danglingRelation': 'Hubungan di {{path}} merujuk elemen “{{id}}” yang tiada dalam dokumen.',
  'json.unknownNode': 'Paparan di {{path}} meletakkan elemen “{{id}}” yang tiada dalam dokumen.',
  'json.reservedId': 'Kunci atau id “{{id}}” di {{path}} ialah nama terpelihara (seperti __proto__, constructor atau prototype) yang tidak boleh digunakan dalam Lakar. Tukar nama itu (dan setiap rujukan kepadanya), kemudian import semula. Tiada apa-apa diimport.',

  'draft.untitled': 'Projek tanpa tajuk (belum disimpan)',

  'lakarFile.permissionDenied': 'Lakar tidak dibenarkan menulis ke fail “{{file}}”. Simpan sekali lagi dan benarkan apabila pelayar bertanya; suntingan anda masih dalam rekod pemulihan.',
  'lakarFile.engineFailed': 'Fail .lakar tidak dapat dibaca atau ditulis dalam pelayar ini ({{message}}). Projek dalam pelayar dan Lakar JSON masih boleh digunakan.',
  'lakarFile.noFileAccess': 'Pelayar ini tidak dapat menyimpan terus ke fail. Gunakan Fail › Muat turun salinan .lakar.',
  ...REVIEW_ERRORS.ms,
};

const en: Messages = {
  'error.unexpected': 'Unexpected error: {{message}}',
  'error.badRequest': 'An invalid request was sent to storage ({{channel}}).',
  'error.projectNotOpen': 'This project is no longer open.',
  'error.journalFailed': 'The last edit could not be recorded for recovery: {{message}}. Save the project as soon as possible.',
  'error.storageFull': 'Storage is full. Free some space before continuing; your current edits are still on screen.',
  'error.cancelled': 'Cancelled.',

  'command.unknown': 'Unknown command “{{id}}”.',
  'command.invalidArgs': 'Invalid value: {{message}}',
  'element.invalid': 'Invalid element: {{message}}',
  'element.duplicateId': 'An element with id “{{id}}” already exists.',
  'element.notFound': 'Element “{{id}}” is not in the model.',
  'element.kindImmutable': 'An element’s kind cannot be changed. Delete it and add a new element.',
  'element.idImmutable': 'An element’s id cannot be changed.',
  'element.notOnView': 'Element “{{id}}” is not on this view.',
  'relation.invalid': 'Invalid relation: {{message}}',
  'relation.danglingEnd': 'Relation “{{id}}” refers to an element that is not in the model.',
  'relation.notAllowed': 'A “{{kind}}” relation is not allowed from {{source}} to {{target}}.',
  'relation.duplicateId': 'A relation with id “{{id}}” already exists.',
  'relation.notFound': 'Relation “{{id}}” is not in the model.',
  'relation.idImmutable': 'A relation’s id cannot be changed.',
  'flow.dataEntityMissing': 'The data flow refers to “{{id}}”, which is not a data entity in the model.',
  'flow.notFound': 'Data flow “{{id}}” is not in the model.',
  'view.invalid': 'Invalid view: {{message}}',
  'view.duplicateId': 'A view with id “{{id}}” already exists.',
  'view.notFound': 'View “{{id}}” was not found.',
  'view.lastView': 'The last view cannot be deleted: a project needs at least one view.',
  'meta.invalid': 'Invalid project information: {{message}}',
  'name.required': 'A name is required.',
  'id.reserved': 'This id is a reserved name (such as __proto__, constructor or prototype) and cannot be used.',
  'change.invalid': 'The change was rejected because it would make the model invalid ({{where}}).',
  'merge.unresolved': '{{count}} merge conflict(s) not answered yet: choose mine, theirs or an edited value for each.',
  'merge.invalidValue': 'The edited value is not valid for {{entity}} ({{problem}}). The merge was not applied.',
  'merge.notEditable': 'This conflict can only be answered by choosing one version, not by editing a value.',
  'merge.browserLakar': '“{{file}}” is a .lakar project, which the browser edition cannot read. In the desktop app or the CLI, export that project as Lakar JSON (.lakar.json), then pick that file.',
  'recovery.pending': 'First restore or discard the unsaved edits from the last session; the project was not saved so that those edits are not lost.',

  'store.notFound': 'File “{{file}}” was not found.',
  'store.notSqlite': 'File “{{file}}” is not a Lakar project (.lakar). The file was not changed.',
  'store.notLakar': 'File “{{file}}” is an SQLite database but not a Lakar project. The file was not changed.',
  'store.tooNew': 'File “{{file}}” was saved by a newer version of Lakar (schema {{version}}; this version supports up to {{supported}}). Update Lakar to open it. The file was not changed.',
  'store.corrupt': 'File “{{file}}” is damaged and cannot be opened ({{detail}}). The file was not changed; open a backup copy if you have one.',
  'store.invalidContent': 'File “{{file}}” holds an invalid record at {{where}}: {{message}}. The file was not changed.',
  'store.busy': 'File “{{file}}” is in use by another program. Try again in a moment.',
  'store.readFailed': 'File “{{file}}” could not be read: {{message}}',
  'store.saveFailed': 'The project could not be saved to “{{file}}”: {{message}}. The last save is intact and your edits are still in the recovery record.',
  'store.migrationFailed': 'File “{{file}}” could not be upgraded from schema {{from}} to {{to}}: {{message}}. The file was not changed.',
  'store.backupFailed': 'The backup copy “{{file}}” could not be made before upgrading: {{message}}. The original file was not changed.',
  'store.alreadyOpen': 'Project “{{file}}” is already open in another window.',
  'store.exists': 'File “{{file}}” already exists.',
  'store.fileGone': 'File “{{file}}” was moved, replaced or deleted since it was opened, so it was not saved. Use Save As; your edits are still in the recovery record.',
  'store.folderMissing': 'Folder “{{folder}}” does not exist, so “{{file}}” was not written. No existing file was changed.',
  'store.foreignObjects': 'File “{{file}}” holds SQL objects that Lakar did not make: {{objects}}. Such objects can run hidden commands when the project is saved, so the file was not opened. The file was not changed; ask the sender to export it again as .lakar.json.',
  'store.interruptedSave': 'The last save of “{{file}}” was interrupted: the file “{{file}}-journal” beside it holds the state from before that save. Lakar can restore the last saved state into a copy; the original and its journal are not changed.',
  'store.sideFiles': 'File “{{file}}” was changed by another SQLite tool (WAL mode, or a -wal or -journal file beside it). Lakar does not edit it in place without asking; it can open a copy. The original was not changed.',
  'store.reservedId': 'File “{{file}}” uses the reserved name “{{id}}” (such as __proto__ or constructor) as an id or key at {{where}}, which Lakar cannot use. The file was not opened and was not changed.',

  'limit.elements': 'File “{{file}}” holds {{count}} elements; Lakar reads up to {{max}} elements per project. Nothing was read or written.',
  'limit.relations': 'File “{{file}}” holds {{count}} relations; Lakar reads up to {{max}} relations per project. Nothing was read or written.',
  'limit.views': 'File “{{file}}” holds {{count}} views; Lakar reads up to {{max}} views per project. Nothing was read or written.',
  'limit.inputBytes': 'File “{{file}}” is {{sizeMb}} MB; Lakar reads files of up to {{maxMb}} MB. Nothing was read or written.',
  'limit.memory': 'Lakar ran out of memory (limit {{maxMb}} MB) while processing “{{file}}”. No file was written. The model may be too large for this command; try a smaller part, or raise the limit with LAKAR_MAX_MEMORY_MB.',
  'file.tooLarge': 'File “{{name}}” is too large ({{sizeMb}} MB). The maximum size is {{maxMb}} MB.',
  'file.tooMany': 'Too many files picked ({{count}}). Pick at most {{max}} files.',
  'file.notFound': 'File “{{file}}” was not found.',
  'file.readFailed': 'File “{{file}}” could not be read: {{message}}',
  'file.writeFailed': 'File “{{file}}” could not be written: {{message}}. No existing file was changed.',

  'settings.invalid': 'Invalid settings: {{message}}',

  'json.syntax': 'Invalid JSON at line {{line}}, column {{column}} (near “{{near}}”).',
  'json.unexpectedEnd': 'The JSON ends too early at line {{line}}, column {{column}}: the file may be truncated.',
  'json.notLakar': 'This file is not a Lakar JSON document (the "format" field must be "lakar").',
  'json.tooNew': 'This document uses schema {{version}}, newer than supported ({{supported}}). Update Lakar.',
  'json.invalidField': 'Invalid field at {{path}}: {{message}}',
  'json.idMismatch': 'The id at {{path}} is “{{id}}”, which does not match its key.',
  'json.danglingRelation': 'The relation at {{path}} refers to element “{{id}}”, which is not in the document.',
  'json.unknownNode': 'The view at {{path}} places element “{{id}}”, which is not in the document.',
  'json.reservedId': 'The key or id “{{id}}” at {{path}} is a reserved name (such as __proto__, constructor or prototype) that Lakar cannot use. Rename it (and every reference to it), then import again. Nothing was imported.',

  'draft.untitled': 'Untitled project (never saved)',

  'lakarFile.permissionDenied': 'Lakar is not allowed to write to “{{file}}”. Save again and allow it when the browser asks; your edits are still in the recovery copy.',
  'lakarFile.engineFailed': '.lakar files cannot be read or written in this browser ({{message}}). Projects in the browser and Lakar JSON still work.',
  'lakarFile.noFileAccess': 'This browser cannot save straight to a file. Use File › Download a .lakar copy.',
  ...REVIEW_ERRORS.en,
};

/** Error messages per language, `{ ms: { key: text }, en: { … } }`. */
export const ERROR_MESSAGES: Record<Lang, Messages> = { ms, en };

/** The message of `key` in `lang` with `{{param}}` filled in; unknown keys come back as the key itself. */
export function formatError(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = ERROR_MESSAGES[lang][key] ?? ERROR_MESSAGES.ms[key];
  if (template === undefined) {
    const extra = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
    return extra ? `${key} (${extra})` : key;
  }
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
