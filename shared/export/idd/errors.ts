/**
 * The error tables of the MyGDX IDD template, Lampiran 1 §3.1.2–3.1.4 (003 Lampiran A), copied
 * from the seed: the error message, what the service administrator does (Penyelesaian Pentadbir
 * Perkhidmatan) and what the Security Server administrator does (Penyelesaian Pentadbir Security
 * Server). Where the template gives one answer across both columns, the row has `both`.
 *
 * The text is the template's, with only the slips of `TEMPLATE_CORRECTIONS` put right; the line
 * breaks of the PDF extraction are undone. The solutions exist in Malay only: the English IDD
 * prints them as the template words them (the error messages themselves are the UXP's English).
 */

/** One row of an error table. */
export interface ErrorRow {
  message: string;
  /** Penyelesaian Pentadbir Perkhidmatan. */
  service?: string;
  /** Penyelesaian Pentadbir Security Server. */
  server?: string;
  /** One answer for both administrators (a merged cell in the template). */
  both?: string;
}

export interface ErrorTable {
  /** Section of Lampiran 1, e.g. "3.1.2". */
  section: string;
  title: { ms: string; en: string };
  rows: ErrorRow[];
}

/**
 * Slips of the template put right in the IDD, as [as printed in the seed, as Lakar prints it, why].
 * Tests map the seed through this list before comparing it with the IDD, so nothing else may differ.
 */
export const TEMPLATE_CORRECTIONS: readonly (readonly [string, string, string])[] = [
  ['samada', 'sama ada', 'spelling (Kamus Dewan)'],
  ['dimana', 'di mana', 'spelling (Kamus Dewan)'],
  ['Paramater', 'Parameter', 'spelling'],
  ['sturktur', 'struktur', 'spelling'],
  ['Security Sever', 'Security Server', 'spelling'],
  ['pelaksaan', 'pelaksanaan', 'spelling'],
  ['perlaksanaan', 'pelaksanaan', 'spelling'],
  ['“Client”membawa', '“Client” membawa', 'missing space'],
  ['diterima.Pengenal', 'diterima. Pengenal', 'missing space'],
  ['adalah  di', 'adalah di', 'double space'],
  ['405 Not Found', '404 Not Found', 'the row itself explains "ralat 404" (Not Found); 405 is Method Not Allowed'],
  ['[UXP-PRMESS]', '[UXP-PR-MESS]', 'the document is cited as [UXP-PR-MESS] everywhere else'],
  ['no timestamping services configure 1.', 'no timestamping services configured 1.', 'the Security Server’s message, as §3.1.4 quotes it'],
  ['timetamp', 'timestamp', 'spelling'],
  ['sebelumnya),timestamp', 'sebelumnya), timestamp', 'missing space'],
  ['$ systemctl mulakan semula uxp-signer', '$ systemctl restart uxp-signer', 'a shell command: "mulakan semula" translates its word "restart", which the command needs'],
  ['$ systemctl mulakan semula uxp-confclient', '$ systemctl restart uxp-confclient', 'a shell command: "mulakan semula" translates its word "restart", which the command needs'],
];

const CALL_CONSUMER_ADMIN = '1. Hubungi pentadbir Security Server pelanggan perkhidmatan';
const CALL_SUPPLIER_ADMIN = '1. Hubungi pentadbir Security Server pembekal perkhidmatan';
const SEE_PROXY_LOG_CLIENT = '2. Untuk butiran lanjut tentang error, semak log proksi Security Server klien perkhidmatan (/var/log/uxp/proxy.log atau daripada Log dalam User Interface Security Server).';
const SEE_PROXY_LOG_CLIENT_RALAT = '2. Untuk butiran lanjut tentang ralat, semak log proksi Security Server klien perkhidmatan (/var/log/uxp/proxy.log atau daripada Log dalam User Interface Security Server).';
const FORMAT_OK = '(untuk maklumat lanjut, lihat [UXP-PR-MESS])';
const EXAMPLE_SERVICE = 'SERVICE:EE_DEV/GOV/EXAMPLE_ORGANIZATION/EXAMPLE_DEPARTMENT/EXAMPLE_SERVICE';

