/**
 * JSON scalars that cannot be what a contact or name key says (session 17): `true`, `false`, a
 * count, a share. A red team's round 6 (F7) found dictionary keys that are contact words dropping
 * members whatever their value: notification preferences (`{"notify": {"email": true}}`), counters
 * (`{"counts": {"phone": 2}}`), device classes (`{"traffic": {"mobile": 1200}}`, `{"platform_share":
 * {"mobile": 0.7}}`), models (`{"m": {"iPhone": 1}}`, read as a phone's key). None of these values can
 * be an e-mail address, a phone number or a name, so they are kept; a phone number written as a
 * JSON number (`{"phone": 13812345678}`, `{"tel": 4.741234567E9}`, `{"username": 13812345678}`)
 * still goes. SLS writes every log
 * value as a string, so the same values written as text are kept too (`"true"`, `"42"`, see
 * {@link cannotHoldText}); any other string is read as before (a key that names an e-mail address
 * holds one however it is spelled), and so is an object under such a key.
 *
 * Session 18 (a red team's round 7, R11): the same for the other categories whose keys name a
 * setting as often as a value: permission maps (`{"permissions": {"camera": true, "photos":
 * "granted"}}`), privacy settings (`{"privacy": {"phone": "nobody", "birthday": "friends"}}`),
 * the fields a profile shows (`{"fields_visible": {"birthday": false, "address": false}}`),
 * counters (`{"stats": {"birthday": 2}}`). Each category keeps only what its values cannot be
 * ({@link SCALARS}): a birthday can be a number (`19900401`, an epoch, a year), so only a count
 * under 100 goes there; a postcode is written as a number, so none under an address; a gender is
 * coded as a number or a boolean (WeChat's `sex: 1`, a `tinyint(1)` column read as `true`), so
 * only the visibility words under it; a place's coordinates are numbers, but `true` under
 * `geolocation` is a permission. The visibility and permission words are read in lower or upper
 * case only (`nobody`, `ONLY_ME`): a capitalised word is what a name looks like (`"name":
 * "Private"` still goes), and none under a nickname, which may be any word.
 */
import type { CategoryKey } from "@kago/personal-data";

/** What a category's values cannot be, as JSON scalars and as text. */
interface ScalarReading {
  /** A boolean cannot be such a value. */
  readonly booleans: boolean;
  /** A whole number below this cannot be such a value (0: none; `Infinity`: no number can). */
  readonly countsBelow: number;
  /** A fraction cannot be such a value. */
  readonly fractions: boolean;
  /** A count or a boolean written as text cannot be either (not a nickname's: `520`). */
  readonly asText: boolean;
  /** A visibility or permission word ({@link SETTING_WORDS}) cannot be such a value. */
  readonly settingWords: boolean;
}

/**
 * The smallest phone number written as a JSON number: six digits (subscriber numbers are not
 * shorter than five in any numbering plan; below 100,000 a number under `phone` is a count).
 */
const SMALLEST_PHONE = 100_000;

/** The smallest QQ number (five digits): below it a number under a messenger's key is a count. */
const SMALLEST_QQ = 10_000;

/**
 * The smallest number that may be a birthday: a year (`1990`), a month and day (`401`), a date
 * (`19900401`), an epoch. Below it, a count (`{"stats": {"birthday": 2}}`).
 */
const SMALLEST_BIRTHDAY = 100;

const CONTACT: ScalarReading = {
  booleans: true,
  countsBelow: SMALLEST_PHONE,
  fractions: true,
  asText: true,
  settingWords: true,
};
/** A media category: a photo, a camera frame, a recording is never a scalar. */
const MEDIA: ScalarReading = {
  booleans: true,
  countsBelow: Number.POSITIVE_INFINITY,
  fractions: true,
  asText: true,
  settingWords: true,
};

