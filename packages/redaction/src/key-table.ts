/**
 * The key table: field names that say what their value is, kept as data. Names are written
 * readably here and canonicalised once, at module load (see {@link canonicalKey}).
 *
 * A `decisive` entry classifies the value by its name alone. A `hint` entry names a field that
 * often holds an identifier of several possible kinds (`device_id`): only a weak value detector
 * that matches decides the category. A `parents` list restricts an entry to fields whose parent
 * object has one of those names (short Conversions API keys like `ct`, `st`, `zp`). An `exact` row
 * names only a whole key (since session 14: short abbreviations such as `nik`, `rg`, `cep`).
 */
import type { CategoryKey } from "@kago/personal-data";
import { canonicalKey, canonicalOfSpelled, simplifiedHan, spelledKey } from "./canonical-key.js";
import { wordsNamePersonUid } from "./person-uids.js";

/** One row of the key table. */
export interface KeyTableRow {
  readonly category: CategoryKey;
  readonly names: readonly string[];
  /** Only under a parent object of one of these names. */
  readonly parents?: readonly string[];
  /**
   * Only the whole key, in any spelling `canonicalKey` folds (`RG`, `N.I.K`, `rg[]`): not its
   * plural (`rfcs`, a list of RFCs), not behind a hash affix (`rg_enc`), and never the end of a
   * longer key (none of these names may be in {@link SUFFIX_KEY_NAMES}). For abbreviations of two
   * to four letters, which spell other things as soon as anything is added to them (session 14).
   */
  readonly exact?: boolean;
}

const USER_DATA_PARENTS = ["user_data", "userdata", "ud"];

/**
 * Latitude and longitude as whole numbers of millionths or ten-millionths of a degree (session 18,
 * a red team's round 6, F1): `lat_e6` as S2, Mapbox's vector tiles and many backends store a point
 * (`59913868` is 59.913868°, about 0.1 m), Android's and Google's protocol buffers' `latitudeE7`
 * (Google's location history export). Read as `lat` is: any value, a number or a string, also
 * behind a prefix (`user_lat_e6`).
 */
const MICRO_DEGREES = [
  "lat_e6",
  "lng_e6",
  "lon_e6",
  "latitude_e6",
  "longitude_e6",
  "lat_e7",
  "lng_e7",
  "lon_e7",
  "latitude_e7",
  "longitude_e7",
];

/**
 * Objects that stand for a person: under them `first`, `last`, `given`, `family` and `middle` are
 * the parts of a name (`"customer": {"first": "Astrid", "last": "Solberg"}`), which elsewhere they
 * are not (`"pagination": {"first": 1}`).
 */
const PERSON_PARENTS = [
  "user",
  "customer",
  "person",
  "contact",
  "profile",
  "member",
  "player",
  "author",
  "sender",
  "receiver",
  "recipient",
  "buyer",
  "owner",
  "holder",
  "card_holder",
  "guest",
  "passenger",
  "patient",
  "employee",
  "billing",
  "shipping",
];

/**
 * Objects that hold one person's profile: under them `signature`, `sign`, `intro` and `about` are
 * what the person writes about themselves (Douyin's and TikTok's `user.signature`, Hacker News'
 * `user.about`, `Tag_Profile_Custom_Sign` in Tencent's `ProfileItem` list), which elsewhere they are
 * not: a request's `Signature` (Zego's and Tencent Cloud API v1's query parameter), Alipay's `sign`,
 * a page's `intro`, a package's `about` (session 15).
 */
const PROFILE_PARENTS = [
  "user",
  "user_info",
  "user_profile",
  "profile",
  "profile_item",
  "member",
  "author",
  "anchor",
  "anchor_info",
  "streamer",
  "friend",
];

/**
 * Chinese field names (Kago's users and two of its vendors are in China, and backends name
 * custom fields and log labels in Chinese). Written in Chinese there is no case or separator to
 * fold; a longer name ending in one of {@link CJK_SUFFIX_NAMES} (`联系人姓名`) is matched too.
 */
/**
 * The Chinese names of a person by role (who receives, pays, is paid, sends, collects, travels,
 * stays, guards), which end a longer key too (`持卡人姓名` is matched by `姓名`, `收件人` by itself
 * in `快递收件人`); session 13, a red-team probe.
 */
const CJK_ROLE_NAMES = [
  "收货人",
  "收件人",
  "收款人",
  "持卡人",
  "付款人",
  "寄件人",
  "发件人",
  "取件人",
  "签收人",
  "乘车人",
  "入住人",
  "监护人",
];

const CJK = {
  name: [
    "姓名",
    "名字",
    "真实姓名",
    "真名",
    "用户名",
    "联系人",
    ...CJK_ROLE_NAMES,
    "户名",
    "乘客",
    "实名",
    "紧急联系人",
  ],
  nickname: ["昵称", "网名"],
  gender: ["性别"],
  birthday: ["生日", "出生日期", "出生年月"],
  phone: ["手机", "手机号", "手机号码", "电话", "电话号码", "联系电话"],
  email: ["邮箱", "电子邮箱", "电子邮件", "邮件地址", "电邮"],
  address: ["地址", "住址", "家庭住址", "收货地址", "详细地址"],
  introduction: ["个人简介", "个性签名"],
  nationalId: [
    "身份证",
    "身份证号",
    "身份证号码",
    "身份证件号",
    "公民身份号码",
    "证件号",
    "证件号码",
    "身分證",
    "身分證字號",
    "身分證號碼",
  ],
  passport: ["护照", "护照号", "护照号码", "港澳通行证", "港澳通行证号", "港澳通行证号码"],
  paymentCard: ["银行卡", "银行卡号", "银行卡号码", "卡号", "信用卡", "信用卡号", "借记卡号"],
  coordinates: ["经度", "纬度", "经纬度", "坐标", "地理位置", "位置坐标", "gps坐标"],
};

/**
 * Field names in the other languages backends write them in (session 8): Japanese (folded as
 * Chinese is: `電話番号` is looked up as `电话番号`), Spanish and Portuguese, with and without
 * accents (keys are folded, not transliterated), and since session 9 German and French
 * (`Telefonnummer`, `Geburtsdatum`, `prénom`, `adresse`). `nombre` and `nome` are names as `name`
 * is. Since session 13 Korean (`이름`, `성명`, `생년월일`, `여권번호`) and Russian (`ФИО`, `имя`,
 * `фамилия`); only ASCII letters are folded, so a Cyrillic name is listed as written in lower
 * case and capitalised. Session 14 (a red-team probe found all of these kept) added Thai,
 * Vietnamese (with and without its diacritics, `họ_tên`, `ho_ten`; its `Đ` is no ASCII letter, so
 * `Địa_chỉ` and `SĐT` are listed capitalised too), Indonesian and Malay
 * (`nama`, `alamat`, `no_hp`, `tanggal_lahir`), Arabic, Hindi, more Korean, Japanese, Spanish,
 * Portuguese, German and Russian, and the numbers of those countries' identity documents and bank
 * accounts (`주민번호`, `ИНН`, `СНИЛС`, `CLABE`, `chave_pix`). Not the words that name other things
 * in the same language as often: Russian `счёт` alone (a score, a bill, a count), Vietnamese `tên`
 * alone. A Thai, Arabic or Hindi name is matched only whole, as a Korean one is (the character
 * suffixes tried are those of {@link CJK_SUFFIX_NAMES}).
 */
