/**
 * Whether a value a key names in text may be what the key says (session 13). Most keys decide
 * alone, as a JSON member's do; the keys below name other things in log lines, usage text and
 * translated messages as often, so there the value must look the part. Found by running man
 * pages, changelogs, gettext catalogs and logs through the engine: `state=closed`, `zip=true`,
 * `addr=0x7ffd5a3c`, `name=com.example.app`, `-qq = even quieter`, `--username=USERNAME`,
 * `uid=%s`, `ip: argument is wrong`, `Longitud: 1024`, `carrier:0`.
 */
import { type CategoryKey, isConnectionType } from "@kago/personal-data";
import { isFidoAaidUnder } from "./advertising-ids.js";
import { canonicalKey } from "./canonical-key.js";
import { isComparisonOperatorUnder } from "./comparison-operators.js";
import { hasIdentifierMark, hasNameShape } from "./echo.js";

/**
 * True when `value`, written in text after `key`, may be the `category` the key names. Keys that
 * name a network status, an address, a messenger account or (bare `name`) a name name other
 * things in log lines as often, so there the value must look the part (see {@link isNetworkStatus},
 * {@link isAddressValue}, `hasNameShape`; a `quoted` name, a string literal as Node's
 * `util.inspect` writes `{ name: 'john' }`, only needs no identifier's mark: `name: 'metric_name'`
 * stays); any other key decides alone, as a JSON member's does.
 */
export function isValueOfKey(key: string, category: CategoryKey, value: string, quoted: boolean): boolean {
  if (isPlaceholder(key, value)) return false;
  if (category === "network.status") return isNetworkStatus(value);
  if (category === "contact.address") return isAddressValue(canonicalKey(key), value);
  if (category === "account.profile.name" && BARE_NAME_KEYS.has(canonicalKey(key)))
    return quoted ? !hasIdentifierMark(value) : hasNameShape(value);
  // an account on a messenger: a QQ number has five digits or more, a WeChat ID six characters
  // (`-qq = even quieter`, a man page's option, names none; session 13)
  if (category === "contact.messenger") return value.length >= 5 || HAS_DIGIT.test(value);
  // a bare `account` is a word of code and prose as often: an account's id has a digit
  // (`account=kago_30417`; `const account = new AdAccount(...)` and `account=standard` name none;
  // session 15)
  if (category === "account.id" && canonicalKey(key) === "account") return HAS_DIGIT.test(value);
  if (category === "network.ip_address") return IP_VALUE.test(value);
  if (holdsKeysOtherThing(category, value)) return false;
  if (category === "location.coordinates") return isCoordinateValue(canonicalKey(key), value);
  // a carrier's name has a letter, its code (MCC and MNC) five digits or six (`carrier:0` is a count)
  if (category === "network.operator") return HAS_LETTER.test(value) || OPERATOR_CODE.test(value);
  return true;
}

/** The words for "name" a bare key is written with, whose value must have a name's shape. */
const BARE_NAME_KEYS: ReadonlySet<string> = new Set([
  "name",
  "nama",
  "nombre",
  "nome",
  "nom",
  "naam",
  "navn",
  "namn",
]);

const HAS_LETTER = /\p{L}/u;
/** A carrier's code: its MCC and MNC, five or six digits (`46000`). */
const OPERATOR_CODE = /^\d{5,6}$/;

/**
 * A format string's placeholder or a template's: `%s`, `%1$s`, `%lu`, `%.*s`, `0x%08x`, `{0}`,
 * `{name}`, `${name}`, `{{name}}`, `<name>` (a value ends at `}`, so `{0` is read as the first).
 */
const FORMAT_PLACEHOLDER =
  /^(?:(?:0x)?%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh?|ll?|[zjtLqI])?[a-zA-Z@]|\{\w*\}?|\$\{?\w+\}?|\{\{\s*[\w.]+\s*\}\}|<[^<>]{1,30}>)/;
/**
 * Words usage text puts where a value goes: `name=VALUE`, `--referer=URL`, `name=value' pairs`,
 * and "value" in the languages of translated usage text (`имя=значение`; session 14).
 */
const PLACEHOLDER_WORD =
  /^(?:value|values|val|string|str|text|url|uri|host|file|path|key|arg|args|param|n|x|xxx|foo|bar|example|значение|значения|valor|valeur|wert|nilai|waarde|verdi|värde|wartość|değer|valore|값|値|值)(?![\p{L}\p{N}_])/iu;
/** A word in capitals: how usage text writes what goes there (`USERNAME`, `EMAIL`, `ADDR`). */
const WORD_IN_CAPITALS = /^[A-Z][A-Z0-9_-]{0,30}(?![\p{L}\p{N}])/u;

/**
 * True when `value`, after `key`, is a placeholder: a format string's (`uid=%s`, `nombre: %u`), a
 * word usage text puts there (`name=value' pairs`, `--referer=URL`), or the key itself in capitals
 * (`--username=USERNAME`, `email = EMAIL`).
 */
