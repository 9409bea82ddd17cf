/**
 * Texts of the `lakar` CLI, Bahasa Melayu first (the default) and English (`--lang en` or
 * LAKAR_LANG=en). Error keys of the store and interchange come from shared/i18n/errors.ts; format
 * modules may add their own tables (cli/formats.ts).
 */
import type { Lang } from '../shared/i18n';

type Messages = Record<string, string>;

const ms: Messages = {
  'cli.description': 'Lakar: alat baris arahan untuk projek Landscape Map View (fail .lakar).',
  'cli.option.lang': 'bahasa mesej: ms (lalai) atau en; juga pemboleh ubah LAKAR_LANG',
  'cli.option.help': 'papar bantuan arahan',
  'cli.option.version': 'papar versi Lakar',
  'cli.helpCommand': 'papar bantuan sesuatu arahan',
  'cli.epilog': 'Kod keluar: 0 berjaya, 1 masalah ditemui, 2 input tidak sah.',

  'cmd.new.description': 'cipta projek .lakar baharu yang kosong',
  'cmd.new.file': 'fail projek yang hendak dicipta (.lakar ditambah jika tiada)',
  'cmd.new.title': 'tajuk projek',
  'cmd.new.example': 'mulakan daripada contoh 001 §3.3.4 (Perkhidmatan Pengurusan Pengambilan Pekerja)',
  'cmd.force': 'ganti fail sedia ada',
  'cmd.info.description': 'ringkasan projek: tajuk dan bilangan elemen, hubungan dan paparan mengikut jenis',
  'cmd.info.file': 'fail .lakar (atau format lain yang boleh diimport)',
  'cmd.info.json': 'keluaran dalam JSON',
  'cmd.import.description': 'import model daripada fail lain ke projek .lakar baharu',
  'cmd.import.input': 'fail input',
  'cmd.import.output': 'fail .lakar yang dihasilkan',
  'cmd.import.format': 'format input (dikesan sendiri jika tiada): {{formats}}',
  'cmd.export.description': 'eksport projek ke format lain',
  'cmd.export.file': 'fail .lakar (atau format lain yang boleh diimport)',
  'cmd.export.format': 'format output: {{formats}}',
  'cmd.export.output': 'fail output, atau - untuk output standard',

  'out.created': 'Projek baharu dicipta: {{file}}',
  'out.imported': 'Diimport {{elements}} elemen dan {{relations}} hubungan daripada {{input}} ({{format}}) ke {{file}}',
  'out.exported': 'Dieksport {{input}} ke {{file}} ({{format}})',
  'out.warning': 'Amaran: {{message}}',

  'info.title': 'Tajuk',
  'info.untitled': '(tanpa tajuk)',
  'info.file': 'Fail',
  'info.schema': 'Versi skema',
  'info.savedAt': 'Disimpan',
  'info.appVersion': 'Disimpan oleh Lakar',
  'info.elements': 'Elemen',
  'info.relations': 'Hubungan',
  'info.views': 'Paparan',

  'cli.error': 'Ralat: {{message}}',
  'cli.hint': 'Gunakan --help untuk bantuan.',
  'cli.unknownOption': 'pilihan tidak dikenali {{detail}}',
  'cli.unknownCommand': 'arahan tidak dikenali {{detail}}',
  'cli.missingArgument': 'argumen diperlukan tiada: {{detail}}',
  'cli.optionMissingArgument': 'pilihan {{detail}} memerlukan nilai',
  'cli.missingMandatoryOptionValue': 'pilihan wajib {{detail}} tidak diberi',
  'cli.excessArguments': 'terlalu banyak argumen',
  'cli.invalidArgument': 'nilai tidak sah: {{detail}}',
  'cli.usage': '{{message}}',
  'cli.noCommand': 'tiada arahan diberi',
  'cli.badLang': 'bahasa “{{lang}}” tidak disokong; gunakan ms atau en',
  'cli.unknownFormat': 'format “{{format}}” tidak dikenali; format yang ada: {{known}}',
  'cli.cannotDetect': 'format fail “{{file}}” tidak dapat dikenal pasti; nyatakan --format ({{known}})',
  'cli.noFormat': 'nyatakan --format ({{known}}) atau gunakan sambungan fail output yang dikenali',
  'cli.unexpected': 'ralat dalaman: {{message}}',
  'cli.outputIsInput': 'fail output “{{file}}” ialah fail input; pilih nama lain untuk output',
  'cli.outputIsProject': 'fail output “{{file}}” ialah projek Lakar; eksport tidak menggantikan projek, pilih nama lain',

  'note.interruptedSave': 'simpanan terakhir “{{file}}” terganggu; keadaan simpanan terakhir dibaca. Fail itu dan fail -journal di sebelahnya tidak diubah (buka dalam Lakar untuk memulihkannya ke salinan).',
  'note.walMode': '“{{file}}” dalam mod WAL (diubah oleh alat SQLite lain); ia dibaca melalui salinan sementara. Fail itu dan fail di sebelahnya tidak diubah.',
};

