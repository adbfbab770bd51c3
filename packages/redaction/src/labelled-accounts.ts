/**
 * Messenger handles, passport numbers, payment cards and coordinates that a word names in prose
 * without a field's `=` or a line's `key:`: `add me on wechat: astrid_wx`, `加我微信astrid_wx`,
 * `vx：astrid_wx` (`vx`, `V信`, `扣扣` are how chats write WeChat and QQ past keyword filters),
 * `威信 astrid_wx`, `+v astrid_wx`, `telegram @astrid_tg`, `line id: astrid123`, a Telegram link's
 * user name (`t.me/astrid_tg`) and a WhatsApp link's phone number (`wa.me/4791234567`),
 * `passport E12345678`, `护照 E12345678`, `ssn 536-22-1234`, `HKID A123456(3)`, `phone 4791234567`,
 * `Card: 4539578763621486, CVV: 123`,
 * `卡号6217000000000000004`, `location: 59.9139,10.7522`, `I'm at 59.9139, 10.7522`, and a map
 * link's `@59.9139,10.7522,15z` or `?q=59.9139,10.7522`.
 *
 * Read: a label below (any case, not glued to a Latin letter, digit or `_` before it), then `:`,
 * `：`, `#`, `=` or white space (or nothing after a Chinese label, `卡号6217...`, or after a label's
 * own full stop, `Passport No.E12345678`, or, since session 14, before a digit where the value is
 * checked strictly: `tel13812345678`, `QQ12345678`, `ID110101199003071233`), then a value
 * that must be what the label names, checked as strictly as a value detector would be, since a
 * word in a sentence is a weaker key than a field's name:
 * - a handle: a token of letters, digits, `_`, `.` and `-` (3-40), `@` before it allowed, with a
 *   digit, `_` or `-` in it and, after a Latin label other than QQ's or WhatsApp's, a letter
 *   (`twitter 2024` names no account: WeChat, Telegram and the networks' handles start with or
 *   hold a letter); or of five or more characters right after a Chinese label (a QQ number is
 *   digits). The labels: WeChat's (`wechat`, `weixin`, `wx`, `vx`, `V信`, the homophones `威信`,
 *   `薇信`, `徽信`, and `+v`, `加v`, `➕v`, each also with `号`: `wx号`; and as chats write it past
 *   keyword filters: `wei信`, `微xin`, `w x`, `V❤`, `薇❤`, `卫星` and `🛰` (satellite, a homophone),
 *   `绿泡泡` (the green bubble); session 12: `加我v`, a bare `V:` and `薇` alone, each only before a
 *   WeChat ID with a digit, `_` or `-` in it (`V: astrid520`; `watch?v=...` has no `:`)), QQ's (`q q`, `扣扣号`, `企鹅号` and `🐧`, the penguin, and `加扣`),
 *   Telegram, (after `卫星`, `绿泡泡` and `企鹅`, which are also ordinary words, only a WeChat ID's
 *   or a QQ number's own form), WhatsApp, Skype, `line id` (not `line`
 *   alone: `line 123` is a line number), KakaoTalk, and the social networks people are messaged
 *   through (`抖音号`, `快手号`, `小红书号`, `微博`, Instagram and its `ig`, TikTok, Snapchat, Twitter);
 * - a passport number: 6-12 letters and digits, at least five of them digits (`E12345678`), after
 *   `passport` or, since session 13, its French, Spanish, Portuguese, German and Korean names
 *   (`passeport n° 12AB34567`, `pasaporte`, `Reisepass`, `여권번호`) or a mainland travel permit
 *   for Hong Kong and Macao's (`港澳通行证 C12345678`);
 * - a Spanish DNI or NIE after its label (`DNI 12345678Z`, `NIE X1234567L`; session 13), its check
 *   letter right (one shape in 23 passes); after `nie`, also German for "never", only a NIE;
 * - an Aadhaar number after its label (`aadhaar 2345 6789 0124`, `aadhar no.`; session 13):
 *   twelve digits, the first 2-9, grouped 4-4-4 or plain, passing Verhoeff's check as every
 *   issued one does (one in ten passes);
 * - a US social security number (`ssn`, `social security number`): 3-2-4 digits, grouped by `-`
 *   or a space or plain, of an area, group and serial that are issued (`ssn 536-22-1234`);
 * - an identity card number of Hong Kong (`A123456(3)`), Taiwan (`A123456789`) or the mainland
 *   after an identity card's label (`身份证`, `身分證`, `HKID`, `ID card`, `national ID`), passing
 *   its registry's check (Hong Kong's and Taiwan's are read only so: one shape in ten passes);
 * - a bank account number after its label (`银行账号`, `收款账号`, `bank account`): 8-30 digits,
 *   grouped by single spaces or hyphens or not; a payment card when it passes the card checks;
 * - a phone number of 7-15 digits after a phone's label (`phone 4791234567`, `tel +4791234567`,
 *   `电话 4791234567`, `手机号 91234567`, `📱 4791234567`, `call me on 4791234567`; since session
 *   13 the labels of German, French, Italian, Spanish and Portuguese numbers: `Telefon`, `Handy`,
 *   `Mobil`, `Tel.`, `portable`, `téléphone`, `cellulare`, `teléfono`, `celular`), as one run
 *   or, since session 12, in groups split by white space or a separator no list or sentence is
 *   written with (`call me on 415/555/2671`, `tel: 020 / 7946 / 0958`: `LABELLED_PHONE`; the loose
 *   numbers' view tidies only a China mobile so split, since a list of numbers takes other forms
 *   by chance, but after `phone` they are a phone), or as an area code starting with 0 and a
 *   subscriber number of 6-10 digits split by `/` or `-` (`Mobil: 0151/23456789`,
 *   `Tel. 030-12345678`; session 13: other groups have 2-5 digits, so `tel 4791234567 12345678`
 *   stays two numbers, and `mobile 20240115-123456` none). The prose search looks for `call me` only
 *   before seven digits in a row or a first group and such a separator, since `call me on +44 7700
 *   900123` is the finders' already and chats say `call me` often. The number finders take a bare
 *   run of digits only for a China mobile, since ids and amounts are bare too, but after `phone`
 *   it is a phone, unless it is a date or an IPv4 address (`mobile 20240115 release`, `tel
 *   2024/01/15`);
 * - a card number: plain or grouped, passing the card checks of `isPaymentCard` (Luhn, a card
 *   network's prefix), after `card`, `卡号` or a card network's name (`visa`, `mastercard`, `amex`,
 *   `unionpay`, `jcb`, `银联卡`; `visa E12345678` is a travel visa and fails the checks); a security code (`cvv`, `cvc`, `安全码`): three or four digits;
 * - a postal code after its label (`zip code 94103-1234`, `postcode SW1A 1AA`, `邮编100020`,
 *   `郵便番号 100-0001`; session 12; Japan's postal mark, `〒150-0041`, since session 14): four to six digits, ZIP+4, or a Dutch, British or Canadian
 *   shape; `contact.address`, as a `zp` field is;
 * - coordinates: a latitude and longitude pair (`isCoordinatePair`: three or more decimals each,
 *   in range), also after `at`, `@`, `=` (map links) and `geo:` (RFC 5870), in either order
 *   (AMap, Baidu and the Chinese map APIs write the longitude first: `location=114.057939,22.543099`;
 *   session 13), and after Android's `Location[fused` (its `toString()`); and one degree after its
 *   own label (`lat 59.9139, lng 10.7522`, `Long: 10.7522`, `北纬22.5431 东经114.0579`; three or
 *   more decimals); since session 17 also a pair no label names, with five decimals each and no
 *   third number next to it (`我在 116.481488,39.990464 附近`), and a pair is read in either order
 *   wherever it stands (`isCoordinatePair`).
 *
 * Session 14, the labels of other languages (their separators as above; after a label ending in
 * kana, Hangul or Thai, as after a Chinese one, nothing is needed: `LINEのIDはtaro_90です`):
 * - identity and tax numbers, each checked by its registry's rule in `@kago/personal-data`'s
 *   `national-ids.ts`: Korea's resident registration number (`주민등록번호`, `주민번호는`; its
 *   date and sex digit, not its check digit, which numbers issued since October 2020 lack), Japan's
 *   My Number (`マイナンバー`, `個人番号`), Mexico's CURP (`Mi CURP es`), Brazil's CPF (`CPF`,
 *   `meu CPF:`, and `chave pix`, whose key is a CPF or a phone), Thailand's
 *   (`เลขบัตรประชาชน`), Indonesia's NIK (`NIK`, `no KTP`), Vietnam's CCCD (`Số CCCD`), Malaysia's
 *   MyKad (`No. IC`, `MyKad`), Russia's INN and SNILS, India's PAN (`PAN:`, `my PAN is`), Germany's
 *   Steuer-ID; and a Russian passport (`Паспорт 4510 123456`: its series' last two digits the
 *   year its form was printed, 97-29);
 * - a phone after a phone's label in Thai, Vietnamese, Indonesian, Arabic, Hindi, Japanese, Korean
 *   and Russian (`เบอร์โทรศัพท์ของฉันคือ`, `SĐT`, `Nomor HP saya`, `رقم هاتفي`, `मोबाइल नंबर`,
 *   `私の携帯は`, `내 휴대폰 번호는`, `тел.`), after WhatsApp as Brazil and Latin America write it
 *   (`meu zap é`, `mi whats es`) and Zalo (a phone, or a user name: `zalo: nguyenvanan90`); and
 *   after a word that names any number (`Nummer`, `номер`, `번호`, `เบอร์`, `नंबर`, Indonesian's
 *   `HP` and `WA`) only with a possessive (`мой номер`, `내 번호는`, `HP saya`) or in a phone's own
 *   form: a leading 0 (not `00`) or 8 and 9-12 digits (`номер 89123456789`; `Заказ номер
 *   123456789` is an order's). Digits of other scripts (`٠٥٠١...`) are read in the digit view;
 * - a handle after LINE's labels (`LINE:` in capitals, `LINE ID`, `LINEのID`, `ライン`,
 *   `ไลน์ไอดี`; `line: 42` is a file's line), KakaoTalk's in Korean (`카톡`, `카카오톡 아이디`),
 *   Telegram's and VK's in Russian (`телеграм`, `вконтакте`), and a LINE link's ID, a Zalo link's
 *   phone number and a VK profile's name (`line.me/ti/p/~taro_90`, `zalo.me/0912345678`,
 *   `vk.com/ivan.petrov90`; not `vk.com/club123`);
 * - a bank account after its label (`口座番号`, `계좌번호`, `STK`, `No rek`, `CLABE`, `Kontonummer`,
 *   `Счёт`, `เลขบัญชี`), a bank's name and an account's type between allowed in the form each
 *   language writes them (`계좌번호 국민은행`, `口座番号：普通`, `STK Vietcombank`, `No rek BCA`:
 *   at most three words), then the number's own shape and digits (Japan's seven, Korea's 10-14 in
 *   groups, a CLABE's eighteen with its check digit, a Russian client's twenty with a currency's
 *   code, Thailand's `123-4-56789-0`...).
 *
 * Session 15 (the red team's leaks of session 14):
 * - Brazil's RG after `RG` as a word of its own (`RG 12.345.678-9`, `RG nº 12.345.678-X`, `RG é
 *   ...`): written with its dots and dash, its shape is enough, since no check digit is common to
 *   the states that issue it; bare (`RG 123456782`) only with São Paulo's check right, the one
 *   published (`isBrazilianRg`: one random nine-digit shape in eleven passes). `RGB`, `RG-58`,
 *   `rg -n`, `RG 58 cable` name nothing, and `RG` glued to digits is not read (`RG6`, `RG58`: a
 *   cable's, a part's code);
 * - Japanese transfer details: `振込先：みずほ銀行 渋谷支店 普通 1234567`, and an account's type
 *   alone before its seven digits (`三菱UFJ銀行 新宿支店 当座 0123456`, `普通預金 1234567`), at a
 *   word's start or after a branch (`支店普通1234567`): that is how transfers write an account, and
 *   `普通`, "ordinary", stands before a bare seven-digit number in nothing else we found; Chinese,
 *   which writes it after a word (`这是普通 1234567 次`), an amount or a count (`普通預金 1234567円`,
 *   `1234567件`) and `普通に 3 回` stay. The holder's name after the number, two to four words of
 *   katakana (`普通 1234567 ヤマダ タロウ`, `ﾔﾏﾀﾞ ﾀﾛｳ`), is a name, `account.profile.name`:
 *   banks record it so, family name and given name; one word is not (`1234567 エラー`), nor
 *   katakana running into a bank's name (`ソニー銀行`). After its own label (`口座名義 ヤマダ
 *   タロウ`, `名義人 ﾔﾏﾀﾞﾀﾛｳ`) one word is enough, but not a form's `カナ` or `カタカナ`;
 * - a CLABE grouped as its parts are (`002 180 70012345678 8`); with a wrong check digit it stays.
 *
 * Session 18 (a red team's round 7, R3): Turkey's identity number after `TC kimlik no`, `TCKN`,
 * `kimlik no` (two check digits: `isTurkishId`); Saudi Arabia's identity and iqama numbers and the
 * Emirates ID after their Arabic and Latin labels (`رقم الهوية`, `iqama`, `Emirates ID`, `EID`;
 * a Luhn digit each); Russia's INN and SNILS after their Latin names and a passport after its
 * `серия`; a phone after "call me" in Spanish and Portuguese (`llámame al`, `me liga no`, a
 * Mexican's `mi cel es`, `manda un whats al`), Arabic (`اتصل بي على`, `رقمي`), Indonesian
 * (`hubungi saya di`) and Vietnamese (`gọi mình`), and after WhatsApp in Russian (`ватсап`); a
 * Telegram handle after Russian's `телегу` and `тг`; Vietnam's old nine-digit CMND; a Pix key
 * after `PIX chave`.
 */