const OTHER_LANGUAGES = {
  name: [
    "氏名",
    "名前",
    "本名",
    "フルネーム",
    "nombre",
    "nombre_completo",
    "apellido",
    "apellidos",
    "nome",
    "nome_completo",
    "sobrenome",
    "vorname",
    "nachname",
    "prénom",
    "prenom",
    "nom_complet",
    "nom_de_famille",
    "이름",
    "성명",
    "ФИО",
    "фио",
    "Имя",
    "имя",
    "Фамилия",
    "фамилия",
    // session 14: the bare words for "name" (`nama`, `ชื่อ`, `नाम`, `naam`, `الاسم`) are names as
    // `name` is; a patronymic, the kana reading of a Japanese name, a Mexican's two surnames
    "ชื่อ",
    "นามสกุล",
    "ชื่อ_นามสกุล",
    "ho_ten",
    "họ_tên",
    "ho_va_ten",
    "họ_và_tên",
    "nama",
    "nama_lengkap",
    "الاسم",
    "الاسم_الكامل",
    "नाम",
    "naam",
    "Отчество",
    "отчество",
    "フリガナ",
    "ふりがな",
    "apellido_paterno",
    "apellido_materno",
    // session 15: a Japanese bank account's holder (`口座名義：ヤマダ タロウ`), as its transfer
    // details name them
    "口座名義",
    "口座名義人",
    "振込名義",
    "振込名義人",
    "名義人",
    // session 18 (a red team's round 7, R3): Turkish forms' name fields, and the transliterated
    // key for ФИО; not Turkish `ad` alone (an advertisement's key far more often)
    "ad_soyad",
    "adsoyad",
    "adi_soyadi",
    "adı_soyadı",
    "soyad",
    "soyadi",
    "soyadı",
    "isim",
    "isim_soyisim",
    "soyisim",
  ],
  nickname: ["ニックネーム", "apodo", "apelido", "닉네임"],
  phone: [
    "電話番号",
    "携帯番号",
    "携帯電話番号",
    "telefono",
    "teléfono",
    "movil",
    "móvil",
    "celular",
    "telefone",
    "telefonnummer",
    "handynummer",
    "mobilnummer",
    "téléphone",
    "numéro_de_téléphone",
    // session 14; Korean `연락처` and Japanese `連絡先` ("contact") are the phone number a form asks
    // for (an e-mail address under them goes too: no recipient may get either)
    "휴대폰",
    "핸드폰",
    "휴대폰번호",
    "핸드폰번호",
    "전화번호",
    "연락처",
    "携帯",
    "連絡先",
    "เบอร์โทรศัพท์",
    "เบอร์โทร",
    "เบอร์มือถือ",
    "โทรศัพท์",
    "so_dien_thoai",
    "số_điện_thoại",
    "dien_thoai",
    "điện_thoại",
    "Điện_thoại",
    "no_hp",
    "nomor_hp",
    "telepon",
    "no_telepon",
    "nomor_telepon",
    "no_telp",
    // session 18 (a red team's round 7, R9): Indonesia's and Malaysia's WhatsApp number
    "no_wa",
    "nomor_wa",
    "no_whatsapp",
    "nomor_whatsapp",
    "رقم_الهاتف",
    "الهاتف",
    "هاتف",
    "جوال",
    "رقم_الجوال",
    "telefon",
    "handy",
    "Телефон",
    "телефон",
    "Номер_телефона",
    "номер_телефона",
    // session 18: Turkish (`cep`, the mobile, alone is Brazil's postcode), Arabic with the article
    "cep_telefonu",
    "cep_tel",
    "cep_no",
    "telefon_no",
    "telefon_numarasi",
    "telefon_numarası",
    "الجوال",
    "رقم_هاتف",
    "no_wa",
    "nomor_wa",
  ],
  email: ["メールアドレス", "correo", "correo_electronico", "correo_electrónico", "courriel", "emailadresse"],
  address: [
    "郵便番号",
    "direccion",
    "dirección",
    "codigo_postal",
    "código_postal",
    "endereco",
    "endereço",
    "adresse",
    "anschrift",
    "postleitzahl",
    "code_postal",
    // session 14; Arabic `العنوان` is a title as often as an address (dropped too: accepted)
    "주소",
    "住所",
    "ที่อยู่",
    "dia_chi",
    "địa_chỉ",
    "Địa_chỉ",
    "alamat",
    "العنوان",
    "पता",
    "domicilio",
    "colonia",
    "logradouro",
    "bairro",
    "strasse",
    "straße",
    "Адрес",
    "адрес",
    "Улица",
    "улица",
    "Почтовый_индекс",
    "почтовый_индекс",
    // session 18: Turkish
    "adres",
    "adresi",
    "ev_adresi",
    "عنواني",
  ],
  birthday: [
    "生年月日",
    "fecha_nacimiento",
    "fecha_de_nacimiento",
    "data_nascimento",
    "data_de_nascimento",
    "geburtsdatum",
    "date_de_naissance",
    "생년월일",
    // session 14
    "생일",
    "วันเกิด",
    "ngay_sinh",
    "ngày_sinh",
    "tanggal_lahir",
    "tgl_lahir",
    "تاريخ_الميلاد",
    "जन्मतिथि",
    "geburtstag",
    "Дата_рождения",
    "дата_рождения",
    // session 18: Turkish
    "dogum_tarihi",
    "doğum_tarihi",
    "dogum_tarih",
  ],
  gender: ["sexo", "genero", "género", "gênero"],
  nationalId: [
    "マイナンバー",
    "個人番号",
    "주민등록번호",
    "dni",
    "curp",
    "cpf",
    "nif",
    "nie",
    "codice_fiscale",
    "personnummer",
    "fodselsnummer",
    "bsn",
    "pesel",
    "aadhaar",
    "aadhaar_number",
    // session 14: and tax numbers, which identify a person as well (Germany's, Russia's `ИНН`);
    // the short ones (`nik`, `rg`, `rfc`...) are matched only whole, in their own row
    "주민번호",
    "เลขบัตรประชาชน",
    "เลขประจำตัวประชาชน",
    "so_cccd",
    "no_ktp",
    "nomor_ktp",
    // session 19 (a red team's round 9, A5): an identity card's number by its English name, and
    // Malaysia's `no. kad pengenalan`
    "identity_no",
    "identity_number",
    "no_kp",
    "رقم_الهوية",
    "aadhar",
    "aadhar_number",
    "steuernummer",
    "steuer_id",
    "steueridentifikationsnummer",
    "ИНН",
    "Инн",
    "инн",
    "СНИЛС",
    "Снилс",
    "снилс",
    // session 18 (a red team's round 7, R3 and R9): Turkey's identity number (`tc` alone is not
    // read: test cases, terms and conditions), Russia's numbers transliterated, Saudi Arabia's
    // residence permit, Malaysia's identity card (not `no_ic`, which a line's `No. IC: ...` spells,
    // read with its check by `labelled-accounts.ts`), the Emirates ID (not `eid`: an event's or an
    // entity's id in analytics)
    "tckn",
    "tc_kimlik",
    "tc_kimlik_no",
    "tc_no",
    "kimlik_no",
    "snils",
    "mykad",
    "mykad_no",
    "mykad_number",
    "ic_no",
    "ic_number",
    "iqama",
    "iqama_no",
    "iqama_number",
    "emirates_id",
    "emirates_id_number",
    "رقم_الإقامة",
    "رقم_الهوية_الوطنية",
  ],
  passport: [
    "旅券番号",
    "パスポート番号",
    "pasaporte",
    "numero_pasaporte",
    "passaporte",
    "numero_passaporte",
    "reisepass",
    "reisepassnummer",
    "passeport",
    "여권번호",
    // session 14
    "Паспорт",
    "паспорт",
    "Номер_паспорта",
    "номер_паспорта",
  ],
  paymentCard: ["カード番号", "numero_tarjeta", "tarjeta_credito", "numero_cartao", "cartao_credito"],
  // session 14: a Mexican CLABE, a Brazilian Pix key (an e-mail, a phone, a CPF or a random key:
  // a bank account's address either way); not Russian `счёт` alone (a score, a bill, a count)
  bankAccount: [
    "계좌번호",
    "口座番号",
    "เลขบัญชี",
    "เลขที่บัญชี",
    "so_tai_khoan",
    "số_tài_khoản",
    "no_rekening",
    "nomor_rekening",
    "clabe",
    "chave_pix",
    "Номер_счёта",
    "номер_счёта",
    "Номер_счета",
    "номер_счета",
    "Расчётный_счёт",
    "расчётный_счёт",
    "Расчетный_счет",
    "расчетный_счет",
  ],
  coordinates: ["緯度", "経度", "latitud", "longitud"],
};

/** The Chinese names that keep their meaning at the end of a longer one (not `地址`, `名字`, `用户名`). */
const CJK_SUFFIX_NAMES = [
  "姓名",
  "真实姓名",
  "昵称",
  "性别",
  "生日",
  "出生日期",
  "手机",
  "手机号",
  "手机号码",
  "电话",
  "电话号码",
  "联系电话",
  "邮箱",
  "电子邮箱",
  "住址",
  "家庭住址",
  "收货地址",
  "详细地址",
  "身份证",
  "身份证号",
  "身份证号码",
  "微信号",
  "微信",
  "护照号",
  "护照号码",
  "银行卡号",
  "卡号",
  "信用卡号",
  "经度",
  "纬度",
  "经纬度",
  "银行账号",
  "收款账号",
  ...CJK_ROLE_NAMES,
];

