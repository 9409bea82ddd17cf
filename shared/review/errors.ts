/**
 * Messages of the review feature's error keys, Bahasa Melayu first, then English; merged into the
 * shared error table (shared/i18n/errors.ts) so the app, the CLI and the main process show them.
 */
export const REVIEW_ERRORS: { ms: Record<string, string>; en: Record<string, string> } = {
  ms: {
    'review.foreign': 'Fail ini bukan fail ulasan Lakar (.ulasan). Tiada apa-apa diubah.',
    'review.tooNew': 'Fail ulasan ini ditulis oleh versi Lakar yang lebih baharu (format {{version}}; versi ini menyokong hingga {{supported}}). Kemas kini Lakar untuk membukanya.',
    'review.tampered': 'Fail ulasan ini telah diubah di luar Lakar atau rosak (semakan checksum gagal), jadi ia tidak dibuka. Minta salinan asal daripada penyemak. Projek tidak diubah.',
    'review.invalid': 'Fail ulasan mengandungi medan tidak sah di {{path}}: {{message}}. Tiada apa-apa diubah.',
    'review.reservedId': 'Fail ulasan mengandungi id “{{id}}” di {{path}}, iaitu nama terpelihara (seperti __proto__, constructor atau toString) yang tidak boleh digunakan dalam Lakar, jadi ia tidak dibuka. Minta salinan asal daripada penyemak. Projek tidak diubah.',
    'review.tooDeep': 'Fail ulasan bersarang terlalu dalam di {{path}} (lebih daripada {{max}} aras), jadi ia bukan fail ulasan yang ditulis oleh Lakar dan tidak dibuka. Projek tidak diubah.',
    'review.tooLarge': 'Fail ulasan terlalu besar (maksimum {{maxMb}} MB).',
    'review.migrationFailed': 'Fail ulasan tidak dapat dinaik taraf daripada format {{from}} ke {{to}}: {{message}}. Fail itu tidak diubah.',
    'review.otherProject': 'Fail ulasan ini ialah ulasan bagi “{{reviewed}}”, bukan bagi projek yang dibuka (“{{project}}”). Ia tidak dibuka dan projek tidak diubah.',
    'review.modelReadOnly': 'Model dibuka untuk ulasan sahaja dan tidak boleh diubah. Ulasan anda disimpan dalam fail ulasan (Fail › Ulasan › Simpan Ulasan).',
    'review.notAllowed': 'Hanya penyemak boleh membuat perubahan ini pada ulasan.',
    'review.agencyStatus': 'Agensi hanya boleh menandakan komen sebagai dijawab; penyemak yang menandakannya selesai.',
    'review.commentNotFound': 'Komen “{{id}}” tiada dalam ulasan.',
    'review.noReview': 'Tiada ulasan dibuka.',
    'review.notReviewFile': 'Kandungan yang hendak disimpan bukan fail ulasan Lakar yang sah, jadi tiada fail ditulis.',
    'review.notFound': 'Ulasan “{{name}}” tidak ditemui dalam pelayar ini.',
    'review.notOverProject': 'Fail ulasan tidak boleh menggantikan projek Lakar “{{file}}”. Pilih nama lain; tiada fail diubah.',
  },
  en: {
    'review.foreign': 'This file is not a Lakar review file (.ulasan). Nothing was changed.',
    'review.tooNew': 'This review file was written by a newer version of Lakar (format {{version}}; this version supports up to {{supported}}). Update Lakar to open it.',
    'review.tampered': 'This review file was changed outside Lakar or is damaged (its checksum does not match), so it was not opened. Ask the reviewer for the original. The project was not changed.',
    'review.invalid': 'The review file holds an invalid field at {{path}}: {{message}}. Nothing was changed.',
    'review.reservedId': 'The review file holds the id “{{id}}” at {{path}}, a reserved name (such as __proto__, constructor or toString) that Lakar cannot use, so it was not opened. Ask the reviewer for the original. The project was not changed.',
    'review.tooDeep': 'The review file is nested too deeply at {{path}} (more than {{max}} levels), so it is not a review file Lakar wrote and was not opened. The project was not changed.',
    'review.tooLarge': 'The review file is too large (at most {{maxMb}} MB).',
    'review.migrationFailed': 'The review file could not be upgraded from format {{from}} to {{to}}: {{message}}. The file was not changed.',
    'review.otherProject': 'This review file reviews “{{reviewed}}”, not the open project (“{{project}}”). It was not opened and the project was not changed.',
    'review.modelReadOnly': 'The model is open for review only and cannot be changed. Your review is kept in the review file (File › Review › Save Review).',
    'review.notAllowed': 'Only the reviewer can make this change to the review.',
    'review.agencyStatus': 'The agency can only mark a comment answered; the reviewer marks it resolved.',
    'review.commentNotFound': 'Comment “{{id}}” is not in the review.',
    'review.noReview': 'No review is open.',
    'review.notReviewFile': 'What was to be saved is not a valid Lakar review file, so no file was written.',
    'review.notFound': 'Review “{{name}}” was not found in this browser.',
    'review.notOverProject': 'A review file cannot replace the Lakar project “{{file}}”. Choose another name; no file was changed.',
  },
};