import {
  type CategoryKey,
  groupedPaymentCardEnd,
  isAadhaar,
  isBrazilianRg,
  isClabe,
  isCoordinatePair,
  isCpf,
  isCurp,
  isEmiratesId,
  isHongKongId,
  isIndianPan,
  isIndonesianNik,
  isKoreanResidentNumber,
  isMalaysianIc,
  isMyNumber,
  isPaymentCard,
  isResidentId,
  isRussianAccount,
  isRussianInn,
  isSaudiId,
  isSnils,
  isSpanishId,
  isSteuerId,
  isTaiwanId,
  isThaiId,
  isTurkishId,
  isVietnameseCitizenId,
} from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode, isOtherScriptLetterCode } from "./scripts.js";

/** The hearts a WeChat label is written with past keyword filters (`V❤`, `薇❤`). */
const HEARTS = "❤♥💗💕";
/** What Thai writes after a label before its value: `ของฉัน` (mine) and `คือ` (is). */
const THAI_MINE = String.raw`(?:ของ(?:ฉัน|ผม|หนู|เรา|ดิฉัน))?(?:[ \t]*คือ)?`;
/**
 * Messengers' labels in other scripts (session 14): LINE's in Japanese and Thai (`ライン`,
 * `ไลน์ไอดี`), KakaoTalk's in Korean (`카카오톡 아이디`, `카톡`), Telegram's and VK's in Russian.
 */
const OTHER_SCRIPT_HANDLE_LABELS = String.raw`ライン(?:[ \t]*id)?(?:は)?|ไลน์(?:[ \t]*ไอดี)?${THAI_MINE}|ไอดีไลน์${THAI_MINE}|카카오톡?(?:[ \t]*(?:아이디|id))?(?:는|은)?|카톡(?:[ \t]*(?:아이디|id))?(?:는|은)?|(?:телеграмм?[еау]?|телег[аеуи]|тг|вконтакте)`;
const HANDLE_LABELS = String.raw`wechat(?:[ _]?id)?|weixin|(?:w ?x|v ?x|v信|wei ?信|微 ?xin)号?码?|微信搜(?:一下)?|加个?微信吧?|微[ _.·]?信号?码?|[威薇徽维][信芯]号?码?|我的?(?:v|q ?q|q)是|加q|q号码?|钉钉号?|[v微威薇徽] ?[${HEARTS}]\ufe0f?|卫星号?|🛰\ufe0f?|绿泡泡|(?:加我?|\+|➕)v|v(?=[ \t]*[:：])|薇|加我?微(?![信博])|微(?=[ \t]*[:：])|q ?q(?:[ _]?(?:number|no\.?)|号码?)?|扣扣号?|企鹅号?码?|加扣|🐧|telegram|whatsapp|skype|line[ _]?(?:の[ \t]*)?id(?:は)?|line(?=[ \t]*[:：])|kakao(?:talk)?(?:[ _]?id)?|${OTHER_SCRIPT_HANDLE_LABELS}|抖音号?|dy号|快手号?|小红书号?|微博号?|douyin|weibo|instagram|insta|ins(?=[ \t]*[:：])|ig|tiktok|snapchat|twitter|tg|facebook|fb`;
const PASSPORT_LABELS = String.raw`(?:passport|passeport|pasaporte|passaporte|reisepass)(?:[ _]?(?:number|nummer|no\.?|n[°º]|#))?|护照(?:号码?)?|港澳通行证(?:号码?)?|여권(?: ?번호)?`;
const CARD_LABELS = String.raw`(?:(?:credit|debit|bank|visa|master|amex|unionpay|jcb)[ _]?)?card(?:[ _]?(?:number|no\.?|#))?|visa|amex|american[ _]express|unionpay|jcb|银行卡号?|信用卡号?|银联卡?号?|卡号|储蓄卡号?|借记卡号?|[工建农中招交]行卡?号?|收款(?:账户|账号|卡号?)|打到这张卡上?`;
const CODE_LABELS = "cvv2?|cvc|安全码";
const SSN_LABELS = String.raw`ssn|social[ _]security(?:[ _](?:number|no\.?|#))?`;
const SPANISH_ID_LABELS = String.raw`(?:dni|nie)(?:[ _]?(?:n[°º]|no\.?|#))?`;
const AADHAAR_LABELS = String.raw`aadhaa?r(?:[ _]?(?:card|number|no\.?|#))?`;
const NATIONAL_ID_LABELS = String.raw`身份证(?:号码?)?|身份證(?:號碼?)?|身分證(?:字號|號碼?)?|hkid(?:[ _]?(?:number|no\.?|#))?|(?:id|identity)[ _]?card(?:[ _]?(?:number|no\.?|#))?|national[ _]id(?:[ _]?(?:number|no\.?|#))?`;
/**
 * Spanish's and Portuguese's "call me" and a Mexican's `cel` (session 18, a red team's round 7,
 * R3): `llámame al 612 345 678`, `escríbeme al ...`, `me liga no ...`, `mi cel es 5512345678`.
 */
const SPANISH_CALL_ME = String.raw`(?:ll[aá]mame|escr[ií]beme|m[aá]rcame)(?:[ \t]+(?:al?|en))?|me[ \t]+liga(?:[ \t]+(?:no|pro))?|cel(?:[ \t]+(?:es|é))?`;
const PHONE_LABELS = String.raw`(?:phone|mobile|mobil(?:nummer)?|handy(?:nummer)?|cell(?:phone|ulare)?|celular|portable|tel(?:ephone|efon(?:o|e|nummer)?|\.)?|teléfono|téléphone)(?:[ _]?(?:number|no\.?|#))?|电话(?:号码)?|手机(?:号码?)?|联系电话|联系方式|[📱📞☎]\ufe0f?|(?:call|text|reach|ring) me(?: on| at)?|${SPANISH_CALL_ME}`;
/** `ID` glued to a mainland resident identity card number (`ID110101199003071233`; session 14). */
const GLUED_ID_LABEL = String.raw`id(?=\d{17}[\dXx])`;
const BANK_ACCOUNT_LABELS = String.raw`银行账号|银行账户|开户账号|收款账号|对公账号|bank[ _]account(?:[ _]?(?:number|no\.?|#))?`;
const PLACE_LABELS = String.raw`location\[(?:fused|gps|network|passive)|location|coordinates|coords|gps|坐标|位置|定位|经纬度|at`;
const POSTCODE_LABELS = String.raw`(?:post(?:al)?[ _]?code|postcode|zip(?:[ _]?code)?)(?:[ _]?(?:is|no\.?|#))?|邮编|邮政编码|郵便番号|〒`;