/** The five conditions of a valid authentication certificate, for the consumer's or the supplier's Security Server. */
function authenticationCertificate(whose: 'pelanggan' | 'pembekal', end: string): string {
  return [
    `1. Security Server ${whose} perkhidmatan tidak mempunyai sijil pengesahan yang sah. Pastikan semua syarat berikut dipenuhi:`,
    '(i) Security Server mempunyai sekurang-kurangnya satu sijil pengesahan (lihat Bahagian User Guide-Security Server Mengkonfigurasi Kunci Pengesahan dan Sijil untuk Pelayan Keselamatan)' + (whose === 'pembekal' ? '.' : ''),
    '(ii) Sijil adalah pada token yang dilog masuk dan tersedia (lihat Bahagian User Guide-Security Server Ketersediaan Keadaan Token Keselamatan, Kunci dan Sijil).',
    '(iii) Sijil didaftarkan (lihat Bahagian User Guide-Security Server Pendaftaran Negeri Pengesahan dan Sijil Penyulitan).',
    '(iv) Sijil aktif (lihat Bahagian User Guide-Security Server Mengaktifkan dan Melumpuhkan Sijil).',
    `(v) Sambutan OCSP bagi sijil adalah baik (lihat Bahagian User Guide-Security Server Status Kesahan Sijil)${end}`,
  ].join('\n');
}