const en: Messages = {
  'cli.description': 'Lakar: command-line tool for Landscape Map View projects (.lakar files).',
  'cli.option.lang': 'message language: ms (default) or en; also the LAKAR_LANG variable',
  'cli.option.help': 'show help for a command',
  'cli.option.version': 'show the Lakar version',
  'cli.helpCommand': 'show help for a command',
  'cli.epilog': 'Exit codes: 0 success, 1 problems found, 2 bad input.',

  'cmd.new.description': 'create a new, empty .lakar project',
  'cmd.new.file': 'project file to create (.lakar is added when missing)',
  'cmd.new.title': 'project title',
  'cmd.new.example': 'start from the 001 §3.3.4 worked example (Perkhidmatan Pengurusan Pengambilan Pekerja)',
  'cmd.force': 'replace an existing file',
  'cmd.info.description': 'summary of a project: title and counts of elements, relations and views per kind',
  'cmd.info.file': '.lakar file (or another importable format)',
  'cmd.info.json': 'output JSON',
  'cmd.import.description': 'import a model from another file into a new .lakar project',
  'cmd.import.input': 'input file',
  'cmd.import.output': '.lakar file to produce',
  'cmd.import.format': 'input format (detected when omitted): {{formats}}',
  'cmd.export.description': 'export a project to another format',
  'cmd.export.file': '.lakar file (or another importable format)',
  'cmd.export.format': 'output format: {{formats}}',
  'cmd.export.output': 'output file, or - for standard output',

  'out.created': 'New project created: {{file}}',
  'out.imported': 'Imported {{elements}} elements and {{relations}} relations from {{input}} ({{format}}) into {{file}}',
  'out.exported': 'Exported {{input}} to {{file}} ({{format}})',
  'out.warning': 'Warning: {{message}}',

  'info.title': 'Title',
  'info.untitled': '(untitled)',
  'info.file': 'File',
  'info.schema': 'Schema version',
  'info.savedAt': 'Saved',
  'info.appVersion': 'Saved by Lakar',
  'info.elements': 'Elements',
  'info.relations': 'Relations',
  'info.views': 'Views',

  'cli.error': 'Error: {{message}}',
  'cli.hint': 'Use --help for usage.',
  'cli.unknownOption': 'unknown option {{detail}}',
  'cli.unknownCommand': 'unknown command {{detail}}',
  'cli.missingArgument': 'missing required argument {{detail}}',
  'cli.optionMissingArgument': 'option {{detail}} needs a value',
  'cli.missingMandatoryOptionValue': 'required option {{detail}} not given',
  'cli.excessArguments': 'too many arguments',
  'cli.invalidArgument': 'invalid value: {{detail}}',
  'cli.usage': '{{message}}',
  'cli.noCommand': 'no command given',
  'cli.badLang': 'language “{{lang}}” is not supported; use ms or en',
  'cli.unknownFormat': 'unknown format “{{format}}”; available formats: {{known}}',
  'cli.cannotDetect': 'cannot tell the format of “{{file}}”; give --format ({{known}})',
  'cli.noFormat': 'give --format ({{known}}) or an output file name with a known extension',
  'cli.unexpected': 'internal error: {{message}}',
  'cli.outputIsInput': 'output file “{{file}}” is the input file; choose another name for the output',
  'cli.outputIsProject': 'output file “{{file}}” is a Lakar project; an export never replaces a project, choose another name',

  'note.interruptedSave': 'the last save of “{{file}}” was interrupted; its last saved state was read. The file and the -journal beside it were not changed (open it in Lakar to restore it into a copy).',
  'note.walMode': '“{{file}}” is in WAL mode (changed by another SQLite tool); it was read through a temporary copy. The file and the files beside it were not changed.',
};

/** CLI texts per language. */
export const CLI_MESSAGES: Record<Lang, Messages> = { ms, en };
