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
 *   `郵便番号 100-0001`; session 12): four to six digits, ZIP+4, or a Dutch, British or Canadian
 *   shape; `contact.address`, as a `zp` field is;
 * - coordinates: a latitude and longitude pair (`isCoordinatePair`: three or more decimals each,
 *   in range), also after `at`, `@`, `=` (map links) and `geo:` (RFC 5870), in either order
 *   (AMap, Baidu and the Chinese map APIs write the longitude first: `location=114.057939,22.543099`;
 *   session 13), and after Android's `Location[fused` (its `toString()`); and one degree after its
 *   own label (`lat 59.9139, lng 10.7522`, `Long: 10.7522`, `北纬22.5431 东经114.0579`; three or
 *   more decimals).
 */
import {
  type CategoryKey,
  groupedPaymentCardEnd,
  isAadhaar,
  isCoordinatePair,
  isHongKongId,
  isPaymentCard,
  isResidentId,
  isSpanishId,
  isTaiwanId,
} from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode } from "./scripts.js";

/** The hearts a WeChat label is written with past keyword filters (`V❤`, `薇❤`). */
const HEARTS = "❤♥💗💕";
const HANDLE_LABELS = String.raw`wechat(?:[ _]?id)?|weixin|(?:w ?x|v ?x|v信|wei ?信|微 ?xin)号?码?|微信搜(?:一下)?|加个?微信吧?|微[ _.·]?信号?码?|[威薇徽维][信芯]号?码?|我的?(?:v|q ?q|q)是|加q|q号码?|钉钉号?|[v微威薇徽] ?[${HEARTS}]\ufe0f?|卫星号?|🛰\ufe0f?|绿泡泡|(?:加我?|\+|➕)v|v(?=[ \t]*[:：])|薇|加我?微(?![信博])|微(?=[ \t]*[:：])|q ?q(?:[ _]?(?:number|no\.?)|号码?)?|扣扣号?|企鹅号?码?|加扣|🐧|telegram|whatsapp|skype|line[ _]?id|kakao(?:talk)?(?:[ _]?id)?|抖音号?|dy号|快手号?|小红书号?|微博号?|douyin|weibo|instagram|insta|ins(?=[ \t]*[:：])|ig|tiktok|snapchat|twitter|tg|facebook|fb`;
const PASSPORT_LABELS = String.raw`(?:passport|passeport|pasaporte|passaporte|reisepass)(?:[ _]?(?:number|nummer|no\.?|n[°º]|#))?|护照(?:号码?)?|港澳通行证(?:号码?)?|여권(?: ?번호)?`;
const CARD_LABELS = String.raw`(?:(?:credit|debit|bank|visa|master|amex|unionpay|jcb)[ _]?)?card(?:[ _]?(?:number|no\.?|#))?|visa|amex|american[ _]express|unionpay|jcb|银行卡号?|信用卡号?|银联卡?号?|卡号|储蓄卡号?|借记卡号?|[工建农中招交]行卡?号?|收款(?:账户|账号|卡号?)|打到这张卡上?`;
const CODE_LABELS = "cvv2?|cvc|安全码";
const SSN_LABELS = String.raw`ssn|social[ _]security(?:[ _](?:number|no\.?|#))?`;
const SPANISH_ID_LABELS = String.raw`(?:dni|nie)(?:[ _]?(?:n[°º]|no\.?|#))?`;
const AADHAAR_LABELS = String.raw`aadhaa?r(?:[ _]?(?:card|number|no\.?|#))?`;
const NATIONAL_ID_LABELS = String.raw`身份证(?:号码?)?|身份證(?:號碼?)?|身分證(?:字號|號碼?)?|hkid(?:[ _]?(?:number|no\.?|#))?|(?:id|identity)[ _]?card(?:[ _]?(?:number|no\.?|#))?|national[ _]id(?:[ _]?(?:number|no\.?|#))?`;
const PHONE_LABELS = String.raw`(?:phone|mobile|mobil(?:nummer)?|handy(?:nummer)?|cell(?:phone|ulare)?|celular|portable|tel(?:ephone|efon(?:o|e|nummer)?|\.)?|teléfono|téléphone)(?:[ _]?(?:number|no\.?|#))?|电话(?:号码)?|手机(?:号码?)?|联系电话|联系方式|[📱📞☎]\ufe0f?|(?:call|text|reach|ring) me(?: on| at)?`;
/** `ID` glued to a mainland resident identity card number (`ID110101199003071233`; session 14). */
const GLUED_ID_LABEL = String.raw`id(?=\d{17}[\dXx])`;
const BANK_ACCOUNT_LABELS = String.raw`银行账号|银行账户|开户账号|收款账号|对公账号|bank[ _]account(?:[ _]?(?:number|no\.?|#))?`;
const PLACE_LABELS = String.raw`location\[(?:fused|gps|network|passive)|location|coordinates|coords|gps|坐标|位置|定位|经纬度|at`;
const POSTCODE_LABELS = String.raw`(?:post(?:al)?[ _]?code|postcode|zip(?:[ _]?code)?)(?:[ _]?(?:is|no\.?|#))?|邮编|邮政编码|郵便番号`;