/**
 * People by their role in a live room, a chat, a game or a shop, whose id, name and avatar are that
 * person's (`anchor_id`, `viewerUid`, `streamer_name`, `sender_avatar_url`; session 15: a red-team
 * found `anchor_id`, `sender_id`, `viewer_id`, `player_id` and `anchor_name` kept in aliyun logs
 * and in Tencent custom messages). Each becomes a name of the table and a suffix
 * (`live_anchor_id`), not a rule over every `*_id` (`order_id`, `room_id`, `gift_id` are no
 * person's). Only nouns that stand for a person whatever the app: not `owner` (Aliyun's `OwnerId`
 * is a cloud account), `host` (a machine as often: {@link WORDED_NAMES}), `caller` and `callee`
 * (an RPC's services in a trace), `guest` (a virtual machine's `guestId`), `fan` (a cooling fan's
 * sensor), `audience` (Meta's custom audience), `target`, `peer`, `driver` or `operator`.
 * Accepted over-redaction: an HTML anchor's `anchor_id`, a video player's `player_id`. A `uid`
 * after any of these words is a user's id all the same (`target_uid`; session 18, `person-uids.ts`).
 */
const PERSON_ROLES = [
  "anchor",
  "streamer",
  "broadcaster",
  "viewer",
  "follower",
  "followee",
  "inviter",
  "invitee",
  "sender",
  "receiver",
  "recipient",
  "player",
  "buyer",
  "seller",
  "payer",
  "author",
  "friend",
];

/** The account ids of {@link PERSON_ROLES}, and who a message is from or to (`from_uid`, `toUid`). */
const PERSON_ROLE_IDS = [
  ...PERSON_ROLES.flatMap((role) => [`${role}_id`, `${role}_uid`]),
  "from_uid",
  "to_uid",
];

/**
 * Avatars of people by role (`UserAvatar`, `UserAvatarUrl`, `anchor_avatar`, `host_avatar_url`):
 * profile data, as `avatar` is. Not an avatar of anything (`GroupAvatar`, `default_avatar`).
 */
const PERSON_AVATARS = [...PERSON_ROLES, "user", "member", "host"].flatMap((role) => [
  `${role}_avatar`,
  `${role}_avatar_url`,
]);

/**
 * The name of a person in a role (`sender_name`, `customer_name`, `card_holder_name`): names in the
 * table, and qualified ones (`msg_sender_name`) too. `name` alone is not a suffix (`event_name`,
 * `app_display_name` are not people's), so each role is listed: only nouns that
 * stand for a person. Not `client` (an app), `account`, `display` or `device`; `host_name` only
 * by its value (see {@link WORDED_NAMES}).
 */
const PERSON_NAMES = [
  ...PERSON_ROLES.map((role) => `${role}_name`),
  "customer_name",
  "member_name",
  "contact_name",
  "owner_name",
  "guest_name",
  "passenger_name",
  "employee_name",
  "student_name",
  "patient_name",
  "holder_name",
  "cardholder_name",
  "person_name",
  "caller_name",
  "callee_name",
  "consignee_name",
  // session 13: Chinese backends' abbreviations and Chinglish (a red-team probe)
  "linkman",
  "link_man",
  "cust_name",
  "emp_name",
  "stu_name",
  "payee",
  "payee_name",
  "emergency_contact",
  "emergency_contact_name",
  "urgent_contact",
  // session 18 (a red team's round 7, R10): people by their role in a gift, a match, a lesson, a
  // delivery, an order's bill or a family, whose names reached tencent and zego when the text
  // detectors found no name in them (`张伟`, `Иван Петров`, `ASTRID SOLBERG`, `Astrid`); Shopify's
  // and WooCommerce's `billing_name` and `shipping_name`. Not a pet's (`pet_name`: no person's,
  // and Terraform's `random_pet` names resources), nor the roles a thing takes as often, which
  // are read by their value ({@link ROLE_NAMES_BY_VALUE})
  "creator_name",
  "opponent_name",
  "winner_name",
  "loser_name",
  "lover_name",
  "teacher_name",
  "tutor_name",
  "coach_name",
  "rider_name",
  "staff_name",
  "reviewer_name",
  "assignee_name",
  "reporter_name",
  "shipping_name",
  "billing_name",
  "bank_account_name",
  "account_holder_name",
  "mother_name",
  "father_name",
  "spouse_name",
  "wife_name",
  "husband_name",
  "boyfriend_name",
  "girlfriend_name",
  "kid_name",
  "baby_name",
  "son_name",
  "daughter_name",
  "guardian_name",
  "doctor_name",
  "nurse_name",
  "landlord_name",
  "applicant_name",
  "beneficiary_name",
  "visitor_name",
  "attendee_name",
  "participant_name",
  "traveler_name",
  "traveller_name",
];

/**
 * A person's name by whom a record is from or to (`from_name`, `toName`: a gift's, a private
 * message's, an e-mail's sender and addressee, as `from_uid` and `to_uid` are their ids) and a
 * user's name in Bilibili's and many Chinese backends' abbreviations (`uname`, `u_name`,
 * `usr_name`); session 18, a red team's round 7 (R10). Whole keys only, not suffixes: `os_uname`
 * is a system's, `convert_to_name` a function's.
 */
const WHOLE_PERSON_NAMES = ["from_name", "to_name", "uname", "u_name", "usr_name"];

/**
 * `<role>_name` keys whose role is a person's as often as a thing's: a live room's PK target or a
 * conversation's peer and a build target or a network peer, a fan (and a fan club's name) and a
 * cooling fan, a live-stream "couple" (`cp`) and a content provider, a business partner (Meta's
 * lead ads' `partner_name`), a parent and a child in a family and in a tree, a ride's driver and a
 * database's, a courier and a courier company, a support agent and a software agent, a speaker at
 * an event and a loudspeaker. Read by their value, as `host_name` is ({@link WORDED_NAMES}): a
 * name's shape goes (`张伟`, `Иван Петров`, `Astrid`), an identifier stays (`binding`,
 * `web-01`, `nvidia`); session 18, a red team's round 7 (R10).
 */
const ROLE_NAMES_BY_VALUE = [
  "target_name",
  "peer_name",
  "fan_name",
  "cp_name",
  "partner_name",
  "parent_name",
  "child_name",
  "driver_name",
  "courier_name",
  "agent_name",
  "speaker_name",
];

/** Postal addresses by kind: names in the table, and qualified ones (`user_home_address`) too. */
const ADDRESS_KINDS = [
  "home_address",
  "street_address",
  "postal_address",
  "mailing_address",
  "billing_address",
  "shipping_address",
  "delivery_address",
  // session 13 (a red-team probe): `homeAddr`, `addrDetail`, `detailAddress`
  "home_addr",
  "addr_detail",
  "detail_addr",
  "address_detail",
  "detail_address",
];

/**
 * Objects that stand for a payment card: under them `number` is the card's number
 * (`"card": {"number": "4111...", "cvc": "123"}`, Stripe's `card[number]`), which elsewhere it is
 * not (`"page": {"number": 2}`). Not `cards` (a list of UI cards) nor `payment` (an order's).
 */
const CARD_PARENTS = ["card", "credit_card", "debit_card", "bank_card", "payment_card", "card_details"];

/**
 * Objects that hold a person's postal address without being one (a customer, an order's delivery
 * or invoice, in English, Spanish, French and Russian): under them `cp` (the código postal or code
 * postal of Mexican, Spanish and French forms) and Russian `индекс` are a postcode, which elsewhere
 * they are not (`?cp=2&ps=20`, a current page; `"cp": 3`, a chess engine's centipawns, a data
 * set's chest pain type; `индекс`, any index), nor under a player or a user (`"player": {"cp":
 * 2300}`, a game's combat power). Not the address objects themselves (`address`, `direccion`,
 * `адрес`): the table drops those whole. Session 14; a flat form's top-level `cp` is left, as a
 * postcode is the least of an address.
 */
const ADDRESS_HOLDER_PARENTS = [
  "customer",
  "contact",
  "billing",
  "shipping",
  "recipient",
  "receiver",
  "sender",
  "buyer",
  "guest",
  "patient",
  "employee",
  "cliente",
  "destinatario",
  "remitente",
  "comprador",
  "envio",
  "envío",
  "entrega",
  "facturacion",
  "facturación",
  "destinataire",
  "expediteur",
  "expéditeur",
  "livraison",
  "facturation",
  "Клиент",
  "клиент",
  "Получатель",
  "получатель",
  "Доставка",
  "доставка",
];

/**
 * OpenTelemetry's attribute names for personal data (session 15: an aliyun log kept `enduser.id`,
 * `network.carrier.name` and `network.connection.type`), with the older `net.host.*` spellings,
 * and its user agent (`user_agent.original`, which Elastic's schema writes too).
 * Written with their dots; `canonicalKey` removes them, so `network_carrier_name` is the same
 * name. Not `host.*`, `k8s.*`, `service.*` or `cloud.account.id`: a machine's, a service's, a
 * company's.
 */