/** What Vietnamese writes after a label before its value: `của tôi` (mine) and `là` (is). */
const VIETNAMESE_MINE = String.raw`(?:[ \t]+(?:của[ \t]+)?(?:tôi|mình|em|anh|chị|tui|tớ))?(?:[ \t]+là)?`;
/** What Indonesian writes after a label before its value: `saya` (mine) and `adalah` (is). */
const INDONESIAN_MINE = String.raw`(?:[ \t]+(?:saya|aku|gue|gw))?(?:[ \t]+adalah)?`;
/**
 * "Call me", "my number" and WhatsApp in Arabic, Russian, Indonesian and Vietnamese (session 18,
 * a red team's round 7, R3): `اتصل بي على 0501234567`, `رقمي 00966501234567`, `ватсап
 * 89123456789`, `hubungi saya di 081234567890`, `gọi mình 0912345678`.
 */
const OTHER_CALL_ME = String.raw`(?:اتصل|اتصلي|كلمني|كلميني)(?:[ \t]+(?:بي|بى))?(?:[ \t]+(?:على|علي))?|رقمي|ват?сап|вотсап|вацап|hubungi(?:[ \t]+(?:saya|aku|kami))?(?:[ \t]+(?:di|ke))?|g[ọo]i(?:[ \t]+cho)?[ \t]+(?:tôi|mình|em|anh|chị|tui|tớ)(?:[ \t]+(?:qua|số|theo))?`;
/**
 * A phone's labels in other languages (session 14): Thai (`เบอร์โทรศัพท์ของฉันคือ`, `โทร`),
 * Vietnamese (`số điện thoại của tôi là`, `SĐT`), Indonesian (`nomor HP saya`, `no HP`, `telp`),
 * Arabic (`رقم هاتفي`, `رقم الهاتف`, `جوالي`), Hindi (`मेरा मोबाइल नंबर`), Japanese
 * (`私の携帯は`, `電話番号`), Korean (`전화번호`, `내 휴대폰 번호는`, `연락처`) and Russian
 * (`телефон`, `тел.`, `мой номер телефона`).
 */
const OTHER_PHONE_LABELS = String.raw`(?:เบอร์(?:โทร(?:ศัพท์)?|มือถือ)|โทร(?:ศัพท์)?\.?|มือถือ)(?:มือถือ)?${THAI_MINE}|(?:điện[ \t]+thoại|dien[ \t]+thoai)${VIETNAMESE_MINE}|s[đd]t${VIETNAMESE_MINE}|đt|(?:nomor|nomer|no\.?)[ \t]*(?:hp|telp|tlp|telepon|ponsel|handphone|wa|whatsapp)${INDONESIAN_MINE}|tlp\.?|telp\.?|telepon|ponsel|handphone|(?:هاتف|جوال|موبايل|تلفون|واتساب|واتس)ي?|(?:मोबाइल|फ़ोन|\u095eोन|फोन)(?:[ \t]+(?:नंबर|नम्बर))?(?:[ \t]+है)?|(?:電話(?:番号|號碼)?|携帯(?:電話)?(?:番号)?|ケータイ(?:番号)?)(?:は)?|(?:전화(?:[ \t]*번호)?|휴대(?:폰|전화)(?:[ \t]*번호)?|핸드폰(?:[ \t]*번호)?|폰[ \t]*번호|연락처)(?:는|은)?|(?:телефона?|тел\.?|мобильн(?:ый|ого)(?:[ \t]+телефона?)?|моб\.?|сотов(?:ый|ого))|${OTHER_CALL_ME}`;
/**
 * Words that name a number, not only a phone's (`Nummer`, `номер`, `번호`, `เบอร์`, `नंबर`, and
 * since session 14 Indonesian `nomor saya` and Vietnamese `số tôi`, with their possessive), and
 * Indonesian's `HP` and `WA`: a phone after them only with a possessive (`meine Nummer`, `мой
 * номер`, `내 번호는`, `เบอร์ของฉัน`, `मेरा नंबर`, `HP saya`) or in a phone's own form (see
 * {@link PHONE_LIKE}).
 */
const WEAK_PHONE_LABELS = String.raw`номер|nummer(?:[ \t]+(?:ist|lautet))?|번호(?:는|은)?|เบอร์${THAI_MINE}|(?:नंबर|नम्बर)(?:[ \t]+है)?|hp${INDONESIAN_MINE}|wa|nomor[ \t]+(?:saya|aku|gue|gw)|s[ốo][ \t]+(?:của[ \t]+)?(?:tôi|mình|em|anh|chị|tui|tớ)(?:[ \t]+là)?`;
/** WhatsApp as Brazil and Latin America write it, before a phone number (`meu zap é`, `mi whats es`). */
const CHAT_PHONE_LABELS = String.raw`(?:zap(?:zap)?|whats|wpp|wsp|wasap|watsap|whatsapp(?=[ \t]+(?:é|es)[ \t]))(?:[ \t]+(?:é|e|es|al|no|pro))?`;
/** Zalo, Vietnam's messenger: its account is a phone number or a user name. */
const ZALO_LABELS = `zalo${VIETNAMESE_MINE}`;
/**
 * Brazil's Pix key: a CPF or a phone number (an e-mail address is the finders'); since session 18
 * also after `PIX chave`.
 */
const PIX_LABELS = String.raw`pix(?:[ \t]+(?:é|e|chave))?`;

/** A label of an identity or tax number, the value's shape after it, its check, and its category. */
interface IdentityLabel {
  readonly labels: string;
  readonly shape: RegExp;
  readonly check: (value: string) => boolean;
  readonly category?: CategoryKey;
}

/** A CPF, dotted (`123.456.789-09`) or not. */
const CPF = /(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-?\d{2})(?![\d]|[.-]\d)/y;
/** An RG, as the states print it (`12.345.678-9`) or bare (`123456782`, `12345678-2`), `X` last allowed. */
const RG = /(?:\d{1,2}\.\d{3}\.\d{3}-|\d{8}-?)[\dXx](?![\dA-Za-z]|[.-]\d)/y;
/** The RG's labels: `RG`, `RG nº`, `RG é` (a word of its own: see {@link LABEL}). */
const RG_LABELS = String.raw`rg(?:[ _]?(?:n[°º]|no\.?|#))?(?:[ \t]+(?:é|e))?`;
/**
 * For the prose search: an RG's label before its separator and a digit (`RG 12.345.678-9`), not
 * `RGB`, `RG-58` or `rg -n` (session 15).
 */
const RG_HINT = String.raw`${RG_LABELS}(?:[ \t]*[:：#=][ \t]*|[ \t]+)\d`;
/** The years a Russian passport's form was printed in (its series' last two digits: 1997 on). */
const RUSSIAN_PASSPORT = /\d\d ?(9[7-9]|[0-2]\d)[ \t]*(?:(?:№|номер)[ \t]*)?\d{6}(?!\d)/uy;

/**
 * Identity and tax numbers of other countries after their labels (session 14; the numbers' rules
 * are in `@kago/personal-data`'s `national-ids.ts`).
 */