function isPlaceholder(key: string, value: string): boolean {
  if (FORMAT_PLACEHOLDER.test(value) || PLACEHOLDER_WORD.test(value)) return true;
  const capitals = WORD_IN_CAPITALS.exec(value);
  return capitals !== null && canonicalKey(capitals[0]) === canonicalKey(key);
}

/** An IP address named in text: hex digits, `:` and `.` with a digit, brackets and a port allowed. */
const IP_VALUE = /^\[?[0-9A-Fa-f:.]*\d[0-9A-Fa-f:.]*\]?(?::\d{1,5})?(?:\/\d{1,3})?$/;

/** A degree or a pair of them (`59.9139`, `59.9139,10.7522`); `Longitud: 1024` is a length. */
const DEGREES = /^([-+]?\d{1,3}(?:\.\d+)?)(?:,[ \t]*([-+]?\d{1,3}(?:\.\d+)?))?$/;

const STARTS_WITH_NUMBER = /^[-+]?\d/;

/**
 * A whole number of millionths or ten-millionths of a degree, after a key that says so (`latE7=
 * 599139000`, `lat_e6=59913900`; session 19, a red team's round 8, R5): six digits at least.
 */
const MICRO_DEGREES = /^[-+]?\d{6,10}$/;

/** A canonical key that ends in `e6` or `e7` (`late7`, `longitudee6`): see {@link MICRO_DEGREES}. */
const MICRO_DEGREES_KEY = /e[67]$/;

/**
 * True when a coordinate named in text by the canonical key `canonical` is one: a degree or a pair
 * in range, or a degree in millionths or ten-millionths after a key that says so (the key table
 * names no other coordinate ending in `e6` or `e7`).
 */
function isCoordinateValue(canonical: string, value: string): boolean {
  if (MICRO_DEGREES_KEY.test(canonical) && MICRO_DEGREES.test(value))
    return Math.abs(Number(value)) <= (canonical.endsWith("7") ? 180e7 : 180e6);
  const m = DEGREES.exec(value);
  if (m === null) return !STARTS_WITH_NUMBER.test(value); // a `geo:` URI or words: left to the key
  return Math.abs(Number(m[1])) <= 180 && (m[2] === undefined || Math.abs(Number(m[2])) <= 180);
}

const HAS_DIGIT = /\d/;

/**
 * A value that is no address under any key: a flag, a hex number (or its `0x` alone, a debugger's
 * `Address: 0x` before the digits it prints; session 18, found in Turkish UI strings), a host name,
 * an IP address or port.
 */
const NO_ADDRESS =
  /^(?:true|false|null|none|nil|yes|no|on|off|n\/a|0x[0-9a-f]*|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?|\d+(?:[.:]\d+)+)$/i;
/** A state or province: a two-letter code, a capitalised name (`California`, `New York`), or ideographs. */
const STATE_VALUE = /^(?:[A-Za-z]{2}$|\p{Lu}\p{Ll}|\p{Lo})/u;
/** A postal code: letters, digits, spaces and `-` with a digit, at most 10 (`94103-1234`, `SW1A 1AA`). */
const POSTCODE_VALUE = /^(?=[^\d]*\d)[\p{L}\d][\p{L}\d -]{1,9}$/u;

/**
 * True when `value` may be the address part its key `canonical` (a canonical key: `state`,
 * `zipcode`) names (session 13, found in log lines): `state=closed`, `state=PAID`, an OAuth
 * `state=af0ifjsldkj`, `zip=true`, `zip: amd64 (3.0-13)`, `addr=0x7ffd5a3c` and `endpoint
 * addr=cn-hangzhou.log.aliyuncs.com` are none. A JSON member's string value under such a key is
 * judged the same way (`redact-json.ts`); the Conversions API's hashed `st` and `zp` under
 * `user_data` are not (their key is no such name).
 */
export function isAddressValue(canonical: string, value: string): boolean {
  if (NO_ADDRESS.test(value)) return false;
  if (canonical === "state" || canonical === "province") return STATE_VALUE.test(value);
  if (
    canonical === "zip" ||
    canonical === "zipcode" ||
    canonical === "postcode" ||
    canonical === "postalcode"
  )
    return POSTCODE_VALUE.test(value);
  return true;
}

/**
 * A network status written beside its key in text: a connection type (`network=wifi`) or an
 * online state (`online=true`). Its keys name pool sizes and counts in log lines as often
 * (`connections=17`, `connection: 3 idle`), so the value must be one (session 12; a JSON member's
 * key still decides alone).
 */
function isNetworkStatus(value: string): boolean {
  return isConnectionType(value) || ONLINE_STATE.test(value);
}
const ONLINE_STATE = /^(?:true|false|yes|no|0|1)$/i;

/**
 * True when `value` is what a key's other meaning names, not its category (session 20), read the
 * same in a JSON member and in `key=value` text: a FIDO authenticator's AAID under `aaid`
 * (`4e4e#4005`: no advertising id), a filter's comparison operator under `operator` (`CONTAIN`:
 * no carrier).
 */
export function holdsKeysOtherThing(category: CategoryKey, value: string): boolean {
  return isFidoAaidUnder(category, value) || isComparisonOperatorUnder(category, value);
}