const OTEL_NAMES = {
  accountId: ["enduser.id", "enduser.pseudo.id"],
  operator: [
    "network.carrier.name",
    "network.carrier.mcc",
    "network.carrier.mnc",
    "network.carrier.icc",
    "net.host.carrier.name",
    "net.host.carrier.mcc",
    "net.host.carrier.mnc",
    "net.host.carrier.icc",
  ],
  softwareVersion: ["user_agent.original"],
  networkStatus: [
    "network.connection.type",
    "network.connection.subtype",
    "net.host.connection.type",
    "net.host.connection.subtype",
  ],
};

/** Decisive key names, by category. */
export const KEY_TABLE: readonly KeyTableRow[] = [
  {
    category: "contact.email",
    names: [
      "email",
      "e_mail",
      "mail",
      "em",
      "email_address",
      "user_email",
      "contact_email",
      "mail_address",
      ...CJK.email,
      ...OTHER_LANGUAGES.email,
    ],
  },
  {
    category: "contact.phone",
    names: [
      "phone",
      "ph",
      "phone_number",
      "phone_no",
      "mobile",
      "mobile_phone",
      "mobile_number",
      "tel",
      "telephone",
      "msisdn",
      "cellphone",
      "cell_phone",
      "user_phone",
      "contact_phone",
      "mobile_no",
      // session 16 (a red team's round 5): the `num`/`nr` spellings Java and Chinese backends
      // write (`phoneNum`, `mobileNum`), and the Nordic, German and Italian ones
      "phone_num",
      "mobile_num",
      "tel_num",
      "telephone_num",
      "cell_num",
      "cellphone_num",
      "contact_num",
      "contact_number",
      "phone_nr",
      "tel_nr",
      "telefon",
      "telefonnr",
      "mobil",
      "mobilnr",
      "tlf",
      "numero_telefono",
      "numero_de_telefono",
      "numero_cellulare",
      "telefono_cellulare",
      ...CJK.phone,
      ...OTHER_LANGUAGES.phone,
    ],
  },
  {
    // WeChat and QQ are how users in China reach each other; the handles elsewhere too
    category: "contact.messenger",
    names: [
      "wechat",
      "wechat_id",
      "weixin",
      "weixin_id",
      "wxid",
      "wx_id",
      "qq",
      "qq_number",
      "qq_no",
      "qq号",
      // session 17 (a red team's round 6, F11): spellings of a QQ number and Douyin's handle
      "qq_id",
      "qq_num",
      "qq_account",
      "douyin",
      "douyin_id",
      "微信",
      "微信号",
      "whatsapp",
      "telegram",
      "telegram_id",
      "line_id",
      "skype",
      "skype_id",
      "kakao_id",
      // session 14: KakaoTalk (Korea), Zalo (Vietnam), Viber, Telegram in Russian; not `line`
      // alone (a line number in every log and stack trace: `line_id` names LINE's handle)
      "kakao",
      "kakaotalk",
      "kakaotalk_id",
      "카카오톡",
      "카톡",
      "zalo",
      "zalo_id",
      "viber",
      "viber_id",
      "Телеграм",
      "телеграм",
    ],
  },
  {
    // a resident identity card number under its English, pinyin (`shenfenzheng`, `sfzh`) or
    // Chinese name, and other countries' national numbers under theirs (a US social security
    // number, `ssn`; since session 11); `id_no` and `cert_no` only hint (they may number anything)
    category: "identity.national_id",
    names: [
      "id_card",
      "id_card_no",
      "id_card_number",
      "identity_card",
      "identity_card_number",
      "national_id",
      "national_id_number",
      "ssn",
      "social_security_number",
      "social_security_no",
      "hkid",
      "hkid_number",
      "social_insurance_number",
      "national_insurance_number",
      "nino",
      "resident_registration_number",
      "resident_id",
      "citizen_id",
      "shenfenzheng",
      "shenfenzhenghao",
      "sfzh",
      "sfzhm",
      ...CJK.nationalId,
      ...OTHER_LANGUAGES.nationalId,
    ],
  },
  {
    // a passport's number has no checksum or shape of its own: only its name says what it is
    category: "identity.passport",
    names: [
      "passport",
      "passport_no",
      "passport_number",
      "passport_num",
      "passport_id",
      "travel_document_number",
      ...CJK.passport,
      ...OTHER_LANGUAGES.passport,
    ],
  },
  {
    // a card's number and its security code; not `card` alone (a UI card), nor `pan` (a gesture)
    category: "financial.payment_card",
    names: [
      "card_number",
      "card_no",
      "card_num",
      "credit_card",
      "credit_card_number",
      "credit_card_no",
      "debit_card",
      "debit_card_number",
      "bank_card",
      "bank_card_no",
      "bank_card_number",
      "payment_card",
      "payment_card_number",
      "cc_number",
      "cc_num",
      "ccnum",
      "primary_account_number",
      "cvv",
      "cvv2",
      "cvc",
      "card_cvv",
      "card_cvc",
      "card_security_code",
      ...CJK.paymentCard,
      ...OTHER_LANGUAGES.paymentCard,
    ],
  },
  {
    // an IBAN or a national account number; not `account_number` alone (a Kago account's)
    category: "financial.bank_account",
    names: [
      "iban",
      "bank_account",
      "bank_account_no",
      "bank_account_number",
      "bank_acct",
      "银行账号",
      "银行账户",
      "开户账号",
      "收款账号",
      "kontonummer",
      "numero_de_cuenta",
      "cuenta_bancaria",
      "conta_bancaria",
      // an Indian UPI id (`astrid@okbank`) pays into an account as an IBAN does (session 14)
      "upi_id",
      ...OTHER_LANGUAGES.bankAccount,
    ],
  },
  {
    // GPS, Wi-Fi or cell positioning; `location` and `geo` only hint (a screen, a city, a pair),
    // and `gps` and `定位` name a switch as often (`"gps": true`)
    category: "location.coordinates",
    names: [
      "latitude",
      "longitude",
      "lat",
      "lng",
      "lon",
      "geo_lat",
      "geo_lng",
      "geo_lon",
      "latlng",
      "lat_lng",
      "lat_lon",
      "lat_long",
      "latlon",
      "lng_lat",
      "lon_lat",
      "coordinates",
      "coords",
      "gps_location",
      "gps_coordinates",
      "geolocation",
      "geo_location",
      "geo_coordinates",
      ...MICRO_DEGREES,
      ...CJK.coordinates,
      ...OTHER_LANGUAGES.coordinates,
    ],
  },
  {
    category: "contact.address",
    names: [
      "city",
      "state",
      "zip",
      "zipcode",
      "zip_code",
      "postal_code",
      "postcode",
      "address",
      "street",
      "addr",
      ...ADDRESS_KINDS,
      ...CJK.address,
      ...OTHER_LANGUAGES.address,
    ],
  },
  { category: "contact.address", names: ["ct", "st", "zp"], parents: USER_DATA_PARENTS },
  { category: "contact.address", names: ["cp", "Индекс", "индекс"], parents: ADDRESS_HOLDER_PARENTS },
  // session 14 (a red-team probe): abbreviations that forms in their countries write for a
  // personal number, but that spell other things as soon as anything is added to them, so only a
  // whole key (`exact`): Vietnam's phone (`sdt`, số điện thoại), Brazil's and Germany's postcodes
  // (`cep`, `PLZ`), Indonesia's identity number and card (`nik`, `ktp`), Brazil's identity card
  // (`rg`), Mexico's tax number (`rfc`), Singapore's and Vietnam's identity cards (`nric`, `cccd`,
  // the older `cmnd`). Accepted over-redaction: a Polish `nik` (a nickname), an Azure resource
  // group `rg`, a Request for Comments under `rfc` (`"rfc": "RFC 1035"`); a member under these
  // keys is a person's number far more often in the payloads of an app's users.
  { category: "contact.phone", names: ["sdt", "sđt", "SĐT"], exact: true },
  { category: "contact.address", names: ["cep", "plz"], exact: true },
  {
    category: "identity.national_id",
    names: ["nik", "ktp", "rg", "rfc", "nric", "cccd", "cmnd"],
    exact: true,
  },
  // session 18 (a red team's round 7, R9): Malaysia's identity card (`ic`, as forms there write
  // it), Russia's taxpayer number (`inn`; an inn's name under it is lost too: accepted, as for
  // `rfc`), a Russian's full name transliterated (`fio`, ФИО),
  // WeChat's commonest abbreviation (`wx`). Not `eid` (an event's, an entity's or an employee's
  // id in as many systems as it is the UAE's Emirates ID: `emirates_id` is read)
  { category: "identity.national_id", names: ["ic", "inn"], exact: true },
  { category: "account.profile.name", names: ["fio"], exact: true },
  { category: "contact.messenger", names: ["wx"], exact: true },
  { category: "financial.payment_card", names: ["number"], parents: CARD_PARENTS },
  {
    category: "account.profile.name",
    names: ["first", "last", "given", "family", "middle"],
    parents: PERSON_PARENTS,
  },
  { category: "device.identifier.imei", names: ["imei", "imei1", "imei2", "meid", "device_imei"] },
  { category: "device.identifier.imsi", names: ["imsi", "sim_imsi"] },
  // a SIM card's serial number (ICCID, 19-20 digits from `89`): a device identification code the
  // taxonomy names ("identifiers of a device or SIM"); session 17, a red team's round 6 F11
  { category: "device.identifier", names: ["iccid", "sim_iccid", "icc_id", "sim_serial_number"] },
  { category: "device.identifier.idfa", names: ["idfa", "apple_idfa", "ios_idfa"] },
  { category: "device.identifier.idfv", names: ["idfv", "apple_idfv", "vendor_id", "identifier_for_vendor"] },
  { category: "device.identifier.oaid", names: ["oaid", "msa_oaid"] },
  { category: "device.identifier.android_id", names: ["android_id", "ssaid"] },
  { category: "device.identifier.mac", names: ["mac", "mac_address", "mac_addr", "wifi_mac", "device_mac"] },
  {
    category: "device.identifier.sn",
    names: ["serial", "serial_number", "serial_no", "device_serial", "sn"],
  },
  { category: "device.identifier.openudid", names: ["openudid", "open_udid"] },
  // an SDK's install id (Meta's `anon_id`, Firebase's installation id; session 12)
  {
    category: "device.identifier.guid",
    names: ["guid", "device_guid", "anon_id", "install_id", "installation_id", "firebase_installation_id"],
  },
  // `aaid`: the Android Advertising ID, as Google's own documentation and Branch's events name it
  // (session 19, a red team's round 8, R17)
  {
    category: "advertising_id.gaid",
    names: ["gaid", "google_ad_id", "gps_adid", "google_advertising_id", "aaid", "android_advertising_id"],
  },
  {
    category: "advertising_id",
    names: ["madid", "adid", "ad_id", "advertiser_id", "advertising_id", "ad_tracking_id"],
  },
  {
    category: "network.ip_address",
    names: [
      "ip",
      "ip_address",
      "ip_addr",
      "client_ip",
      "client_ip_address",
      "clientip",
      "remote_addr",
      "remote_ip",
      "user_ip",
      "ipv4",
      "ipv6",
      "src_ip",
      "x_forwarded_for",
      "forwarded_for",
      "x_real_ip",
      "true_client_ip",
      "cf_connecting_ip",
    ],
  },
  { category: "network.ssid", names: ["ssid", "wifi_ssid", "wifi_name"] },
  { category: "network.bssid", names: ["bssid", "wifi_bssid"] },
  {
    category: "network.operator",
    names: [
      "carrier",
      "carrier_name",
      "operator",
      "isp",
      "mcc_mnc",
      "mccmnc",
      "network_operator",
      "sim_operator",
      // Android's operator names (`getNetworkOperatorName`), and OpenTelemetry's attribute names
      // (session 15: `network.carrier.name` reached aliyun in a log)
      "operator_name",
      "network_operator_name",
      "sim_operator_name",
      ...OTEL_NAMES.operator,
    ],
  },
  {
    category: "network.status",
    names: [
      "connection_type",
      "conn_type",
      "network",
      "network_type",
      "net_type",
      "network_status",
      "networking_method",
      "connection",
      "online",
      "online_state",
      ...OTEL_NAMES.networkStatus,
    ],
  },
  {
    category: "account.profile.birthday",
    names: [
      "birthday",
      "dob",
      "db",
      "birth_date",
      "date_of_birth",
      "birthdate",
      "bday",
      "birth",
      // session 17 (a red team's round 6, F11): a date of birth as an epoch, in seconds or ms
      "birthday_ts",
      "birthday_timestamp",
      "birthday_ms",
      "birth_ts",
      "birth_timestamp",
      "birth_ms",
      "dob_ts",
      "dob_ms",
      "dob_timestamp",
      "birth_date_ts",
      ...CJK.birthday,
      ...OTHER_LANGUAGES.birthday,
    ],
  },
  {
    category: "account.profile.gender",
    names: ["gender", "sex", "ge", ...CJK.gender, ...OTHER_LANGUAGES.gender],
  },
  {
    category: "account.profile.nickname",
    names: [
      "nickname",
      "nick",
      "nick_name",
      "display_name",
      "screen_name",
      // session 15: pinyin, a common misspelling, a contact's remark name (WeChat's `RemarkName`)
      "nicheng",
      "nike_name",
      "remark_name",
      "friend_remark",
      ...CJK.nickname,
      ...OTHER_LANGUAGES.nickname,
    ],
  },
  {
    category: "account.profile.name",
    names: [
      "name",
      "first_name",
      "fn",
      "last_name",
      "ln",
      "user_name",
      "real_name",
      "full_name",
      "given_name",
      "family_name",
      "surname",
      "middle_name",
      "truename",
      "legal_name",
      "consignee",
      "cardholder",
      ...PERSON_NAMES,
      ...WHOLE_PERSON_NAMES,
      ...CJK.name,
      ...OTHER_LANGUAGES.name,
    ],
  },
  {
    category: "account.profile.introduction",
    names: [
      "bio",
      "introduction",
      "self_introduction",
      "self_signature",
      "about_me",
      "personal_introduction",
      // session 15 (a red-team probe): what a user writes about themselves, qualified; bare
      // `signature`, `sign`, `intro` and `about` only under a profile (below)
      "self_intro",
      "personal_intro",
      "personal_signature",
      "about_you",
      "about_myself",
      "motto",
      ...CJK.introduction,
    ],
  },
  {
    category: "account.profile.introduction",
    names: ["signature", "sign", "intro", "about"],
    parents: PROFILE_PARENTS,
  },
  { category: "media.photo_album", names: ["photo", "photos"] },
  // a profile picture is the profile's, as the catalog tags Tencent's FaceUrl and
  // Tag_Profile_IM_Image: the policy's "photo album" is the SDK's access to the device's album
  // (session 14: Tencent received avatars under these keys)
  {
    category: "account.profile",
    names: [
      "avatar",
      "avatar_url",
      "profile_photo",
      "profile_picture",
      "face_url",
      "headimgurl",
      "head_img",
      ...PERSON_AVATARS,
    ],
  },
  // a group card names the member (Tencent's `NameCard`), and a friend's remark the friend
  // (friend_add's `AddFriendItem[].Remark`): elsewhere a remark is an order's note (session 14)
  { category: "account.profile.nickname", names: ["name_card", "namecard"] },
  {
    category: "account.profile.nickname",
    names: ["remark"],
    // and a friend's `Tag_SNS_IM_Remark` in friend_update's `SnsItem` list (session 15)
    parents: [
      "add_friend_item",
      "update_item",
      "friend",
      "friends",
      "friend_item",
      "contact",
      "contacts",
      "sns_item",
    ],
  },
  { category: "media.camera", names: ["camera", "camera_frame"] },
  { category: "media.microphone", names: ["microphone", "mic_audio"] },
  // and the ad networks' click ids, which stand for one person's click as `fbc` does (session 12)
  {
    category: "cookie",
    names: [
      "cookie",
      "cookies",
      "fbp",
      "fbc",
      "_fbp",
      "_fbc",
      "fbclid",
      "ctwa_clid",
      "gclid",
      "gbraid",
      "wbraid",
      "ttclid",
      "msclkid",
      "twclid",
      "li_fat_id",
      // a servlet container's and PHP's session cookie, which they also write into a URL when the
      // client takes no cookies (`/cart;jsessionid=5F0C2C1E9A`, `?PHPSESSID=...`; session 16)
      "jsessionid",
      "phpsessid",
    ],
  },
  {
    category: "device.attribute.software_version",
    names: [
      "user_agent",
      "ua",
      "client_user_agent",
      "app_version",
      "app_ver",
      "os_version",
      "os_ver",
      "system_version",
      "build_version",
      "software_version",
      ...OTEL_NAMES.softwareVersion,
    ],
  },
  {
    category: "browsing_history",
    names: [
      "referrer",
      "referer",
      "url_history",
      "browsing_history",
      "page_url",
      "event_source_url",
      "current_url",
    ],
  },
  {
    category: "account.id",
    names: [
      "user_id",
      "uid",
      "from_account",
      "to_account",
      // the other accounts Tencent IM's REST calls name (session 15: a group's members, an @
      // mention's, an operator's, a conversation's peer), so that one that is a phone number is
      // refused or pseudonymized like To_Account, not pooled under a placeholder. Not
      // `owner_account`: Alibaba Cloud's `OwnerAccount` is the cloud account, not a person's
      "member_account",
      "tomembers_account",
      "groupat_account",
      "operator_account",
      "peer_account",
      // session 18 (a red team's round 7, R10): a PK or gift's target, as `target_uid` is
      "target_account",
      // Tencent's number of a QQ or WeChat user (R9), and of a Tencent Cloud account in its Cloud
      // API's `Uin` parameter, which tencent, granted account ids, still receives whole
      "uin",
      "external_id",
      "account_id",
      "member_id",
      "from_user_id",
      "to_user_id",
      "customer_id",
      // the ids platforms give a person: Meta's (Conversions API `user_data`, Messenger's PSID,
      // Instagram's IGSID), WeChat's OpenID and UnionID (session 12)
      "fb_login_id",
      "app_user_id",
      "app_scoped_user_id",
      "page_scoped_user_id",
      "psid",
      "ig_sid",
      "lead_id",
      "openid",
      "open_id",
      "unionid",
      "union_id",
      // a person by role (session 15), and OpenTelemetry's end user
      ...PERSON_ROLE_IDS,
      ...OTEL_NAMES.accountId,
    ],
  },
  // a bare `account` holds the account's id or login (session 15: kept in aliyun logs); only the
  // whole key: `ad_account`, `accounts`, `account_type` are not a person's id
  { category: "account.id", names: ["account"], exact: true },
  {
    category: "device.attribute.model",
    names: ["device_model", "model", "phone_model", "brand", "manufacturer", "device_brand", "device_name"],
  },
  {
    category: "device.attribute.resolution",
    names: [
      "resolution",
      "screen_resolution",
      "screen_size",
      "screen_width",
      "screen_height",
      "dpi",
      "density",
    ],
  },
  { category: "device.attribute.language", names: ["language", "lang", "locale", "accept_language"] },
  { category: "device.attribute.country", names: ["country", "country_code", "region"] },
  { category: "log.click", names: ["click", "clicks", "click_log", "click_records"] },
  {
    category: "log.operation",
    names: ["operation", "operations", "operation_log", "op_log", "action_log", "event_log"],
  },
  { category: "log.usage", names: ["usage", "usage_log", "interaction_log", "session_duration"] },
  {
    category: "storage",
    names: ["storage", "free_storage", "total_storage", "storage_space", "available_storage", "disk_free"],
  },
];