const IDENTITY_LABELS: readonly IdentityLabel[] = [
  {
    // 주민등록번호, 주민번호는: the check digit is not asked for (none since October 2020)
    labels: String.raw`주민(?:[ \t]*등록(?:증)?)?[ \t]*번호(?:는|은)?`,
    shape: /\d{6}-?[1-8]\d{6}(?![\d-])/y,
    check: (v) => isKoreanResidentNumber(v),
  },
  {
    labels: String.raw`マイナンバー(?:カード)?(?:[ \t]*番号)?(?:は)?|個人番号(?:カード)?(?:は)?`,
    shape: /\d{4}([- ]?)\d{4}\1\d{4}(?![\d-])/y,
    check: isMyNumber,
  },
  {
    labels: String.raw`curp(?:[ \t]+es)?`,
    shape: /[A-Za-z]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d(?![A-Za-z0-9])/y,
    check: (v) => isCurp(v) || (v === v.toLowerCase() && isCurp(v.toUpperCase())),
  },
  { labels: String.raw`cpf(?:[ _]?(?:n[°º]|no\.?|#))?(?:[ \t]+(?:é|e))?`, shape: CPF, check: isCpf },
  {
    // Brazil's RG (session 15): `RG 12.345.678-9`, `RG nº 12.345.678-X`, and bare, `RG 123456782`,
    // only with São Paulo's check right (`isBrazilianRg`); the label is a word of its own, so
    // `RGB`, `RG-58`, `rg -n` name nothing
    labels: RG_LABELS,
    shape: RG,
    check: isBrazilianRg,
  },
  {
    labels: `(?:เลข(?:ที่)?(?:บัตร)?|บัตร)(?:ประจำตัว)?ประชาชน${THAI_MINE}`,
    shape: /[1-8](?:\d{12}|([- ])\d{4}\1\d{5}\1\d{2}\1\d)(?![\d]|-\d)/y,
    check: isThaiId,
  },
  {
    labels: String.raw`(?:nik|ktp|nomor[ \t]+induk[ \t]+kependudukan)${INDONESIAN_MINE}`,
    shape: /\d{16}(?!\d)/y,
    check: isIndonesianNik,
  },
  {
    // since session 18 also the old identity card's nine digits (`CMND 012345678`), which have no
    // structure to check: the label names them
    labels: String.raw`(?:cccd|cmnd|c[ăa]n[ \t]+c[ưu][ớo]c(?:[ \t]+c[ôo]ng[ \t]+d[âa]n)?)${VIETNAMESE_MINE}`,
    shape: /(?:\d{12}|\d{9})(?!\d)/y,
    check: (v) => v.length === 9 || isVietnameseCitizenId(v),
  },
  {
    labels: String.raw`ic(?:[ \t]*(?:no\.?|number))?|mykad|nric|(?:no\.?|nombor|nomor)[ \t]*k/?p|kad[ \t]+pengenalan`,
    shape: /\d{6}(-?)\d{2}\1\d{4}(?![\d]|-\d)/y,
    check: isMalaysianIc,
  },
  {
    // since session 18 also the series alone (`серия 45 09 номер 123456`)
    labels: String.raw`паспорт(?:а)?(?:[ \t]+рф)?(?:[ \t]+(?:серия|серии))?|серия|серии`,
    shape: RUSSIAN_PASSPORT,
    check: () => true,
    category: "identity.passport",
  },
  // since session 18 also written in Latin letters (`INN 500100732259`, `SNILS 112-233-445 95`)
  { labels: String.raw`(?:инн|inn)(?:[ \t]*(?:№|no\.?))?`, shape: /\d{12}(?!\d)/y, check: isRussianInn },
  {
    labels: String.raw`(?:снилс|snils)(?:[ \t]*(?:№|no\.?))?`,
    shape: /(?:\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{11})(?![\d]|-\d)/y,
    check: isSnils,
  },
  {
    // session 18: Turkey's identity number (`TC kimlik no 10000000146`, `TCKN:`, `kimlik no:`)
    labels: String.raw`t\.?c\.?[ \t]*kimlik(?:[ \t]*(?:no|numaras[ıi]|numaram))?\.?|tc[ \t]*no\.?|tckn|kimlik[ \t]*(?:no|numaras[ıi]|numaram)\.?`,
    shape: /\d{11}(?!\d)/y,
    check: isTurkishId,
  },
  {
    // session 18: Saudi Arabia's identity and residence (iqama) numbers and the Emirates ID after
    // their labels (`رقم الهوية الوطنية: 1012345672`, `iqama 2012345670`, `Emirates ID
    // 784199012345676`); one entry, since Arabic names both `الهوية`
    labels: String.raw`(?:رقم[ \t]+)?(?:الهوية|هويتي|الإقامة|إقامتي|الاقامة|اقامتي)(?:[ \t]+(?:الوطنية|الإماراتية))?|(?:iqama|emirates[ \t]*id|eid)(?:[ \t]*(?:no\.?|number))?`,
    shape: /(?:784(-?)\d{4}\1\d{7}\1\d|\d{10})(?![\d-])/y,
    check: (v) => isSaudiId(v) || isEmiratesId(v),
  },
  {
    labels: String.raw`pan(?:[ _]?card)?(?:[ _]?(?:number|no\.?|#))?(?:[ \t]+is)?`,
    shape: /[A-Z]{5}\d{4}[A-Z](?![A-Za-z0-9])/y,
    check: isIndianPan,
  },
  {
    labels: String.raw`steuer[- ]?id(?:entifikations)?(?:-?(?:nummer|nr\.?))?|steuerliche[ \t]+identifikationsnummer|idnr\.?`,
    shape: /\d{2}(?:\d{9}| \d{3} \d{3} \d{3})(?!\d)/y,
    check: isSteuerId,
  },
];

/**
 * A bank account's labels in other languages, what may stand between label and number (a bank's
 * name, an account's type: one to three words, each of the label's own form, at most), the
 * number's shape, its digits' count, and a check.
 */
interface AccountLabel {
  readonly labels: string;
  readonly bank?: RegExp;
  readonly shape: RegExp;
  readonly digits: readonly [number, number];
  readonly check?: (digits: string) => boolean;
  /**
   * What may not stand right before the label (a quantity before German's `Stk`, pieces; a word
   * before Japan's `普通`, an adjective in Chinese).
   */
  readonly notAfter?: RegExp;
  /** The account holder's name the number may be followed by (Japan's katakana: see {@link HOLDER_AFTER}). */
  readonly holder?: RegExp;
}

/**
 * A word of katakana, full width or half width (`ヤマダ`, `ﾀﾛｳ`; `ー` and the half-width voicing
 * marks inside), as Japanese banks record an account holder's name.
 */
const KATAKANA_WORD = String.raw`(?:[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]*|[\uff66-\uff6f\uff71-\uff9d][\uff66-\uff6f\uff70-\uff9f]*)`;
/** What splits the words of a name: a space, the ideographic space, `・` (full or half width). */
const NAME_SPACE = String.raw`[ \u3000\u30fb\uff65]`;
/** What a form writes where the holder's name goes: `カナ`, `カタカナ`, `フリガナ` (no name). */
const KANA_PLACEHOLDER = String.raw`(?:カタカナ|カナ|フリガナ|ｶﾀｶﾅ|ｶﾅ|ﾌﾘｶﾞﾅ)(?![\u30a1-\u30fc\uff66-\uff9f])`;
/**
 * The end of a katakana name: white space, punctuation, an honorific (`ヤマダ タロウ様`) or the
 * text's end, not another letter (`ソニー銀行` is a bank).
 */
const NAME_END = String.raw`(?:(?=様|殿|さん|さま)|(?![\p{L}\p{N}\u30fc\uff70\uff9e\uff9f]))`;
/**
 * The holder's name after a Japanese account's number (session 15): white space, then two to
 * four words of katakana split by one space or `・` (`普通 1234567 ヤマダ タロウ`, `ﾔﾏﾀﾞ ﾀﾛｳ`), the
 * family name and the given name as the bank records them, ending the clause. One word is no
 * name here (`1234567 エラー`), nor katakana running into a bank's name (`ソニー銀行`).
 */
const HOLDER_AFTER = new RegExp(
  String.raw`[ \t\u3000]+(?!${KANA_PLACEHOLDER})(${KATAKANA_WORD}(?:${NAME_SPACE}${KATAKANA_WORD}){1,3})${NAME_END}`,
  "uy",
);
/**
 * The holder's name after its own label (`口座名義：ヤマダ タロウ`, `名義人 ﾔﾏﾀﾞﾀﾛｳ`; session 15):
 * one to four words of katakana, not a form's `カナ`. A name in kanji is left to the key table
 * (`口座名義：山田太郎` is a named value), since after a label without `：` it may be any word.
 */
const HOLDER_NAME = new RegExp(
  `(?!${KANA_PLACEHOLDER})${KATAKANA_WORD}(?:${NAME_SPACE}${KATAKANA_WORD}){0,3}${NAME_END}`,
  "uy",
);
/** A Japanese account holder's labels: `口座名義`, `振込名義`, `名義人` (not `名義` alone, a car's or a house's). */
const HOLDER_LABELS = "(?:口座|振込)名義人?|名義人";

/** A Japanese account's number: seven digits, not an amount or a count (`普通預金 1234567円`, `1234567件`). */
const JAPANESE_ACCOUNT = /\d{7}(?![\d-]|[.,]\d|[円万億件回個枚台%％])/y;

const ACCOUNT_LABELS: readonly AccountLabel[] = [
  {
    // 口座番号：普通 1234567, 口座番号 三菱UFJ銀行 渋谷支店 普通預金 1234567; since session 15
    // 振込先：みずほ銀行 渋谷支店 普通 1234567 and the holder's katakana after the number
    labels: "口座(?:番号)?(?:は)?|お?振込み?(?:先|口座)(?:は)?",
    // a bank, a branch and a type, white space between (also the ideographic space, U+3000)
    bank: /\u3000*(?:[^\s\d:：]{1,12}銀行\s*)?(?:[^\s\d:：]{1,10}支店\s*)?(?:(?:普通|当座|貯蓄)(?:預金)?\s*)?/y,
    shape: JAPANESE_ACCOUNT,
    digits: [7, 7],
    holder: HOLDER_AFTER,
  },
  {
    // session 15: a Japanese account's type alone before its number, as transfer details write it
    // (`三菱UFJ銀行 新宿支店 当座 0123456`); a word of its own, or after a branch (`支店普通`),
    // since Chinese writes `普通` after a word as an adjective (`这是普通 1234567 次`)
    labels: "(?:普通|当座|貯蓄)(?:預金)?",
    notAfter: /(?!店)\p{L}$/u,
    bank: /\u3000+/y, // the ideographic space
    shape: JAPANESE_ACCOUNT,
    digits: [7, 7],
    holder: HOLDER_AFTER,
  },
  {
    // 계좌번호 국민은행 123456-01-234567
    labels: String.raw`계좌(?:[ \t]*번호)?(?:는|은)?`,
    bank: /(?:(?:[가-힣A-Za-z]{0,8}(?:은행|뱅크|bank)|국민|신한|우리|하나|농협|기업|카카오|토스|새마을|우체국|수협|씨티|IBK|KB|NH)[ \t]*)?/y,
    shape: /(?:\d{2,6}(?:-\d{2,7}){1,3}|\d{10,14})(?![\d-])/y,
    digits: [10, 14],
  },
  {
    // STK Vietcombank 0071001234567, số tài khoản: ...
    labels: String.raw`(?:stk|s[ốo][ \t]+t[àa]i[ \t]+kho[ảa]n)${VIETNAMESE_MINE}`,
    notAfter: /\d[ \t]*$/, // `5 Stk 40012345`: five pieces of an article
    bank: /(?:(?:ng[âa]n[ \t]+h[àa]ng[ \t]+)?(?:[A-Za-z]*[Bb]ank|[A-Z]{2,5})[ \t]*(?:[:：-][ \t]*)?)?/uy,
    shape: /\d{8,19}(?!\d)/y,
    digits: [8, 19],
  },
  {
    // No rek BCA 1234567890, nomor rekening Mandiri ...
    labels: String.raw`(?:no\.?[ \t]*rek(?:ening)?\.?|norek|rekening)${INDONESIAN_MINE}`,
    bank: /(?:(?:bank[ \t]+)?(?:[A-Z]{2,6}|[A-Z][a-z]{2,11})(?:[ \t]+[A-Z][a-z]{2,11})?[ \t]*(?:[:：][ \t]*)?)?/y,
    shape: /\d(?:-?\d){9,15}(?![\d-])/y,
    digits: [10, 16],
  },
  {
    // เลขบัญชี 123-4-56789-0, เลขบัญชีกสิกร 1234567890
    labels: `เลข(?:ที่)?บัญชี(?:ธนาคาร)?${THAI_MINE}`,
    bank: /(?:(?:ธ(?:นาคาร|\.)[ \t]*)?[\p{sc=Thai}A-Za-z]{2,20}[ \t]*)?/uy,
    shape: /(?:\d{3}-?\d-?\d{5}-?\d|\d{12})(?![\d-])/y,
    digits: [10, 12],
  },
  {
    labels: String.raw`clabe(?:[ \t]+interbancaria)?`,
    // plain, or grouped as its parts are (bank, place, account, check: `002 180 70012345678 8`)
    shape: /(?:\d{18}|\d{3}([ -])\d{3}\1\d{11}\1\d)(?!\d)/y,
    digits: [18, 18],
    check: isClabe,
  },
  {
    // a German account number before IBAN: up to ten digits, the bank's own check
    labels: String.raw`kontonummer|konto-?nr\.?|kto\.?-?nr\.?`,
    shape: /\d{6,10}(?!\d)/y,
    digits: [6, 10],
    check: (d) => !COMPACT_DATE.test(d),
  },
  {
    // Счёт 40817810099910004312, р/с 40817 810 0 9991 0004312
    labels: String.raw`сч[её]т(?:а|у)?(?:[ \t]+(?:№|получателя))?|р/с|л/с`,
    shape: /(?:\d{20}|\d{5}([ .])\d{3}\1\d\1\d{4}\1\d{7})(?!\d)/y,
    digits: [20, 20],
    check: isRussianAccount,
  },
];