/**
 * What a labelled account or number holds, for the prose search: a handle's label at a word's
 * start, or the first character of a Chinese one. The others' values hold a digit, so strings
 * without one (the scanner's fast path) need not be searched for them.
 */
export const LABELLED_HANDLE_WORDS = String.raw`wechat|weixin|wx|vx|v信|qq|telegram|tg\b|whatsapp|skype|line[ _]?id|kakao|douyin|weibo|insta|ins[ \t]*[:：]|ig\b|tiktok|snapchat|twitter|facebook|fb\b`;
export const LABELLED_HANDLE_MARKS = "微威薇徽扣企卫绿➕抖维钉";
/**
 * ...a `+v` or `加v`, `wei信`, `微xin`, `w x`, `v x`, `q q`, a heart after `v` or `微` (the WeChat and
 * QQ labels written past filters), a satellite or a penguin (`🛰`, `🐧`: WeChat's and QQ's
 * nicknames), `快手`, or a Telegram or WhatsApp link.
 */
export const LABELLED_HANDLE_HINT = String.raw`[+加]v|加q|q号|[qv]是|v[ \t]*[:：]|wei ?信|微 ?xin|[wv] x|q q|[v微威薇徽] ?[❤♥]|💗|💕|🛰|🐧|📱|📞|☎|快手|dy号|t\.me/|wa\.me/|(?:facebook|instagram|twitter|tiktok|threads|x)\.com/`;
/**
 * The labels of values with digits (passports, cards, security codes, social security numbers,
 * phone numbers, a degree's label before its separator: not `later`) at a word's start...
 */
export const LABELLED_NUMBER_WORDS = String.raw`passport|passeport|pasaporte|passaporte|reisepass|card|credit|debit|bank|zip|post(?:al)?[ _]?code|visa|master|amex|american[ _]express|unionpay|jcb|cvv|cvc|ssn|social[ _]security|dni|nie\b|aadhaa?r|phone|mobil|handy|portable|celular|cell|tel|(?:call|text|reach|ring) me(?: on| at)? \+?\d(?:\d{6}|\d{0,4}[ \t]*[/_|*~·／＿｜＊～])|hkid|id[ _]?card|id\d{17}|identity[ _]card|national[ _]id|(?:lat(?:itude)?|lng|lon(?:g(?:itude)?)?)[\s:：=]`;
/** ...the first characters of their Chinese labels... */
export const LABELLED_NUMBER_MARKS = "护银信卡安经纬电手联身开收对邮郵港여";
/** ...a bank's card without `卡` (`建行 6217...`; session 13)... */
export const BANK_CARD_HINT = "[工建农中招交]行";
/** ...and a coordinate pair, whatever place word or link stands before it. */
export const COORDINATE_PAIR_HINT = String.raw`\d\.\d{3,}, ?[-+]?\d`;