/** Field names that hint at an identifier whose kind only a weak value detector can tell. */
export const HINT_KEYS: readonly string[] = [
  "device_id",
  "did",
  "udid",
  "device_uuid",
  "contact",
  "contact_info",
  // Indonesia's and Malaysia's `hp` (handphone) is a phone number as often as a game's hit points
  // (`{"player": {"hp": 27}}`, as in pomelo-protobuf's test messages): a phone number there goes
  // by its weak detector, a count stays; a capitalised word goes as a name does under any hint
  // (`"hp": "Full"`: accepted). Session 14; `no_hp` and `nomor_hp` are decisive
  "hp",
  "login",
  "account_name",
  // a person by role: an id there, or a name (`"author": "Astrid Solberg"`), or an address
  "user",
  "author",
  "owner",
  "assignee",
  "reporter",
  "creator",
  "created_by",
  "updated_by",
  "modified_by",
  "sender",
  "receiver",
  "recipient",
  "customer",
  "buyer",
  "seller",
  "member",
  "player",
  "patient",
  "passenger",
  "guest",
  "contact_person",
  "id_no",
  "id_number",
  "cert_no",
  "certificate_no",
  "certificate_number",
  // a place: a coordinate pair there (`"location": "59.9139,10.7522"`), or a screen's name
  "location",
  "geo",
  "position",
  "loc",
  ...ROLE_NAMES_BY_VALUE,
];