/**
 * Session 18's Latin labels, for the prose search: Turkey's identity number (`TC kimlik`, `TCKN`,
 * `kimlik no`), Russia's numbers in Latin letters (`INN`, `SNILS`), the Gulf's (`iqama`,
 * `Emirates ID`, `EID`), and "call me" in Spanish, Portuguese, Indonesian and Vietnamese.
 */
const SESSION_18_LATIN_NUMBER_WORDS = String.raw`t\.?c\.?[ \t]*(?:kimlik|no)|tckn|kimlik|inn\b|snils|iqama|emirates[ \t]*id|eid\b|ll[aá]mame|escr[ií]beme|m[aá]rcame|me[ \t]+liga|cel\b|hubungi|g[ọo]i[ \t]`;
/**
 * The Latin labels of other languages' numbers, for the prose search (session 14): identity and
 * tax numbers (`CURP`, `CPF`, `Pix`, `NIK`, `KTP`, `CCCD`, `No. IC`, `PAN`, `Steuer-ID`), phones
 * (`no HP`, `tlp`, `SĐT`, `số điện thoại`, `zap`, `whats`, `Nummer`, `HP`, `WA`) and accounts
 * (`CLABE`, `Kontonummer`, `STK`, `no rek`).
 */
const OTHER_LATIN_NUMBER_WORDS = String.raw`curp(?![a-z])|cpf|pix\b|nik(?![a-z])|ktp|cccd|cmnd|c[ăa]n[ \t]+c[ưu][ớo]c|ic(?![a-z])|nric|mykad|kad[ \t]+pengenalan|nombor|nomor|no\.?[ \t]*(?:hp|tlp|telp|telepon|ponsel|handphone|wa(?![a-z])|whatsapp|rek|k/?p)|pan(?![a-z])|steuer|idnr|${RG_HINT}|clabe|konto|kto|stk\b|rekening|tlp|ponsel|handphone|sdt(?![a-z])|s[ốo][ \t]+t[àa]i|s[ốo][ \t]+(?:của[ \t]+)?(?:tôi|mình|em|anh|chị|tui|tớ)|dien[ \t]+thoai|zap(?:zap)?\b|whats\b|wpp\b|wsp\b|wasap\b|watsap\b|nummer|hp(?:[ \t]+(?:saya|aku|gue|gw)|(?:[ \t]+adalah)?[ \t]*[:：#=]?[ \t]*[+08])|wa[ \t]*[:：#=]?[ \t]*[+08]|${SESSION_18_LATIN_NUMBER_WORDS}`;
/**
 * For the prose search: the labels of other languages' numbers in scripts its `\b` does not see (it has
 * no `u` flag: `\bтелефон` never matches) and that have no one mark of their own (session 14),
 * each script's as one alternative, its labels' first letters in a class and the
 * rest after it (measured: a third of the cost of one alternative a word, on English text; a
 * little more passes, `전호`): Korean (`번호`, `전화`, `휴대`, `핸드폰`, `연락처`, `계좌`),
 * Japanese (`マイナンバー`, `個人番号`, `電話`, `携帯`, `ケータイ`, `口座`, and since session 15 an
 * account's type, `普通`, `当座`, `貯蓄`; `振込先` passes by its `先`, a mark of the search), Thai (`เบอร์`, `โทร`,
 * `มือถือ`, `ประชาชน`, `บัญชี`), Vietnamese's `đt` and `điện thoại`, Cyrillic (`инн`, `тел` and
 * `моб` only as words of their own: `длинный`, `отель`), Arabic and Devanagari; since session 18
 * Russian's `серия` and WhatsApp (`ватсап`), a degree's `широта` and `долгота`, and Arabic's "call
 * me" (`اتصل`, `كلمني`), "my number" (`رقمي`) and identity and residence numbers (`الهوية`, `هويتي`,
 * `الإقامة`).
 */
export const OTHER_SCRIPT_NUMBER_HINT = [
  "[번전휴핸연계](?:호|화|대|드폰|락처|좌)",
  "[マ個電携ケ口普当貯](?:イナンバー|人番号|話|帯|ータイ|座|通|蓄)",
  "[เโมปบ](?:บอร์|ทร|ือถือ|ระชาชน|ัญชี)",
  "[đĐ](?:t|iện)",
  "паспорт|инн[^а-яё]|снилс|тел(?:ефон|[^а-яё])|моб(?:ильн|[^а-яё])|сотов|номер|сч[её]т|[рл]/с|серии?[^а-яё]|ват?сап|вотсап|вацап|широт|долгот",
  "[هجمتوارك](?:اتف|وال|وبايل|لفون|اتس|تصل|قمي|لمني|لميني)|هوي[ةت]|قام[ةت]",
  "[मफ\u095eन](?:ोबाइल|\u093c?ोन|ंबर|म्बर)",
].join("|");

/**
 * What a labelled account or number holds, for the prose search: a handle's label at a word's
 * start, or the first character of a Chinese one. The others' values hold a digit, so strings
 * without one (the scanner's fast path) need not be searched for them.
 */
export const LABELLED_HANDLE_WORDS = String.raw`wechat|weixin|wx|vx|v信|qq|telegram|tg\b|whatsapp|skype|line[ _]?id|line[ _]?の|line[ \t]*[:：][ \t]*@?[a-z]|zalo|kakao|douyin|weibo|insta|ins[ \t]*[:：]|ig\b|tiktok|snapchat|twitter|facebook|fb\b`;
export const LABELLED_HANDLE_MARKS = "微威薇徽扣企卫绿➕抖维钉";
/**
 * ...a `+v` or `加v`, `wei信`, `微xin`, `w x`, `v x`, `q q`, a heart after `v` or `微` (the WeChat and
 * QQ labels written past filters), a satellite or a penguin (`🛰`, `🐧`: WeChat's and QQ's
 * nicknames), `快手`, or a Telegram or WhatsApp link.
 */
export const LABELLED_HANDLE_HINT = String.raw`[+加]v|加q|q号|[qv]是|v[ \t]*[:：]|wei ?信|微 ?xin|[wv] x|q q|[v微威薇徽] ?[❤♥]|💗|💕|🛰|🐧|📱|📞|☎|快手|dy号|t\.me/|wa\.me/|(?:facebook|instagram|twitter|tiktok|threads|x)\.com/|line\.me/|vk\.(?:com|ru)/|ライン|ไลน์|카톡|카카오|телег|тг[ \t:]|вконтакте`;
/**
 * The labels of values with digits (passports, cards, security codes, social security numbers,
 * phone numbers, a degree's label before its separator: not `later`) at a word's start...
 */
export const LABELLED_NUMBER_WORDS = String.raw`passport|passeport|pasaporte|passaporte|reisepass|card|credit|debit|bank|zip|post(?:al)?[ _]?code|visa|master|amex|american[ _]express|unionpay|jcb|cvv|cvc|ssn|social[ _]security|dni|nie\b|aadhaa?r|phone|mobil|handy|portable|celular|cell|tel|(?:call|text|reach|ring) me(?: on| at)? \+?\d(?:\d{6}|\d{0,4}[ \t]*[/_|*~·／＿｜＊～])|hkid|id[ _]?card|id\d{17}|identity[ _]card|national[ _]id|(?:lat(?:itude)?|lng|lon(?:g(?:itude)?)?)[\s:：=]|${OTHER_LATIN_NUMBER_WORDS}`;
/** ...the first characters of their Chinese labels... */
export const LABELLED_NUMBER_MARKS = "护银信卡安经纬电手联身开收对邮郵港여〒";
/** ...a bank's card without `卡` (`建行 6217...`; session 13)... */
export const BANK_CARD_HINT = "[工建农中招交]行";
/** ...and a coordinate pair, whatever place word or link stands before it. */
export const COORDINATE_PAIR_HINT = String.raw`\d\.\d{3,}, ?[-+]?\d`;