/** The categories whose keys name a setting or a count as often as a value, and what they keep. */
const SCALARS: ReadonlyMap<CategoryKey, ScalarReading> = new Map<CategoryKey, ScalarReading>([
  ["contact.email", CONTACT],
  ["contact.phone", CONTACT],
  ["account.profile.name", CONTACT],
  ["account.profile.nickname", { ...CONTACT, asText: false, settingWords: false }],
  [
    "contact.messenger",
    { booleans: true, countsBelow: SMALLEST_QQ, fractions: true, asText: true, settingWords: true },
  ],
  [
    "account.profile.birthday",
    { booleans: true, countsBelow: SMALLEST_BIRTHDAY, fractions: true, asText: true, settingWords: true },
  ],
  [
    "contact.address",
    { booleans: true, countsBelow: 0, fractions: false, asText: false, settingWords: true },
  ],
  [
    "account.profile.gender",
    { booleans: false, countsBelow: 0, fractions: false, asText: false, settingWords: true },
  ],
  [
    "location.coordinates",
    { booleans: true, countsBelow: 0, fractions: false, asText: false, settingWords: true },
  ],
  ["media.camera", MEDIA],
  ["media.microphone", MEDIA],
  ["media.photo_album", MEDIA],
]);

/**
 * True when the JSON token `token` (a number, `true` or `false`) cannot be a value of `category`
 * ({@link SCALARS}): a boolean, a fraction or a count under an e-mail, phone or name category. A
 * whole number from six digits up can be a phone number under any of them (session 18, red team
 * round 7's R1: apps that log users in by their mobile number write `{"username": 13812345678}`),
 * so it is read as its key says.
 */
export function cannotHold(category: CategoryKey, token: string): boolean {
  const reading = SCALARS.get(category);
  if (reading === undefined) return false;
  if (token === "true" || token === "false") return reading.booleans;
  const n = Number(token);
  return Number.isInteger(n) ? Math.abs(n) < reading.countsBelow : reading.fractions;
}

/**
 * A string that is a boolean or a count as SLS writes them: `true`, `false`, one to five digits.
 * Nothing else (`41 23 45 67`, `+47...`) is taken for a scalar.
 */
const SCALAR_TEXT = /^(?:true|false|\d{1,5})$/;

/**
 * The words a privacy setting or a permission is written with (Facebook's `EVERYONE`, `SELF`;
 * Android's `granted`, iOS's `authorized`, the web's `prompt`): who may see a field, or whether
 * the app may use a device. No e-mail address, phone number, birthday, place or photo is one of
 * them. Any case here; {@link isSettingWord} takes them in lower or upper case only.
 */
const SETTING_WORDS =
  /^(?:nobody|no_one|none|everyone|all|public|private|hidden|visible|friends|friends_only|friends_of_friends|all_friends|followers|contacts|only_me|self|custom|on|off|granted|denied|prompt|authorized|restricted|limited|not_determined|undetermined|allowed|blocked)$/i;

/** True when `value` is one of {@link SETTING_WORDS} in lower or upper case (not `Private`). */
function isSettingWord(value: string): boolean {
  return SETTING_WORDS.test(value) && (value === value.toLowerCase() || value === value.toUpperCase());
}

/** The longest of {@link SETTING_WORDS}: a longer string is none (one length test first). */
const LONGEST_SETTING_WORD = "friends_of_friends".length;

/**
 * True when the string `value` under a key of `category` is a boolean or a count written as text
 * (`{"Key": "iPhone", "Value": "42"}`, `"notify.email": "true"` in SLS), or a visibility or
 * permission word (`"phone": "nobody"`, `"camera": "granted"`; session 18), where `category`'s
 * values cannot be one ({@link SCALARS}).
 */
export function cannotHoldText(category: CategoryKey, value: string): boolean {
  if (value.length > LONGEST_SETTING_WORD) return false;
  const reading = SCALARS.get(category);
  if (reading === undefined) return false;
  if (reading.settingWords && isSettingWord(value)) return true;
  return reading.asText && value.length <= 5 && SCALAR_TEXT.test(value) && cannotHold(category, value);
}