/**
 * Names of the key table that also classify a longer key ending with them at a word boundary:
 * `billing_email`, `customer_first_name`, `user.nickname`, `userFirstName`, `shipping[zip_code]`.
 * Words are split at separators, brackets and lower-to-upper case changes ({@link keyWords}).
 * Only names that keep their meaning behind any qualifier are here: not `name` (`event_name`),
 * `address` (`server_address`), `model`, `state`, `network` or an id other than a person's
 * (`ad_account_id`, `room_id`; `x_user_id`, `wx_openid` and `live_anchor_id` are a person's).
 */
export const SUFFIX_KEY_NAMES: readonly string[] = [
  "email",
  "e_mail",
  "email_address",
  "mail_address",
  "phone",
  "phone_number",
  "phone_no",
  "phone_num",
  "mobile_num",
  "tel_num",
  "cell_num",
  "phone_nr",
  "mobile_number",
  "mobile_phone",
  "mobile_no",
  "telephone",
  "msisdn",
  "cellphone",
  "cell_phone",
  ...ADDRESS_KINDS,
  "zipcode",
  "zip_code",
  "postal_code",
  "postcode",
  "first_name",
  "last_name",
  "full_name",
  "real_name",
  "given_name",
  "family_name",
  "middle_name",
  "surname",
  "user_name",
  "wechat",
  "wechat_id",
  "weixin",
  "qq",
  "qq_number",
  "id_card",
  "id_card_number",
  "identity_card",
  "national_id",
  "ssn",
  "social_security_number",
  "passport",
  "passport_number",
  "card_number",
  "credit_card",
  "credit_card_number",
  "bank_card",
  "cvv",
  "iban",
  "bank_account",
  "bank_account_number",
  "latitude",
  "longitude",
  "lat",
  "lng",
  // session 15: `geo.location.lon` and `location.lon` reached aliyun while their `lat` went
  "lon",
  ...MICRO_DEGREES,
  "coordinates",
  "geolocation",
  ...PERSON_NAMES,
  // a user's id by role (`x_user_id`, `target_user_id`, `wx_openid`; session 13: a red-team probe
  // found `X-User-Id: 1008611` kept); not an account's (`ad_account_id` is an ad account's)
  "user_id",
  "openid",
  "open_id",
  "unionid",
  "union_id",
  // session 15: a person's id by role (`live_anchor_id`), OpenTelemetry's names behind a prefix
  // (`attributes.enduser.id`), an avatar by role (`msgSenderAvatar`), what a user writes about
  // themselves (`user_self_intro`, `anchorMotto`), a contact's remark name
  ...PERSON_ROLE_IDS,
  ...OTEL_NAMES.accountId,
  ...OTEL_NAMES.operator,
  ...OTEL_NAMES.networkStatus,
  ...OTEL_NAMES.softwareVersion,
  ...PERSON_AVATARS,
  "self_intro",
  "self_introduction",
  "self_signature",
  "personal_intro",
  "personal_introduction",
  "personal_signature",
  "about_me",
  "motto",
  "remark_name",
  "nickname",
  "nick_name",
  // a nickname by role (`fromNick`, `buyer_nick`, `Tag_Profile_IM_Nick`; session 13): a word of
  // its own, so not `nickel`
  "nick",
  "birthday",
  "birth_date",
  "date_of_birth",
  "birthdate",
  "dob",
  // session 17: as an epoch (`user_birthday_ts`)
  "birthday_ts",
  "birthday_ms",
  "birth_ts",
  "dob_ts",
  "dob_ms",
  "gender",
  "sex",
  "imei",
  "imsi",
  "idfa",
  "idfv",
  "oaid",
  "android_id",
  "openudid",
  "mac_address",
  "serial_number",
  "gaid",
  "aaid",
  "advertising_id",
  "google_advertising_id",
  "ip",
  "ip_address",
  "ipv4",
  "ipv6",
  "ssid",
  "bssid",
  ...CJK_SUFFIX_NAMES,
];

/**
 * Names that count only written as two or more words of one dotted segment (`host_id`, `hostName`,
 * `live_host_uid`, `room.host_id`): a live room's host is a person, whose id and name these are.
 * Written as one word (`hostname`, Zabbix's `hostid`) or split by a dot (OpenTelemetry's `host.id`
 * and `host.name`, a machine's, in every resource), they are a machine's, and so are many
 * two-word ones (Aliyun's `HostName`, Java's `hostName`): the name is a hint, so only a value
 * shaped like a person's name (`Astrid Solberg`) goes, and `web-01.kago.internal` stays. An id
 * has no such shape: `host_id` is taken whole (session 15; a red-team found `host_id` and
 * `host_name` kept in aliyun logs and a Zego room's extra info).
 */
const WORDED_NAMES: ReadonlyArray<readonly [name: string, look: CategoryKey | "hint"]> = [
  ["host_id", "account.id"],
  ["host_uid", "account.id"],
  ["host_name", "hint"],
];

/**
 * Headers that carry personal data, each with the key-table name whose category it has, and the
 * words a key names a logged header with: `http.request.header.cookie` (OpenTelemetry),
 * `req.headers.cookie`, `request_header_user_agent`, `http.response.header.set-cookie` are that
 * header (session 15: a session cookie reached aliyun under OpenTelemetry's name). Not `cookie`
 * alone behind any qualifier: `js.cookie`, `accept_cookies` and `cookie_consent` are a library and
 * a consent's flags; nor `set_cookie` alone (`var setCookie = cookie.serialize(...)` in code).
 */