/**
 * A label's kind: its labels, and what reads the value after one (its end, -1 for none, its
 * category, and its start when a bank's name stands before it).
 */
interface LabelKind {
  readonly labels: string;
  readonly read: (
    text: string,
    from: number,
    label: string,
    at: number,
  ) => readonly [number, CategoryKey, number?];
  /** What may follow the value and name its holder (a sticky expression, the name its first group). */
  readonly holder?: RegExp;
}

/** The kinds of label, in the order the label search tries them. */
const LABEL_KINDS: readonly LabelKind[] = [
  // before the handles' `whatsapp`: `mi whatsapp es 5512345678`
  { labels: CHAT_PHONE_LABELS, read: (t, f) => [barePhoneEnd(t, f), "contact.phone"] },
  { labels: HANDLE_LABELS, read: (t, f, label) => [handleEnd(t, f, label), "contact.messenger"] },
  { labels: PASSPORT_LABELS, read: (t, f) => [passportEnd(t, f), "identity.passport"] },
  { labels: CARD_LABELS, read: (t, f) => [cardEnd(t, f), "financial.payment_card"] },
  { labels: SSN_LABELS, read: (t, f) => [ssnEnd(t, f), "identity.national_id"] },
  { labels: SPANISH_ID_LABELS, read: (t, f, label) => [spanishIdEnd(t, f, label), "identity.national_id"] },
  { labels: AADHAAR_LABELS, read: (t, f) => [aadhaarEnd(t, f), "identity.national_id"] },
  { labels: PHONE_LABELS, read: (t, f) => [barePhoneEnd(t, f), "contact.phone"] },
  { labels: OTHER_PHONE_LABELS, read: (t, f) => [barePhoneEnd(t, f), "contact.phone"] },
  { labels: NATIONAL_ID_LABELS, read: (t, f) => [identityCardEnd(t, f), "identity.national_id"] },
  { labels: GLUED_ID_LABEL, read: (t, f) => [residentIdEnd(t, f), "identity.national_id"] },
  { labels: BANK_ACCOUNT_LABELS, read: readAccountNumber },
  { labels: CODE_LABELS, read: (t, f) => [tokenEnd(CODE, t, f), "financial.payment_card"] },
  { labels: POSTCODE_LABELS, read: (t, f) => [tokenEnd(POSTCODE, t, f), "contact.address"] },
  { labels: ZALO_LABELS, read: readZalo },
  { labels: PIX_LABELS, read: readPix },
  ...IDENTITY_LABELS.map(
    (l): LabelKind => ({
      labels: l.labels,
      read: (t, f) => [identityEnd(l, t, f), l.category ?? "identity.national_id"],
    }),
  ),
  // before the accounts' `口座`: `口座名義` names the holder
  { labels: HOLDER_LABELS, read: (t, f) => [tokenEnd(HOLDER_NAME, t, f), "account.profile.name"] },
  ...ACCOUNT_LABELS.map(
    (l): LabelKind => ({
      labels: l.labels,
      read: (t, f, _, at) => readForeignAccount(l, t, f, at),
      ...(l.holder === undefined ? {} : { holder: l.holder }),
    }),
  ),
  // last: a stronger label at the same place wins (`номер телефона`, `เบอร์โทร`, `계좌번호`)
  { labels: WEAK_PHONE_LABELS, read: (t, f, label, at) => [weakPhoneEnd(t, f, label, at), "contact.phone"] },
];

/**
 * Any label, each kind's in a group of its own, then its separator, or a digit right after it
 * (`tel13812345678`: read only for {@link GLUED_KINDS}).
 */