/** A label's kind: its labels, and what reads the value after one (its end, -1 for none, and category). */
interface LabelKind {
  readonly labels: string;
  readonly read: (text: string, from: number, label: string) => readonly [number, CategoryKey];
}

/** The kinds of label, in the order the label search tries them. */
const LABEL_KINDS: readonly LabelKind[] = [
  { labels: HANDLE_LABELS, read: (t, f, label) => [handleEnd(t, f, label), "contact.messenger"] },
  { labels: PASSPORT_LABELS, read: (t, f) => [passportEnd(t, f), "identity.passport"] },
  { labels: CARD_LABELS, read: (t, f) => [cardEnd(t, f), "financial.payment_card"] },
  { labels: SSN_LABELS, read: (t, f) => [ssnEnd(t, f), "identity.national_id"] },
  { labels: SPANISH_ID_LABELS, read: (t, f, label) => [spanishIdEnd(t, f, label), "identity.national_id"] },
  { labels: AADHAAR_LABELS, read: (t, f) => [aadhaarEnd(t, f), "identity.national_id"] },
  { labels: PHONE_LABELS, read: (t, f) => [barePhoneEnd(t, f), "contact.phone"] },
  { labels: NATIONAL_ID_LABELS, read: (t, f) => [identityCardEnd(t, f), "identity.national_id"] },
  { labels: GLUED_ID_LABEL, read: (t, f) => [residentIdEnd(t, f), "identity.national_id"] },
  { labels: BANK_ACCOUNT_LABELS, read: readAccountNumber },
  { labels: CODE_LABELS, read: (t, f) => [tokenEnd(CODE, t, f), "financial.payment_card"] },
  { labels: POSTCODE_LABELS, read: (t, f) => [tokenEnd(POSTCODE, t, f), "contact.address"] },
];

/**
 * Any label, each kind's in a group of its own, then its separator, or a digit right after it
 * (`tel13812345678`: read only for {@link GLUED_KINDS}).
 */