const PERSONAL_HEADERS: ReadonlyArray<readonly [header: string, name: string]> = [
  ["cookie", "cookie"],
  ["set_cookie", "cookie"],
  ["referer", "referer"],
  ["user_agent", "user_agent"],
  ["x_forwarded_for", "x_forwarded_for"],
  ["x_real_ip", "x_real_ip"],
  ["true_client_ip", "true_client_ip"],
  ["cf_connecting_ip", "cf_connecting_ip"],
];
const HEADER_WORDS = ["header", "headers"];

/**
 * Prefixes a vendor writes before a field's name to say where the field goes, set aside before
 * the name is looked up: Aliyun SLS's `__tag__:` (a tag of the log group: `__tag__:uid`,
 * `__tag__:carrier`, which went to aliyun whole while `uid` and `carrier` did not; session 15).
 */
const KEY_PREFIXES: readonly string[] = ["__tag__:"];

/** Suffixes and prefixes that mark a hashed or encoded form of the same data (`email_sha256`). */
export const HASH_AFFIXES: readonly string[] = [
  "sha256",
  "sha1",
  "md5",
  "hashed",
  "hash",
  "encrypted",
  "enc",
];

/** The result of looking a field name up. */
export type KeyHit =
  | {
      readonly kind: "category";
      readonly category: CategoryKey;
      readonly parents: ReadonlySet<string> | null;
      /** Only the whole key (see {@link KeyTableRow.exact}). */
      readonly exact: boolean;
    }
  | { readonly kind: "hint" };

/**
 * The words of a field name as it reads (its spelling folded, see `spelledKey`), lower-cased: split at every ASCII character that is not a letter or
 * a digit (non-ASCII letters stay in words, the traditional Chinese ones `canonicalKey` folds
 * written simplified), before an upper-case letter that follows a
 * lower-case letter or a digit, and before the last capital of an acronym followed by a word
 * (`userFirstName`, `user.first_name`, `user[first_name]` and `HTTPUserEmail` end in words the
 * table knows).
 */
export function keyWords(raw: string): string[] {
  return wordsOfSpelled(spelledKey(raw));
}

/** {@link keyWords} of a key whose spelling is already folded (`spelledKey`). */
function wordsOfSpelled(raw: string): string[] {
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (c < 128 && !upper && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    if (upper && word !== "") {
      const prev = raw.charCodeAt(i - 1);
      const next = raw.charCodeAt(i + 1);
      if (!(prev >= 65 && prev <= 90) || (next >= 97 && next <= 122)) {
        words.push(word);
        word = "";
      }
    }
    word += upper ? String.fromCharCode(c + 32) : (simplifiedHan(c) ?? raw[i]);
  }
  if (word !== "") words.push(word);
  return words;
}

/** The key table compiled to canonical keys. */
export interface KeyLookup {
  /**
   * Looks a field name up as it reads (its spelling folded, see `spelledKey`): its canonical key
   * (see {@link KeyLookup.lookupCanonical}), else its words joined (`first_name[]`), else the
   * longest word suffix among {@link SUFFIX_KEY_NAMES} (`billing_email`), hash affix words at
   * either end set aside; else, since session 16, the same without a last word that is a
   * qualifier (`phone_home`) or without the number ending it (`phone2`, `phone_2`), when that
   * names a person's data.
   */
  lookupKey(raw: string, parentCanon: string): CategoryKey | "hint" | null;
  /**
   * Looks a canonical key up (hash affixes stripped when the whole key is unknown; without the
   * number ending it, `mobile2`, when that names a person's data).
   */
  lookupCanonical(canon: string, parentCanon: string): CategoryKey | "hint" | null;
  /**
   * True when {@link KeyLookup.lookupCanonical} of this canonical key can depend on the parent
   * (a scoped entry such as `ct` under `user_data`, directly or after stripping a hash affix).
   */
  dependsOnParent(canon: string): boolean;
}

/**
 * `look` of the singular of `word` when it reads as a plural (`emails` -> `email`, `addresses` ->
 * `address`), else `null`.
 */
function ofSingular<T>(word: string, look: (singular: string) => T | null | undefined): T | null {
  if (word.length < 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return null;
  return look(word.slice(0, -1)) ?? (word.endsWith("es") ? look(word.slice(0, -2)) : null) ?? null;
}

/**
 * Words that, after a name, say which of a person's several values it is: `phone_home`,
 * `phone_alt`, `email_work`, `address_billing`, `phone_mobile` name what `phone`, `email` and
 * `address` do (session 16, a red-team probe: they kept a phone number `home_phone` removes).
 * Only these: a word that makes a flag, a count or a thing of its own (`phone_verified`,
 * `email_sent`, `phone_count`, `email_template`, `address_book`, `phone_type`) is not one.
 */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  "home",
  "work",
  "office",
  "business",
  "personal",
  "mobile",
  "cell",
  "fax",
  "alt",
  "alternate",
  "alternative",
  "other",
  "primary",
  "secondary",
  "backup",
  "emergency",
  "billing",
  "shipping",
  "delivery",
]);

/**
 * The categories a numbered or qualified name keeps (`phone2`, `uid1`, `imei2`, `address_home`):
 * a person's identifiers and contact, profile, identity, financial and location data. Not a
 * device's attributes, logs, media permissions, storage, the network's state or browsing history,
 * whose names with a number name another thing as often (`model3`, `country2` and `country3` for
 * ISO codes, `usage2`).
 */
const STEM_CATEGORY =
  /^(?:account|advertising_id|contact|cookie|device\.identifier|financial|identity|location|network\.(?:ip_address|ssid|bssid|operator))(?:\.|$)/;

/** The fewest characters a name read without its number or qualifier has: not `ph2`, `ct1`, `ip6`, `md5`. */
const MIN_STEM = 3;

/**
 * The most words a key read again without its number or qualifier has. Field names have a few;
 * a base64 token a text's `token=` offers as a key splits into a word at every capital, and
 * reading those again cost the `base64-tokens-in-text` hostile body 1.5x (session 16).
 */
const MAX_STEM_WORDS = 8;

/** Where the ASCII digits that end `word` start (`word.length` when it ends otherwise). */
function numberStart(word: string): number {
  let i = word.length;
  while (i > 0 && word.charCodeAt(i - 1) >= 48 && word.charCodeAt(i - 1) <= 57) i--;
  return i;
}