const LABEL = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:${LABEL_KINDS.map((k) => `(${k.labels})`).join("|")})(?:[ \t]*[:：#=][ \t]*|[ \t]+|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}${HEARTS}🛰🐧📱📞☎〒\ufe0f.])|(?=\d))`,
  "giu",
);

/**
 * The kinds whose labels may be glued to their number (`tel13812345678`, `ID110101199003071233`,
 * `card4539578763621486`; session 14): a value checked as strictly as these are (a phone's seven
 * digits not a date, a registry's or Luhn's check) says the label is one. Of the handles' labels
 * only QQ's and WhatsApp's, whose accounts are numbers (`QQ12345678`; `fb123_abc` is an
 * identifier). A postal code's four digits are not checked (`zip2024`), nor a security code's
 * three. Nor, since session 15, Brazil's RG: one bare shape in eleven passes its check, and `RG`
 * glued to digits is a code's prefix as often (`RG6`, `RG58`: a cable's).
 */
const GLUED_KINDS: ReadonlySet<string> = new Set([
  CARD_LABELS,
  SSN_LABELS,
  SPANISH_ID_LABELS,
  AADHAAR_LABELS,
  PHONE_LABELS,
  NATIONAL_ID_LABELS,
  GLUED_ID_LABEL,
  OTHER_PHONE_LABELS,
  ...IDENTITY_LABELS.filter((l) => l.check !== isBrazilianRg).map((l) => l.labels),
  ...ACCOUNT_LABELS.filter((l) => l.check === isClabe).map((l) => l.labels),
]);

/** The value of a handle's label glued to it: a QQ number or a phone's digits, nothing else. */
const GLUED_HANDLE_NUMBER = /^\d{5,15}$/;

/** True when a label of `kind` may be glued to its value (see {@link GLUED_KINDS}). */
function mayGlue(kind: LabelKind, label: string): boolean {
  return GLUED_KINDS.has(kind.labels) || (kind.labels === HANDLE_LABELS && NUMBERED.test(label));
}
/** A coordinate pair after a place's label, `at`, a map link's `@`, a query's `=` or `geo:`. */
const PLACE = new RegExp(
  String.raw`(?:(?<![A-Za-z0-9_])(?:${PLACE_LABELS})(?:[ \t]*[:：][ \t]*|[ \t]+|(?<=\p{sc=Han}))|(?<=[@=]|geo:))([-+]?\d{1,3}\.\d{3,}, ?[-+]?\d{1,3}\.\d{3,})(?![\d.])`,
  "giu",
);

/**
 * A pair no label names (`我在 116.481488,39.990464 附近`, `meet me at the gate, 59.913868,10.752245`;
 * session 17): five decimals each (about 1 m: a GPS fix as apps print it; a bare pair as a whole
 * value needs four, but four decimals in a sentence are scores as often, `that 59.9139, 10.7522`),
 * standing alone: no word character, `.`, `-` or `+` glued before it, no number and comma before
 * it, and neither a word character, a `.` nor a comma and a number after it
 * (`[75.56213, 20.65382, -2.29053]` is a list of measurements, `1.23456,6.78901.1` something else).
 */
const BARE_PAIR =
  /(?<![\w.+-])(?<!\d[ \t]*,[ \t]*)([-+]?\d{1,3}\.\d{5,}, ?[-+]?\d{1,3}\.\d{5,})(?![\w.]|[ \t]*,[ \t]*[-+]?\d)/g;

/**
 * One degree after its own label (`lat 59.9139, lng 10.7522`, `Long: 10.7522`): a latitude's or
 * longitude's label, `:` or white space, and a decimal with three or more decimals, in range.
 * Session 18 (a red team's round 7, R5): Russian's `широта` and `долгота` (`широта 55.755826,
 * долгота 37.617300`).
 */
const DEGREE =
  /(?<![A-Za-z0-9_])(lat(?:itude)?|lng|lon(?:g(?:itude)?)?|широт[аы]|долгот[аы]|经度|纬度|[北南]纬|[东西]经)(?:[ \t]*[:：=][ \t]*|[ \t]+|(?<=\p{sc=Han}))([-+]?\d{1,3}\.\d{3,})(?![\d.])/giu;

/** What every coordinate holds: a decimal with three decimals (one native search gates both readers). */
const DECIMAL = /\d\.\d{3}/;

const HANDLE = /@?[A-Za-z0-9][A-Za-z0-9_.-]{2,39}/y;
/**
 * A Telegram link's user name (`t.me/astrid_tg`: 5-32 letters, digits and `_`), a WhatsApp
 * link's phone number (`wa.me/4791234567`: the international number without its `+`) and, since
 * session 14, a Zalo link's (`zalo.me/0912345678`) and a LINE link's ID (`line.me/ti/p/~taro_90`,
 * `line.me/R/ti/p/~taro_90`; not an official account's `@` page).
 */
const MESSENGER_LINK =
  /(?<![A-Za-z0-9_.-])(?:(t\.me\/)[A-Za-z][A-Za-z0-9_]{4,31}|(wa\.me\/)\d{7,15}|(zalo\.me\/)\d{9,12}|(line\.me\/(?:R\/)?ti\/p\/~?)[A-Za-z0-9_.-]{2,39}[A-Za-z0-9_-])(?![A-Za-z0-9_])/gi;

/**
 * A social network's profile link (session 12): `facebook.com/astrid.solberg.9`,
 * `instagram.com/astrid_k`, `x.com/astrid_k`, `tiktok.com/@astrid_k`, and since session 14 VK's
 * `vk.com/ivan.petrov90` (`vk.ru`), the `www.` or `m.` host too;
 * the user name (2-50 letters, digits, `.` and `_`, an `@` before it on TikTok and Threads) is
 * the person's, but not the networks' own pages (`/p/...` a post, `/events`, `/groups`, `/share`,
 * `/hashtag`...).
 */
const PROFILE_LINK =
  /(?<![A-Za-z0-9_.-])(?:(?:www|m|mobile)\.)?(?:(?:facebook|fb|instagram|twitter|x|tiktok|threads)\.com|(vk)\.(?:com|ru))\/(@?[A-Za-z0-9._]{2,50})(?![A-Za-z0-9._])/gi;
/**
 * VK's own pages: a community's, an event's or a post's (`club123`, `public123`, `wall-1_2`,
 * `photo-1_2`), and its sections (`feed`, `im`, `music`...); `id123` is a person's.
 */
const VK_PAGES =
  /^(?:(?:club|public|event|app|wall|photo|video|album|topic|board|page|market|clip|note|poll|doc|audio|story)-?\d|(?:feed|im|friends|groups|music|video|videos|audios|apps|games|market|docs|support|dev|blog|jobs|terms|settings|search|join|restore|away\.php|services|business|ads|bookmarks|news|discover|clips|stories|mail|vkpay|donut|wall|photos|albums|communities)$)/i;
/** The networks' own first path segments, which name no person. */
const NETWORK_PAGES = new Set(
  "p reel reels explore stories events groups pages watch share sharer login home i intent hashtag search settings privacy policies help about legal tv marketplace gaming messages notifications profile.php permalink.php photo.php story.php people public".split(
    " ",
  ),
);
const PASSPORT = /[A-Za-z0-9]{6,12}(?![A-Za-z0-9])/y;
const PLAIN_CARD = /\d{13,19}(?!\d)/y;
const CODE = /\d{3,4}(?!\d)/y;
/**
 * A phone number after its label: `+` allowed, then groups of digits, the first of one to fifteen,
 * the others of two to five, between white space or a separator no list or sentence is written
 * with (`/`, `_`, `|`, `*`, `~`, `·`, `.`, `-` and their fullwidth forms, white space around
 * them allowed): `4791234567`, `415/555/2671`, `020 / 7946 / 0958`. Seven to fifteen digits in all
 * (counted by {@link barePhoneEnd}), standing alone.
 */
const LABELLED_PHONE =
  /\+?(?:0\d{1,4}[ \t]*[/／-][ \t]*\d{6,10}(?!\d)|\d{1,15}(?:(?:[ \t]*[/_|*~·.／＿｜＊～-][ \t]*|[ \t]+)\d{2,5}(?!\d))*)(?![\dA-Za-z])/y;
/** A date or an IPv4 address, which a phone's label may stand before too (`tel 2024/01/15`). */
const NOT_A_PHONE = /^(?:\d{4}[/.-]\d\d?[/.-]\d\d?|\d\d?[/.-]\d\d?[/.-]\d{2,4}|\d{1,3}(?:\.\d{1,3}){3})$/;
/** A bank account number: 8-30 digits, single spaces or hyphens between groups allowed. */
const ACCOUNT_NUMBER = /\d(?:[ -]?\d){7,29}(?![\dA-Za-z])/y;
/** A date written as eight digits (`20240115`), which a phone's label may stand before too. */
const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const MARKED = /[0-9_-]/;
/** The Latin labels whose accounts may be all digits: a QQ number, a WhatsApp phone number. */
const NUMBERED = /^(?:q ?q|加q|whatsapp|🐧)/iu;
/** The labels that are also ordinary words: a satellite, a green bubble, a penguin. */
const WORD_LABEL = /^(?:卫星|绿泡泡|企鹅)/;
/** The labels of one letter: `薇` (a rose, and a given name's character) and a bare `v` before its `:`. */
const LETTER_LABEL = /^(?:薇|v)$/i;
/** A WeChat ID: 6-20 letters, digits, `_` and `-`, the first a letter. */
const WECHAT_ID = /^[A-Za-z][A-Za-z0-9_-]{5,19}$/;
/** A QQ number: 5-11 digits, the first not 0. */
const QQ_NUMBER = /^[1-9]\d{4,10}$/;
const LETTER = /[A-Za-z]/;
/** LINE's label without `ID`: read only as `LINE` before `:` and an ID starting with a letter. */
const BARE_LINE = /^line$/i;
const LETTER_FIRST = /^@?[A-Za-z]/;
const DIGITS = /\d/g;
/**
 * A client's version: numbers joined by dots, a `v` before them allowed (`QQ 9.0.8 版本`, `微信
 * 8.0.49`, `WhatsApp v2.24.1`). Device information in an app's log, no account: a QQ number and
 * a WhatsApp number are digits alone, and a WeChat ID holds no dot (session 18, round 7, R13).
 */
const CLIENT_VERSION = /^[vV]?\d+(?:\.\d+)+$/;

/** The end of a value the regular expression `re` matches at `from`, or -1. */
function tokenEnd(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex : -1;
}

/** The end of a handle at `from`, or -1 (see the module note). */
function handleEnd(text: string, from: number, label: string): number {
  // `LINE:` names LINE's account written so, one starting with a letter; `line: 42`, `Line:
  // foo_bar` are a line of a file
  if (BARE_LINE.test(label) && (label !== "LINE" || !LETTER_FIRST.test(text.slice(from, from + 2))))
    return -1;
  let end = tokenEnd(HANDLE, text, from);
  if (end < 0) return -1;
  while (end > from && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
  const token = text.slice(from, end);
  if (CLIENT_VERSION.test(token)) return -1;
  // a label that is also an ordinary word wants the account's own form (`卫星 2024 发射` is news)
  if (WORD_LABEL.test(label)) return (label.startsWith("企") ? QQ_NUMBER : WECHAT_ID).test(token) ? end : -1;
  // one letter is a weaker label still: a WeChat ID with a digit, `_` or `-` (`V: astrid520`)
  if (LETTER_LABEL.test(label)) return WECHAT_ID.test(token) && MARKED.test(token) ? end : -1;
  if (isIdeographCode(label.charCodeAt(label.length - 1)))
    return MARKED.test(token) || token.length >= 5 ? end : -1;
  // a Latin label's handle has a digit, `_` or `-`, and a letter unless numbers are its accounts
  return MARKED.test(token) && (NUMBERED.test(label) || LETTER.test(token)) ? end : -1;
}

/**
 * A postal code: 4-6 digits, a US ZIP+4 (`94103-1234`), a Japanese `100-0001`, a Dutch `1012 AB`,
 * or a British or Canadian one (`SW1A 1AA`, `K1A 0B6`).
 */
const POSTCODE =
  /(?:\d{3}-\d{4}|\d{5}-\d{4}|\d{4} ?[A-Z]{2}|\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![A-Za-z0-9])/y;

/** The end of a passport number at `from`, or -1. */
function passportEnd(text: string, from: number): number {
  const end = tokenEnd(PASSPORT, text, from);
  return end > 0 && (text.slice(from, end).match(DIGITS)?.length ?? 0) >= 5 ? end : -1;
}

/** The end of a card number at `from`, plain or grouped, or -1. */
function cardEnd(text: string, from: number): number {
  const grouped = groupedPaymentCardEnd(text, from);
  if (grouped > 0) return grouped;
  const end = tokenEnd(PLAIN_CARD, text, from);
  return end > 0 && isPaymentCard(text.slice(from, end)) ? end : -1;
}

/** A US social security number's area, group and serial, grouped `536-22-1234` or `536 22 1234`, or plain. */
const SSN = /(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d-])/y;

/**
 * The end of a US social security number at `from`, or -1: an area other than 000, 666 and
 * 900-999, a group other than 00, a serial other than 0000 (numbers never issued).
 */
function ssnEnd(text: string, from: number): number {
  SSN.lastIndex = from;
  const m = SSN.exec(text);
  if (m === null) return -1;
  const [area, group, serial] = [m[1] as string, m[3] as string, m[4] as string];
  if (area === "000" || area === "666" || area.startsWith("9") || group === "00" || serial === "0000")
    return -1;
  return SSN.lastIndex;
}

/**
 * A Spanish identity number's shape: a DNI's eight digits or a NIE's `X`, `Y` or `Z` and seven,
 * then a letter (`12345678Z`, `X1234567L`; a space or `-` before the letter allowed).
 */
const SPANISH_ID = /[XYZxyz\d]\d{7}[ -]?[A-Za-z](?![A-Za-z0-9])/y;

/** `nie`: a NIE's label, and German for "never". */
const NIE_LABEL = /^nie/i;

/**
 * The end of a Spanish identity number at `from` whose check letter is right (`isSpanishId`), or
 * -1; after `nie` (also German for "never") only a NIE's own form, its first character a letter.
 */
function spanishIdEnd(text: string, from: number, label: string): number {
  const end = tokenEnd(SPANISH_ID, text, from);
  const digitFirst = text.charCodeAt(from) >= 48 && text.charCodeAt(from) <= 57;
  if (end < 0 || (digitFirst && NIE_LABEL.test(label))) return -1;
  return isSpanishId(text.slice(from, end)) ? end : -1;
}

/** An Aadhaar number's shape: twelve digits, the first not 0 or 1, grouped 4-4-4 or plain. */
const AADHAAR = /[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d-])/y;

/** The end of an Aadhaar number at `from` that passes Verhoeff's check (`isAadhaar`), or -1. */
function aadhaarEnd(text: string, from: number): number {
  const end = tokenEnd(AADHAAR, text, from);
  return end >= 0 && isAadhaar(text.slice(from, end)) ? end : -1;
}

/** An identity card number's shape: Hong Kong's, Taiwan's, or the mainland's 18 characters. */
const IDENTITY_CARD = /(?:[A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A])|[A-Z]\d{9}|\d{17}[\dXx])(?![A-Za-z0-9])/y;

/** The end of an identity card number at `from` that passes its registry's check, or -1. */
function identityCardEnd(text: string, from: number): number {
  const end = tokenEnd(IDENTITY_CARD, text, from);
  if (end < 0) return -1;
  const id = text.slice(from, end);
  return isHongKongId(id) || isTaiwanId(id) || isResidentId(id) ? end : -1;
}

/** The end of a mainland resident identity card number at `from`, or -1. */
function residentIdEnd(text: string, from: number): number {
  const end = tokenEnd(IDENTITY_CARD, text, from);
  return end > 0 && isResidentId(text.slice(from, end)) ? end : -1;
}