const LABEL = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:${LABEL_KINDS.map((k) => `(${k.labels})`).join("|")})(?:[ \t]*[:：#=][ \t]*|[ \t]+|(?<=[\p{sc=Han}${HEARTS}🛰🐧📱📞☎\ufe0f.])|(?=\d))`,
  "giu",
);

/**
 * The kinds whose labels may be glued to their number (`tel13812345678`, `ID110101199003071233`,
 * `card4539578763621486`; session 14): a value checked as strictly as these are (a phone's seven
 * digits not a date, a registry's or Luhn's check) says the label is one. Of the handles' labels
 * only QQ's and WhatsApp's, whose accounts are numbers (`QQ12345678`; `fb123_abc` is an
 * identifier). A postal code's four digits are not checked (`zip2024`), nor a security code's
 * three.
 */
const GLUED_KINDS: ReadonlySet<string> = new Set([
  CARD_LABELS,
  SSN_LABELS,
  SPANISH_ID_LABELS,
  AADHAAR_LABELS,
  PHONE_LABELS,
  NATIONAL_ID_LABELS,
  GLUED_ID_LABEL,
]);

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
 * One degree after its own label (`lat 59.9139, lng 10.7522`, `Long: 10.7522`): a latitude's or
 * longitude's label, `:` or white space, and a decimal with three or more decimals, in range.
 */
const DEGREE =
  /(?<![A-Za-z0-9_])(lat(?:itude)?|lng|lon(?:g(?:itude)?)?|经度|纬度|[北南]纬|[东西]经)(?:[ \t]*[:：=][ \t]*|[ \t]+|(?<=\p{sc=Han}))([-+]?\d{1,3}\.\d{3,})(?![\d.])/giu;

/** What every coordinate holds: a decimal with three decimals (one native search gates both readers). */
const DECIMAL = /\d\.\d{3}/;

const HANDLE = /@?[A-Za-z0-9][A-Za-z0-9_.-]{2,39}/y;
/**
 * A Telegram link's user name (`t.me/astrid_tg`: 5-32 letters, digits and `_`) and a WhatsApp
 * link's phone number (`wa.me/4791234567`: the international number without its `+`).
 */
const MESSENGER_LINK =
  /(?<![A-Za-z0-9_.-])(?:(t\.me\/)[A-Za-z][A-Za-z0-9_]{4,31}|(wa\.me\/)\d{7,15})(?![A-Za-z0-9_])/gi;

/**
 * A social network's profile link (session 12): `facebook.com/astrid.solberg.9`,
 * `instagram.com/astrid_k`, `x.com/astrid_k`, `tiktok.com/@astrid_k`, the `www.` or `m.` host too;
 * the user name (2-50 letters, digits, `.` and `_`, an `@` before it on TikTok and Threads) is
 * the person's, but not the networks' own pages (`/p/...` a post, `/events`, `/groups`, `/share`,
 * `/hashtag`...).
 */
const PROFILE_LINK =
  /(?<![A-Za-z0-9_.-])(?:(?:www|m|mobile)\.)?(?:facebook|fb|instagram|twitter|x|tiktok|threads)\.com\/(@?[A-Za-z0-9._]{2,50})(?![A-Za-z0-9._])/gi;
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
const DIGITS = /\d/g;

/** The end of a value the regular expression `re` matches at `from`, or -1. */
function tokenEnd(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex : -1;
}

/** The end of a handle at `from`, or -1 (see the module note). */
function handleEnd(text: string, from: number, label: string): number {
  let end = tokenEnd(HANDLE, text, from);
  if (end < 0) return -1;
  while (end > from && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
  const token = text.slice(from, end);
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

/** The values named by a label in `text` (see the module note), sorted; `null` when none. */
export function findLabelledAccounts(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const from = m.index + m[0].length;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = LABEL_KINDS[group - 1] as LabelKind;
    const label = m[group] as string;
    if (isGlued(m, label) && !mayGlue(kind, label)) continue;
    const [end, category] = kind.read(text, from, label);
    if (end > from) {
      out.push([from, end, category]);
      LABEL.lastIndex = end;
    }
  }
  if (DECIMAL.test(text)) findCoordinates(text, out);
  findMessengerLinks(text, out);
  if (out.length === 0) return null;
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/**
 * Pushes the user name of a Telegram link and of a social network's profile link, and the phone
 * number of a WhatsApp link, in `text`.
 */
function findMessengerLinks(text: string, out: EngineSpan[]): void {
  MESSENGER_LINK.lastIndex = 0;
  for (let m = MESSENGER_LINK.exec(text); m !== null; m = MESSENGER_LINK.exec(text)) {
    const prefix = (m[1] ?? m[2]) as string;
    out.push([m.index + prefix.length, m.index + m[0].length, m[1] ? "contact.messenger" : "contact.phone"]);
  }
  PROFILE_LINK.lastIndex = 0;
  for (let m = PROFILE_LINK.exec(text); m !== null; m = PROFILE_LINK.exec(text)) {
    const user = m[1] as string;
    if (NETWORK_PAGES.has(user.toLowerCase())) continue;
    const end = m.index + m[0].length;
    out.push([end - user.length, end, "contact.messenger"]);
  }
}

/** Pushes the coordinates a label, a link or `geo:` names in `text` (see the module note). */
function findCoordinates(text: string, out: EngineSpan[]): void {
  DEGREE.lastIndex = 0;
  for (let m = DEGREE.exec(text); m !== null; m = DEGREE.exec(text)) {
    const value = m[2] as string;
    const latitude = /^lat|纬/i.test(m[1] as string);
    if (Math.abs(Number(value)) > (latitude ? 90 : 180)) continue;
    const end = m.index + m[0].length;
    out.push([end - value.length, end, "location.coordinates"]);
  }
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m !== null; m = PLACE.exec(text)) {
    const pair = m[1] as string;
    if (!isCoordinatePair(pair) && !isCoordinatePair(pair.split(",").reverse().join(","))) continue;
    const end = m.index + m[0].length;
    out.push([end - pair.length, end, "location.coordinates"]);
  }
}