function compile(): KeyLookup {
  const byKey = new Map<string, KeyHit[]>();
  const add = (name: string, hit: KeyHit) => {
    const canon = canonicalKey(name);
    const list = byKey.get(canon);
    if (list) list.push(hit);
    else byKey.set(canon, [hit]);
  };
  for (const row of KEY_TABLE) {
    const parents = row.parents ? new Set(row.parents.map(canonicalKey)) : null;
    const exact = row.exact === true;
    for (const name of row.names) add(name, { kind: "category", category: row.category, parents, exact });
  }
  for (const name of HINT_KEYS) add(name, { kind: "hint" });
  const unscopedHit = (name: string) => {
    const hit = byKey
      .get(canonicalKey(name))
      ?.find((h) => h.kind === "category" && h.parents === null && !h.exact);
    if (hit?.kind !== "category")
      throw new Error(`${name} is not an unscoped key-table name (nor an exact one)`);
    return hit;
  };
  // a logged header by name (`headers.cookie`), whole or behind a qualifier (`http.request.header.cookie`)
  const headerKeys = PERSONAL_HEADERS.flatMap(([header, name]) =>
    HEADER_WORDS.map((word) => [`${word}_${header}`, unscopedHit(name)] as const),
  );
  for (const [name, hit] of headerKeys) add(name, hit);
  const affixes = HASH_AFFIXES.map(canonicalKey);
  const scoped = new Set<string>();
  for (const [canon, hits] of byKey)
    if (hits.some((h) => h.kind === "category" && h.parents !== null)) scoped.add(canon);

  // `whole`: `canon` is the whole key, as written, so `exact` entries count too
  const direct = (canon: string, parentCanon: string, whole: boolean): CategoryKey | "hint" | null => {
    const hits = byKey.get(canon);
    if (hits === undefined) return null;
    for (const hit of hits) {
      if (hit.kind === "hint") return "hint";
      if (hit.exact && !whole) continue;
      if (hit.parents === null || hit.parents.has(parentCanon)) return hit.category;
    }
    return null;
  };
  const unscoped = (canon: string): CategoryKey | "hint" | null => {
    const hits = byKey.get(canon);
    if (hits === undefined) return null;
    for (const hit of hits) {
      if (hit.kind === "hint") return "hint";
      if (hit.parents === null && !hit.exact) return hit.category;
    }
    return null;
  };
  // a plural (`nicknames`, `user_emails`, `ip_addresses`, `device_ids`) names what its singular
  // does; only unscoped names, so a key's category still depends on its parent only when
  // `dependsOnParent` says so, and not an `exact` one (`rfcs`)
  const directOrPlural = (canon: string, parentCanon: string, whole: boolean): CategoryKey | "hint" | null =>
    direct(canon, parentCanon, whole) ?? ofSingular(canon, unscoped);
  const bySuffix = new Map<string, CategoryKey>();
  for (const name of SUFFIX_KEY_NAMES) bySuffix.set(canonicalKey(name), unscopedHit(name).category);
  for (const [name, hit] of headerKeys) bySuffix.set(canonicalKey(name), hit.category);
  const worded = new Map(WORDED_NAMES.map(([name, look]) => [canonicalKey(name), look]));
  const wordedFirst = new Set(WORDED_NAMES.map(([name]) => keyWords(name)[0] as string));
  // the last two or more words of the key's last dotted segment (`live_host_id`, not `host.id`),
  // looked at only from a word that starts such a name (most keys have none)
  const wordedLook = (raw: string, words: readonly string[]): CategoryKey | "hint" | null => {
    const dot = raw.lastIndexOf(".");
    const segment = dot < 0 ? words : keyWords(raw.slice(dot + 1));
    for (let k = 0; k + 1 < segment.length; k++) {
      if (!wordedFirst.has(segment[k] as string)) continue;
      const tail = segment.slice(k).join("");
      const look = worded.get(tail) ?? ofSingular(tail, (word) => worded.get(word));
      if (look != null) return look;
    }
    return null;
  };
  const affixSet = new Set(affixes);
  // a hash affix set aside leaves a part of the key, which an `exact` entry does not name
  const lookCanonical = (canon: string, parentCanon: string, whole: boolean): CategoryKey | "hint" | null => {
    const hit = directOrPlural(canon, parentCanon, whole);
    if (hit !== null) return hit;
    for (const affix of affixes) {
      if (canon.length > affix.length + 1) {
        if (canon.endsWith(affix)) {
          const inner = directOrPlural(canon.slice(0, canon.length - affix.length), parentCanon, false);
          if (inner !== null && inner !== "hint") return inner;
        }
        if (canon.startsWith(affix)) {
          const inner = directOrPlural(canon.slice(affix.length), parentCanon, false);
          if (inner !== null && inner !== "hint") return inner;
        }
      }
    }
    return null;
  };
  // a numbered copy of a name (`mobile2`, `uid1`; headers strip their `x` and look up `mobile2`)
  const numberedCanonical = (canon: string): CategoryKey | null => {
    const cut = numberStart(canon);
    if (cut === canon.length || cut < MIN_STEM) return null;
    const hit = lookCanonical(canon.slice(0, cut), "", false);
    return hit !== null && hit !== "hint" && STEM_CATEGORY.test(hit) ? hit : null;
  };
  const lookupCanonical = (canon: string, parentCanon: string): CategoryKey | "hint" | null =>
    lookCanonical(canon, parentCanon, true) ?? numberedCanonical(canon);
  const prefixStarts = new Set(KEY_PREFIXES.map((prefix) => prefix.charCodeAt(0)));
  // `spelled`, its canonical form and its words; `whole`: it is the key as written (see `direct`)
  const lookWords = (
    spelled: string,
    canon: string,
    words: readonly string[],
    parentCanon: string,
    whole: boolean,
  ): CategoryKey | "hint" | null => {
    const hit = lookCanonical(canon, parentCanon, whole);
    if (hit !== null) return hit;
    let first = 0;
    let end = words.length;
    while (first < end && affixSet.has(words[first] as string)) first++;
    while (end > first && affixSet.has(words[end - 1] as string)) end--;
    if (first === end) return null;
    const joined = words.slice(first, end).join("");
    if (joined !== canon) {
      // all its words (`rg[]`), else the key without its hash affix words
      const all = lookCanonical(joined, parentCanon, whole && first === 0 && end === words.length);
      if (all !== null) return all;
    }
    for (let k = first + 1; k < end; k++) {
      const suffix = words.slice(k, end).join("");
      const category = bySuffix.get(suffix) ?? ofSingular(suffix, (word) => bySuffix.get(word));
      if (category != null) return category;
    }
    // a user's id by any role (`target_uid`, `pkUid`; session 18, `person-uids.ts`)
    if (wordsNamePersonUid(words, first, end)) return "account.id";
    for (let k = 0; k + 1 < words.length; k++)
      if (wordedFirst.has(words[k] as string)) {
        const named = wordedLook(spelled, words);
        if (named !== null) return named;
        break;
      }
    // Chinese has no word boundaries to split at: the last word's character suffixes
    const last = words[end - 1] as string;
    for (let j = 1; j < last.length - 1; j++) {
      if (last.charCodeAt(j) < 0x3000) continue;
      const category = bySuffix.get(last.slice(j));
      if (category !== undefined) return category;
    }
    return null;
  };
  // a name among SUFFIX_KEY_NAMES at the end of `words` (`phone`, `user_phone`, `email_addresses`)
  const suffixHit = (words: readonly string[]): CategoryKey | null => {
    for (let k = 0; k < words.length; k++) {
      const suffix = words.slice(k).join("");
      const category = bySuffix.get(suffix) ?? ofSingular(suffix, (word) => bySuffix.get(word));
      if (category != null) return category;
    }
    return null;
  };
  // the key without its last word when that is a qualifier and what comes before it a name that
  // keeps its meaning behind any word (`phone_home`; not `state_home`, `name_alt`), else without
  // the number that ends it (`phone_2`, `X-Phone-2`, `phone2`, `address2`), else without the
  // number that ends the word before it (`user1_name`, `player_2_name`: the first and the second
  // of a PK battle's or a match's people; session 18), hash affix words set aside; `rounds` more
  // times when that names nothing (`phone2_home`)
  const lookStem = (words: readonly string[], rounds: number): CategoryKey | null => {
    let end = words.length;
    while (end > 1 && affixSet.has(words[end - 1] as string)) end--;
    const last = words[end - 1] as string;
    const cut = numberStart(last);
    const before = end > 1 ? (words[end - 2] as string) : "";
    const beforeCut = numberStart(before);
    let stem: readonly string[];
    let hit: CategoryKey | "hint" | null;
    if (end > 1 && QUALIFIER_WORDS.has(last)) {
      stem = words.slice(0, end - 1);
      hit = suffixHit(stem);
    } else if (cut < last.length || beforeCut < before.length) {
      // the numbered word (the last, else the one before it) without its number, or left out
      const at = cut < last.length ? end - 1 : end - 2;
      const word = words[at] as string;
      const kept = numberStart(word);
      stem = [
        ...words.slice(0, at),
        ...(kept === 0 ? [] : [word.slice(0, kept)]),
        ...words.slice(at + 1, end),
      ];
      const canon = stem.join("");
      if (canon.length < MIN_STEM) return null;
      hit = lookWords(stem.join("_"), canon, stem, "", false);
    } else return null;
    if (hit === null) return rounds > 0 && stem.length > 0 ? lookStem(stem, rounds - 1) : null;
    return hit !== "hint" && STEM_CATEGORY.test(hit) ? hit : null;
  };
  const lookupKey = (raw: string, parentCanon: string): CategoryKey | "hint" | null => {
    // one character test for the keys that start like no prefix (nearly all)
    if (prefixStarts.has(raw.charCodeAt(0)))
      for (const prefix of KEY_PREFIXES)
        if (raw.length > prefix.length && raw.startsWith(prefix))
          return lookupKey(raw.slice(prefix.length), parentCanon);
    const spelled = spelledKey(raw);
    const words = wordsOfSpelled(spelled);
    const hit = lookWords(spelled, canonicalOfSpelled(spelled), words, parentCanon, true);
    return hit !== null || words.length === 0 || words.length > MAX_STEM_WORDS ? hit : lookStem(words, 1);
  };
  return {
    lookupCanonical,
    lookupKey,
    dependsOnParent(canon) {
      if (scoped.has(canon)) return true;
      for (const affix of affixes) {
        if (canon.length > affix.length + 1) {
          if (canon.endsWith(affix) && scoped.has(canon.slice(0, canon.length - affix.length))) return true;
          if (canon.startsWith(affix) && scoped.has(canon.slice(affix.length))) return true;
        }
      }
      return false;
    },
  };
}

/** The compiled key table, built once at module load. */
export const KEY_LOOKUP: KeyLookup = compile();