/**
 * True when the label `m[group]` runs into the digit after it (the separator's last alternative):
 * nothing between, and not after a label that needs no separator (a Chinese one, `📱`, `Tel.`).
 */
function isGlued(m: RegExpExecArray, label: string): boolean {
  const last = label.charCodeAt(label.length - 1) | 32;
  return m[0].length === label.length && last >= 97 && last <= 122;
}

/**
 * True when the label at `at` must be a word of its own and is not: a Cyrillic one, or a bare
 * `번호`, after a letter (`отель`, `заказномер`, `주문번호`: an order's number). Checked here, not
 * by a look-behind in {@link LABEL}, which every position would pay for.
 */
function isInWord(text: string, at: number, label: string): boolean {
  const first = label.charCodeAt(0);
  const bare = label.startsWith("번호");
  if ((first < 0x400 || first > 0x4ff) && !bare) return false;
  // `내번호`: a possessive glued to it
  return at > 0 && isOtherScriptLetterCode(text.charCodeAt(at - 1)) && !(bare && possessiveBefore(text, at));
}

/** The end of a phone number written as one run of digits at `from`, not a date, or -1. */
function barePhoneEnd(text: string, from: number): number {
  const end = tokenEnd(LABELLED_PHONE, text, from);
  if (end < 0) return -1;
  const written = text.slice(from, end);
  const digits = written.match(DIGITS)?.length ?? 0;
  // a date, compact or not, or an IPv4 address: `mobile 20240115 release`, `tel 2024/01/15`
  const notPhone = NOT_A_PHONE.test(written) || COMPACT_DATE.test(written);
  return digits < 7 || digits > 15 || notPhone ? -1 : end;
}

/** A bank account number at `from`, or a payment card's when its digits pass the card checks. */
function readAccountNumber(text: string, from: number): readonly [number, CategoryKey] {
  const end = tokenEnd(ACCOUNT_NUMBER, text, from);
  const card = end > 0 && isPaymentCard(text.slice(from, end).replace(/[ -]/g, ""));
  return [end, card ? "financial.payment_card" : "financial.bank_account"];
}

/** The end of the identity number `l` names at `from` when it passes its check, or -1. */
function identityEnd(l: IdentityLabel, text: string, from: number): number {
  const end = tokenEnd(l.shape, text, from);
  return end >= 0 && l.check(text.slice(from, end)) ? end : -1;
}

/**
 * The bank account number `l` names at `from` (its label at `at`), or after a bank's name there
 * (`계좌번호 국민은행 123456-01-234567`): its end (-1 for none), category and start.
 */
function readForeignAccount(
  l: AccountLabel,
  text: string,
  from: number,
  at: number,
): readonly [number, CategoryKey, number] {
  if (l.notAfter?.test(text.slice(Math.max(0, at - 4), at))) return [-1, "financial.bank_account", from];
  let start = from;
  let end = tokenEnd(l.shape, text, start);
  if (end < 0 && l.bank !== undefined) {
    start = tokenEnd(l.bank, text, from);
    end = start > from ? tokenEnd(l.shape, text, start) : -1;
  }
  if (end < 0) return [-1, "financial.bank_account", from];
  const digits = text.slice(start, end).replace(NOT_DIGIT, "");
  const [fewest, most] = l.digits;
  const ok = digits.length >= fewest && digits.length <= most && (l.check?.(digits) ?? true);
  return [ok ? end : -1, "financial.bank_account", start];
}

/** Zalo's account: a phone number, or a user name as a Latin label's handle (`zalo: nguyenvanan90`). */
function readZalo(text: string, from: number, label: string): readonly [number, CategoryKey] {
  const phone = barePhoneEnd(text, from);
  return phone >= 0 ? [phone, "contact.phone"] : [handleEnd(text, from, label), "contact.messenger"];
}

/** A Pix key: a CPF (`chave pix 123.456.789-09`) or a Brazilian phone number of 10-13 digits. */
function readPix(text: string, from: number): readonly [number, CategoryKey] {
  const cpf = tokenEnd(CPF, text, from);
  if (cpf >= 0 && isCpf(text.slice(from, cpf))) return [cpf, "identity.national_id"];
  const phone = barePhoneEnd(text, from);
  const digits = phone < 0 ? 0 : text.slice(from, phone).replace(NOT_DIGIT, "").length;
  return [digits >= 10 && digits <= 13 ? phone : -1, "contact.phone"];
}

/**
 * A phone's own form, after a word that names any number (`номер 89123456789`, `WA:
 * 081234567890`): a leading 0 (not `00`) or 8 and 9-12 digits in all, or `+` and 9-15.
 */
const PHONE_LIKE = /^(?:\+[1-9]\d{7,13}|0[1-9]\d{7,10}|8[1-9]\d{7,10})$/;
/** A possessive after a weak phone label, in it (`เบอร์ของฉัน`, `HP saya`)... */
const POSSESSED = /ของ|[ \t](?:saya|aku|gue|gw)/iu;
/** ...or before it (`мой номер`, `meine Nummer`, `내 번호`, `मेरा नंबर`): a word of its own. */
const POSSESSIVE_BEFORE = /(?<=(?<![\p{L}\p{M}])(?:мой|meine?|unsere?|내|제|나의|मेरा)[ \t]*)/iuy;

/** True when a possessive stands right before the label at `at` (see {@link POSSESSIVE_BEFORE}). */
function possessiveBefore(text: string, at: number): boolean {
  POSSESSIVE_BEFORE.lastIndex = at;
  return POSSESSIVE_BEFORE.test(text);
}
const NOT_DIGIT = /[^\d+]/g;

/**
 * The end of a phone number after a word that names any number (see {@link WEAK_PHONE_LABELS}):
 * any phone number after a possessive, else only one in a phone's own form ({@link PHONE_LIKE});
 * -1 for none.
 */
function weakPhoneEnd(text: string, from: number, label: string, at: number): number {
  const end = barePhoneEnd(text, from);
  if (end < 0 || POSSESSED.test(label) || possessiveBefore(text, at)) return end;
  return PHONE_LIKE.test(text.slice(from, end).replace(NOT_DIGIT, "")) ? end : -1;
}

/** The values named by a label in `text` (see the module note), sorted; `null` when none. */
export function findLabelledAccounts(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const from = m.index + m[0].length;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = LABEL_KINDS[group - 1] as LabelKind;
    const label = m[group] as string;
    const glued = isGlued(m, label);
    if ((glued && !mayGlue(kind, label)) || isInWord(text, m.index, label)) continue;
    const [end, category, start = from] = kind.read(text, from, label, m.index);
    // a handle's label glued to its value names a number (`QQ12345678`, a WhatsApp phone), as
    // `mayGlue` says; `qq6wBRty1I` is a piece of base64 or an identifier (session 15: a random
    // blob's base64 held it)
    if (glued && kind.labels === HANDLE_LABELS && !GLUED_HANDLE_NUMBER.test(text.slice(start, end))) continue;
    if (end > start) {
      out.push([start, end, category]);
      LABEL.lastIndex = kind.holder === undefined ? end : holderEnd(kind.holder, text, end, out);
    }
  }
  if (DECIMAL.test(text)) findCoordinates(text, out);
  findMessengerLinks(text, out);
  if (out.length === 0) return null;
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/**
 * Pushes the name `holder` reads at `from` (after an account's number) as a name, and returns its
 * end; `from` when there is none.
 */
function holderEnd(holder: RegExp, text: string, from: number, out: EngineSpan[]): number {
  holder.lastIndex = from;
  const m = holder.exec(text);
  if (m === null) return from;
  out.push([holder.lastIndex - (m[1] as string).length, holder.lastIndex, "account.profile.name"]);
  return holder.lastIndex;
}

/**
 * Pushes the user name of a Telegram link and of a social network's profile link, and the phone
 * number of a WhatsApp link, in `text`.
 */
function findMessengerLinks(text: string, out: EngineSpan[]): void {
  MESSENGER_LINK.lastIndex = 0;
  for (let m = MESSENGER_LINK.exec(text); m !== null; m = MESSENGER_LINK.exec(text)) {
    const prefix = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
    const handle = m[1] !== undefined || m[4] !== undefined;
    out.push([
      m.index + prefix.length,
      m.index + m[0].length,
      handle ? "contact.messenger" : "contact.phone",
    ]);
  }
  PROFILE_LINK.lastIndex = 0;
  for (let m = PROFILE_LINK.exec(text); m !== null; m = PROFILE_LINK.exec(text)) {
    const user = m[2] as string;
    if (NETWORK_PAGES.has(user.toLowerCase()) || (m[1] !== undefined && VK_PAGES.test(user))) continue;
    const end = m.index + m[0].length;
    out.push([end - user.length, end, "contact.messenger"]);
  }
}

/** Pushes the coordinates a label, a link or `geo:` names in `text` (see the module note). */
function findCoordinates(text: string, out: EngineSpan[]): void {
  DEGREE.lastIndex = 0;
  for (let m = DEGREE.exec(text); m !== null; m = DEGREE.exec(text)) {
    const value = m[2] as string;
    const latitude = /^lat|^ш|纬/i.test(m[1] as string);
    if (Math.abs(Number(value)) > (latitude ? 90 : 180)) continue;
    const end = m.index + m[0].length;
    out.push([end - value.length, end, "location.coordinates"]);
  }
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m !== null; m = PLACE.exec(text)) {
    const pair = m[1] as string;
    if (!isCoordinatePair(pair)) continue;
    const end = m.index + m[0].length;
    out.push([end - pair.length, end, "location.coordinates"]);
  }
  BARE_PAIR.lastIndex = 0;
  for (let m = BARE_PAIR.exec(text); m !== null; m = BARE_PAIR.exec(text)) {
    // a pair a label named is pushed above too: the spans of the readers may overlap
    if (isCoordinatePair(m[1] as string)) out.push([m.index, m.index + m[0].length, "location.coordinates"]);
  }
}