export const ERROR_TABLES: readonly ErrorTable[] = [
  {
    section: '3.1.2',
    title: { ms: 'Ralat Daripada Sistem Agensi Pengguna', en: "Errors from the Consumer Agency's System" },
    rows: [
      {
        message: '404 Not Found',
        both: [
          '1. Ia menunjukkan bahawa URL yang anda gunakan dalam permintaan anda tidak wujud pada pelayan.',
          '2. Walaupun ini adalah ralat 404, yang biasanya bermaksud sesuatu pada bahagian klien adalah salah, ini juga boleh menunjukkan masalah pelayan. Kadangkala URL API berubah selepas kemas kini versi, tetapi kadangkala ia berubah kerana ada masalah pada pelayan.',
          '3. Tindakan terbaik ialah menyemak sama ada anda tidak mempunyai kesilapan menaip dalam kod pelanggan anda sebelum menyemak sama ada API mempunyai masalah.',
        ].join('\n'),
      },
      {
        message: '401 Unauthorized',
        both: [
          '1. Kod status ini bermakna anda belum lagi mengesahkan terhadap API. API tidak tahu siapa anda dan oleh itu ia tidak akan melayani anda.',
          '2. Untuk kebanyakan API, anda perlu mendaftar dan mendapatkan kunci API. Kunci ini kemudiannya digunakan dalam medan header HTTP apabila anda menghantar permintaan, memberitahu API siapa anda.',
        ].join('\n'),
      },
      {
        message: '403 Forbidden',
        both: [
          '1. Status terlarang menunjukkan bahawa anda tidak mempunyai kebenaran untuk meminta URL tersebut. Perbezaan kepada status Tanpa Kebenaran ialah anda telah disahkan, tetapi pengguna atau peranan yang anda sahkan tidak dibenarkan membuat permintaan.',
          '2. Ini juga berlaku apabila anda mempunyai isu pengesahan, seperti apabila menggunakan kunci API yang salah atau cuba mengakses ciri yang tidak dibenarkan oleh pelan langganan anda.',
        ].join('\n'),
      },
      {
        message: '400 Bad Request',
        both: [
          '1. Status permintaan buruk ialah salah satu mesej error yang paling generik. Ini menunjukkan bahawa anda melakukan sesuatu yang salah dalam permintaan anda.',
          '2. Anda perlu menyemak dokumen. Anda mungkin kehilangan pertanyaan atau body field dalam permintaan, atau header mungkin salah. Mungkin juga sesetengah data permintaan anda mungkin mempunyai format yang salah.',
        ].join('\n'),
      },
      {
        message: '429 Too Many Requests',
        both: [
          '1. Kebanyakan pelan langganan API mempunyai had: lebih murah pelan, lebih sedikit permintaan sesaat dibenarkan untuk kunci API anda. Jika anda menghantar terlalu banyak permintaan dalam masa yang singkat, pertimbangkan untuk mengecilkannya dalam pelanggan anda. Status ini juga boleh menunjukkan bahawa anda mencapai had harian, mingguan atau bulanan pada akaun anda.',
          '2. Kadangkala API kelihatan seperti sesuai sehingga anda melihat hadnya, dan tiba-tiba ia tidak berfungsi untuk kes penggunaan anda lagi. Semak bahagian langganan API anda sebelum menyepadukan jika tidak, anda mungkin menghadapi masalah beberapa minggu atau bulan selepas menyepadukan API.',
        ].join('\n'),
      },
      {
        message: '500 Internal Server Error',
        both: [
          '1. Status ini boleh bermakna apa sahaja, tetapi ia biasanya menunjukkan server API error. Ia mungkin disebabkan oleh sesuatu yang berkaitan dengan permintaan. Semak semula dokumen untuk memastikan anda melakukan semuanya dengan betul seperti query fields, body fields, headers, format, etc.',
          '2. Jika itu tidak menyelesaikan masalah, ia mungkin juga berkaitan dengan kemas kini API yang memperkenalkan kod buggy, atau data yang dimuatkan oleh API daripada perkhidmatan upstream. Dalam kes itu, satu-satunya punca tindakan anda ialah menghubungi sokongan API.',
        ].join('\n'),
      },
      {
        message: '502 Bad Gateway',
        both: [
          '1. Status ini memberitahu anda bahawa pelayan yang anda panggil bukanlah pelayan API sebenar, tetapi gerbang atau proksi. Pelayan proksi cuba memanggil pelayan API atas nama anda. Status juga menunjukkan bahawa pelayan API tidak menjawab. Ini mungkin berkaitan dengan masalah rangkaian, atau hanya kerana server API tidak berfungsi.',
          '2. Masalah ini biasanya hanya sementara dan harus diselesaikan oleh penyedia API, tetapi anda perlu menghubungi sokongan jika ia berterusan.',
        ].join('\n'),
      },
      {
        message: '503 Service Unavailable',
        both: [
          '1. Status perkhidmatan tidak tersedia bermakna pelayan terlebih muatan. Terlalu banyak permintaan API telah dihantar dan kini API tidak dapat mengendalikannya lagi. Masalah ini selesai dengan sendirinya apabila pelanggan menghantar lebih sedikit permintaan, tetapi ini juga boleh bermakna penyedia API tidak merancang sumber yang mencukupi untuk semua pelanggannya.',
          '2. Jika ia sesuai dengan kes penggunaan anda, anda boleh menjadikan pelanggan anda lebih berdaya tahan terhadap error ini dengan menunggu untuk menghantar lebih banyak permintaan. Tetapi jika error muncul, anda perlu menghubungi pembekal API.',
        ].join('\n'),
      },
      {
        message: '501 Not Implemented',
        both: [
          '1. Status tidak dilaksanakan adalah berkaitan dengan kaedah HTTP yang anda gunakan untuk meminta URL. Anda boleh mencuba kaedah lain untuk membuat permintaan.',
          '2. Biasanya, permintaan dengan kaedah yang salah hanya menghasilkan status 404 tidak ditemui. Status yang tidak dilaksanakan menunjukkan bahawa kaedah itu belum dilaksanakan "belum." Pencipta API boleh menggunakan status ini untuk memberitahu pelanggan bahawa kaedah ini akan tersedia untuk mereka pada masa hadapan.',
        ].join('\n'),
      },
      {
        message: 'Different possible error messages. For example: Unexpected SOAP message',
        both: [`1. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`, SEE_PROXY_LOG_CLIENT].join('\n'),
      },
      {
        message: 'Invalid content type: <content type>',
        both: ['1. Jenis kandungan mesej SOAP mestilah teks/xml, xop/xml, soap/xml atau multipart/related.', `2. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`].join('\n'),
      },
      { message: 'Must use POST request method instead of', both: '1. Sistem maklumat pelanggan perkhidmatan mesti menghantar mesej permintaan SOAP menggunakan kaedah HTTP POST.' },
      { message: 'Unsupported HTTP method', both: '1. Sistem maklumat pelanggan perkhidmatan mesti menghantar mesej permintaan REST menggunakan kaedah HTTP HEAD, GET, DELETE, POST, PUT atau PATCH.' },
      {
        message: 'A number of different error messages depending on cause of the error. Contohnya, org.xml.sax.SAXParseException; Premature end of file.',
        both: [`1. Sistem maklumat pelanggan perkhidmatan menghantar mesej SOAP yang tidak betul. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`, SEE_PROXY_LOG_CLIENT].join('\n'),
      },
      {
        message: 'Malformed SOAP message: body missing',
        both: [`1. Sistem maklumat pelanggan perkhidmatan menghantar mesej SOAP tanpa body. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`, SEE_PROXY_LOG_CLIENT_RALAT].join('\n'),
      },
      {
        message: 'Malformed SOAP message: header missing',
        both: [`1. Sistem klien perkhidmatan menghantar mesej SOAP tanpa header. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`, SEE_PROXY_LOG_CLIENT].join('\n'),
      },
      {
        message: 'Request does not have SOAP message',
        both: [`1. Sistem klien perkhidmatan menghantar multipart MIME envelope yang tidak mempunyai mesej SOAP sebagai komponen pertamanya. Pastikan mesej diformat dengan betul ${FORMAT_OK}.`, SEE_PROXY_LOG_CLIENT_RALAT].join('\n'),
      },
    ],
  },
  {
    section: '3.1.3',
    title: { ms: 'Ralat Daripada Security Server Agensi Pengguna', en: "Errors from the Consumer Agency's Security Server" },
    rows: [
      {
        message: `Could not find addresses for service provider '${EXAMPLE_SERVICE}'`,
        both: '1. Perkhidmatan ini tidak didaftarkan dalam Security Server pembekal perkhidmatan. Semak sama ada kod perkhidmatan dalam mesej permintaan adalah sama dengan kod yang didaftarkan dalam Security Server pembekal perkhidmatan.',
      },
      {
        message: "Client 'SUBSYSTEM:EE_DEV/GOV/EXAMPLE_ORGANIZATION/EXAMPLE_DEPARTMENT' not found",
        service: CALL_CONSUMER_ADMIN,
        server: '1. Subsistem tidak didaftarkan dalam Security Server pelanggan perkhidmatan. Daftarkan subsistem (lihat Bahagian User Guide-Security Server Menambah Klien Pelayan Keselamatan)',
      },
      {
        message: 'A number of different error messages depending on cause of the error.',
        both: '1. Terdapat pelbagai sebab yang berbeza. Semak log proksi untuk mendapatkan butiran lanjut (var/log/uxp/proxy.log atau daripada Log dalam User Interface Security Server)',
      },
      {
        message: "Token 'softToken' not active.",
        service: CALL_CONSUMER_ADMIN,
        server: '1. Token perisian Security Server pelanggan perkhidmatan tidak dilog masuk. Masukkan PIN token perisian daripada User Interface Security Server pelanggan perkhidmatan.',
      },
      { message: 'Security server has no valid authentication certificate', service: CALL_CONSUMER_ADMIN, server: authenticationCertificate('pelanggan', '') },
      { message: 'Service provider did not send correct authentication certificate', service: CALL_SUPPLIER_ADMIN, server: authenticationCertificate('pembekal', '.') },
      {
        message: 'Client specifies HTTPS but did not supply TLS certificate',
        both: '1. Sijil TLS sistem maklumat pelanggan perkhidmatan mesti dimuat naik ke Security Server pelanggan perkhidmatan (lihat Bahagian Komunikasi dengan Sistem Maklumat Pelanggan).',
      },
      {
        message: 'Could not find any certificates for member',
        service: CALL_CONSUMER_ADMIN,
        server: [
          '1. Subsistem pelanggan perkhidmatan tidak mempunyai sijil tandatangan yang sah. Pastikan syarat berikut adalah benar:',
          '(i) Terdapat sekurang-kurangnya satu sijil tandatangan untuk ahli yang dimiliki oleh subsistem tersebut (lihat Bahagian User Guide-Security Server Mengkonfigurasi Kunci Tandatangan dan Sijil untuk Pelanggan Pelayan Keselamatan).',
          '(ii) Sijil adalah pada token yang dilog masuk dan tersedia (lihat Bahagian User Guide Security Server Ketersediaan Keadaan Token Keselamatan, Kunci dan Sijil).',
          '(iii) Sijil didaftarkan (lihat Negeri Pendaftaran Bahagian User Guide-Security Server bagi Sijil Menandatangani).',
          '(iv) Sijil aktif (lihat Bahagian User Guide-Security Server Mengaktifkan dan Melumpuhkan Sijil).',
          '(v) Sambutan OCSP sijil adalah baik (lihat Bahagian User Guide-Security Server Kesahan Negeri Sijil)',
        ].join('\n'),
      },
      {
        message: 'No space left on device',
        service: CALL_CONSUMER_ADMIN,
        server: '1. Pastikan Security Server pelanggan perkhidmatan mempunyai ruang cakera kosong. Jika cakera dipisahkan, pastikan partition yang berkaitan mempunyai ruang kosong',
      },
      {
        message: 'Cannot timestamp messages: no timestamping services configured',
        service: CALL_CONSUMER_ADMIN,
        server: [
          '1. Pastikan syarat berikut adalah benar:',
          '(i) Security Server pelanggan perkhidmatan boleh menyambung ke perkhidmatan timestamp. Semak bahawa semua firewall api dikonfigurasikan dengan betul.',
          '(ii) Perkhidmatan timestamp tersedia. Semak log proksi (/var/log/uxp/proxy.log) untuk butiran lanjut',
        ].join('\n'),
      },
      {
        message: 'Global configuration is expired',
        service: CALL_CONSUMER_ADMIN,
        server: '1. Security Server klien perkhidmatan tidak boleh memuat turun konfigurasi global daripada pelayan pendaftaran. Semak log klien konfigurasi (/var/log/uxp/configuration_client.log) untuk butiran',
      },
      {
        message: 'Could not connect to target host (https://:5500)',
        service: CALL_CONSUMER_ADMIN,
        server:
          '1. Security Server pelanggan perkhidmatan tidak boleh menyambung ke Security Server pembekal perkhidmatan. Pastikan firewall dikonfigurasikan dengan betul pada kedua-dua belah pihak: Security Server pelanggan perkhidmatan mesti membenarkan trafik keluar ke port Security Server penyedia perkhidmatan 5500 dan 5577, Security Server penyedia perkhidmatan mesti membenarkan trafik masuk ke port 5500 dan 5577.',
      },
      {
        message: 'Name or service not known. No address associated with hostname.',
        service: CALL_SUPPLIER_ADMIN,
        server: '1. Security Server pembekal perkhidmatan tidak dapat ditemui kerana Security Server didaftarkan dengan FQDN yang salah.',
      },
    ],
  },
  {
    section: '3.1.4',
    title: { ms: 'Ralat Daripada Security Server Agensi Pembekal', en: "Errors from the Supplying Agency's Security Server" },
    rows: [
      {
        message: `Request is not allowed: ${EXAMPLE_SERVICE}`,
        both: 'Security Server pembekal perkhidmatan mesti memberikan hak akses kepada perkhidmatan dan kepada subsistem pelanggan perkhidmatan. Lihat Hak Akses Bahagian',
      },
      { message: 'Malformed SOAP message: header missing', both: 'Sistem maklumat pembekal perkhidmatan mesti mengembalikan semua pengepala UXP yang wajib. Lihat [UXP-PR-MESS] untuk butiran lanjut.' },
      {
        message: 'A number of different error messages depending on cause of the error. For example, org.xml.sax.SAXParseException; Premature end of file.',
        both: 'Sistem maklumat pembekal perkhidmatan mengembalikan mesej SOAP yang tidak betul. Untuk butiran lanjut tentang error, semak log proksi Security Server penyedia perkhidmatan (/var/log/uxp/proxy.log atau daripada Log dalam User Interface Security Server)',
      },
      { message: `Unknown service: ${EXAMPLE_SERVICE}`, both: 'Pastikan kod perkhidmatan dalam mesej permintaan sepadan dengan perkhidmatan di bahagian pembekal perkhidmatan.' },
      {
        message: 'The reason the connection failed. For example, Server responded with error 403: Forbidden',
        both: [
          '1. Pastikan Security Server pembekal perkhidmatan dibenarkan untuk menyambung ke sistem maklumat pembekal perkhidmatan dan sambungan dikonfigurasikan dengan betul.',
          '2. Untuk maklumat lanjut tentang mengkonfigurasi sambungan, lihat Bahagian Komunikasi dengan Sistem Maklumat Pelanggan. Untuk butiran lanjut tentang ralat, lihat log proksi Security Server pembekal perkhidmatan (/var/log/uxp/proxy.log atau daripada Log dalam User Interface Security Server.',
        ].join('\n'),
      },
      {
        message: 'Server certificate is not trusted',
        both: 'Pilihan "Sahkan sijil TLS" dipilih dalam konfigurasi perkhidmatan, tetapi sijil sistem maklumat pembekal perkhidmatan belum dimuat naik ke Security Server penyedia perkhidmatan. Muat naik sijil sistem maklumat pembekal perkhidmatan ke Security Server (lihat Bahagian Komunikasi dengan Sistem Maklumat Pelanggan).',
      },
      {
        message: "Could not find any certificates for member 'SUBSYSTEM:SERVICE:EE_DEV/GOV/EXAMPLE_ORGANIZATION/EXAMPLE_DEPARTMENT'",
        service: CALL_SUPPLIER_ADMIN,
        server: [
          '1. Subsistem pembekal perkhidmatan tidak mempunyai sijil tandatangan yang sah. Pastikan syarat berikut adalah benar:',
          '(i) Terdapat sekurang-kurangnya satu sijil tandatangan untuk ahli yang dimiliki oleh subsistem tersebut (lihat Bahagian User Guide Security Server - Mengkonfigurasi Kunci Tandatangan dan Sijil untuk Pelanggan Pelayan Keselamatan).',
          '(ii) Sijil adalah pada token yang dilog masuk dan tersedia (lihat Bahagian User Guide Security Server Ketersediaan Keadaan Token Keselamatan, Kunci dan Sijil).',
          '(iii) Sijil didaftarkan (lihat Negeri Pendaftaran Bahagian User Guide-Security Server bagi Sijil Menandatangani)',
          '(iv) Sijil aktif (lihat Bahagian User Guide-Security Server Mengaktifkan dan Melumpuhkan Sijil).',
          '(v) Sambutan OCSP bagi sijil adalah baik (lihat Bahagian User Guide-Security Server Status Kesahan Sijil).',
        ].join('\n'),
      },
      {
        message: 'Connection pool shut down',
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server: 'Security Server pembekal perkhidmatan tidak boleh mengakses pangkalan datanya. Semak log proksi (/var/log/uxp/proxy.log) dan log Postgres (/var/log/postgresql/) untuk butiran lanjut',
      },
      {
        message: 'Failed to get signing info for member HttpError: Connection to Signer (port 5558) timed out',
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server: 'Cuba mulakan semula proses penandatangan $ systemctl restart uxp-signer. Semak log penandatangan var/log/uxp/signer.log untuk mendapatkan maklumat lanjut.',
      },
      {
        message: "Token 'softToken' not active",
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server: 'Pastikan bahawa token perisian Security Server pembekal perkhidmatan telah dilog masuk. Jika ia tidak dilog masuk, log masuk daripada Security Server User Interface pembekal perkhidmatan.',
      },
      {
        message: 'Cannot timestamp messages: no timestamping services configured',
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server: 'Anda mesti mengkonfigurasi perkhidmatan timestamp untuk Security Server pembekal perkhidmatan (lihat Bahagian User Guide-Security Server Mengurus Perkhidmatan Timestamp).',
      },
      {
        message: 'Cannot timestamp messages',
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server: [
          '1. Walaupun terdapat perkhidmatan timestamp yang dikonfigurasikan (lihat mesej ralat sebelumnya), timestamp masih boleh gagal. Masalah berikut mungkin berlaku:',
          '(i) Terdapat masalah pada bahagian perkhidmatan timestamp dan perkhidmatan tidak tersedia. Semak log proksi (var/log/uxp/proxy.log) untuk butiran lanjut.',
          '(ii) Security Server pembekal perkhidmatan tidak boleh menyambung ke perkhidmatan timestamp. Pastikan bahawa firewall dan port dikonfigurasikan dengan betul untuk kedua-dua perkhidmatan Security Server dan timestamp.',
        ].join('\n'),
      },
      {
        message: 'Global configuration is expired',
        service: 'Hubungi pentadbir Security Server pembekal perkhidmatan',
        server:
          'Cuba mulakan semula proses klien konfigurasi $ systemctl restart uxp-confclient. Ada kemungkinan Security Server penyedia perkhidmatan tidak dapat menyambung ke pelayan pendaftaran untuk memuat turun konfigurasi global. Pastikan konfigurasi firewall api di kedua-dua belah adalah betul. Lihat log klien konfigurasi untuk butiran lanjut (/var/log/uxp/configuration_client.log)',
      },
    ],
  },
];
