/**
 * HTTP's standard request headers read by their grammar (session 20, red team round 10 F1).
 *
 * The header gate forwards `Accept`, `Accept-Encoding`, `Cache-Control`, `Pragma`, `Date`,
 * `Content-MD5` and `Content-Type` because their values carry no personal data by design; until
 * session 20 they were read by the structural detectors only (an e-mail, an IP, a `+` phone), so
 * a bare mobile, an IMEI or a name a caller put in them (`Accept: application/json;
 * u=13812345678`, `Accept-Encoding: gzip, x-Astrid Solberg`, `Date: <date> GMT 490154203237518`,
 * `Content-MD5: 13812345678`, `Content-Type: application/13812345678+json`) reached the vendor.
 * Reading them with every detector would still let through what no detector knows; their
 * grammar is narrow, so it decides instead: an element that fits its header's grammar (a known
 * media type, content coding, cache directive, an HTTP date, an MD5 digest) is kept as written
 * and not read further, and an element that does not fit is dropped unread (a list keeps its other
 * elements; a media type keeps its other parameters). What fits carries registered words, a
 * q-value, a short number or a digest: no room for a person. Every value the vendor SDKs and HTTP
 * clients send fits, so their traffic passes byte for byte.
 */
import { Buffer } from "node:buffer";

/** What a standard header's value keeps: the value itself when all of it fits. */
export type GrammarFit =
  /** Everything fits: forwarded as written, unread. */
  | { readonly kind: "fits" }
  /** Some elements do not fit: the rest (`value`) is forwarded, or nothing (`value: null`). */
  | { readonly kind: "trimmed"; readonly value: string | null };

const FITS: GrammarFit = { kind: "fits" };
const NOTHING: GrammarFit = { kind: "trimmed", value: null };

/**
 * A q-value (RFC 9110 section 12.4.2): `0` to `1` with up to three decimals, the only number a
 * negotiation header holds; also without its leading `0` (`q=.2`), as Java's HttpURLConnection
 * writes its default Accept (red team round 11 F6).
 */
const QVALUE = /^(?:0(?:\.\d{0,3})?|\.\d{1,3}|1(?:\.0{0,3})?)$/;

/**
 * A charset name in use on the web (WHATWG Encoding labels, the common ones): the Unicode forms,
 * ASCII, the ISO-8859 and Windows code pages, and the Chinese, Japanese, Korean and Cyrillic
 * legacy sets. A word outside them names no encoding a vendor decodes.
 */
const CHARSET =
  /^(?:utf-?(?:8|16|32)(?:le|be)?|us-ascii|ascii|latin-?1|iso-8859-\d{1,2}|iso_8859-1|windows-125\d|cp125\d|gb2312|gbk|gb18030|big5(?:-hkscs)?|shift_jis|sjis|euc-(?:jp|kr)|iso-2022-jp|koi8-[ru])$/i;

/** The top-level media types (IANA) and the wildcard. */
const MEDIA_TOP = /^(?:application|text|image|audio|video|multipart|message|font|model|example|\*)$/i;

/**
 * A media subtype (RFC 6838 section 4.2: letters, digits and `!#$&^_.+-`, up to 127; here up to 64,
 * which every registered one is): `json`, `x-www-form-urlencoded`, `vnd.github.v3+json`, `*`.
 * Not one holding five digits in a row: no registered subtype has a number that long
 * (`application/13812345678+json` is a phone number written as a type).
 */
const MEDIA_SUB = /^(?:\*|[a-z0-9][a-z0-9!#$&^_.+-]{0,63})$/i;
const DIGIT_RUN = /\d{5}/;

/**
 * Media type parameters APIs version and shape their answers by (red team round 11 F6): Chrome's
 * `application/signed-exchange;v=b3`, `application/json; version=2`, Azure's `api-version`,
 * OData's `odata.metadata=minimal` and `odata=verbose`, `level`, `format`, `indent`. Their value
 * is a short token ({@link PARAMETER_TOKEN}); any other parameter name is dropped.
 */
const TOKEN_PARAMETERS: ReadonlySet<string> = new Set([
  "v",
  "version",
  "api-version",
  "odata",
  "odata.metadata",
  "odata.streaming",
  "level",
  "format",
  "indent",
]);

/** A short token value: letters, digits and `._-`, at most 16, no run of five digits. */
const PARAMETER_TOKEN = /^[A-Za-z0-9._-]{1,16}$/;

/** A multipart boundary (RFC 2046 section 5.1.1: up to 70 of its characters), as written or quoted. */
const BOUNDARY = /^(?:[0-9a-z'()+_,./:=?-]{1,70}|"[0-9a-z'()+_,./:=? -]{0,69}[0-9a-z'()+_,./:=?-]")$/i;

/**
 * Content codings (the IANA registry's and the legacy `x-` names) and the wildcard, as
 * `Accept-Encoding` lists them.
 */
const CODINGS: ReadonlySet<string> = new Set([
  "gzip",
  "x-gzip",
  "deflate",
  "br",
  "zstd",
  "compress",
  "x-compress",
  "identity",
  "exi",
  "pack200-gzip",
  "aes128gcm",
  "dcb",
  "dcz",
  "sdch",
  "bzip2",
  "x-bzip2",
  "xz",
  "lzma",
  "*",
]);

/**
 * Request cache directives (RFC 9111 section 5.2.1, RFC 5861): the ones without an argument, and
 * those whose argument is a number of seconds ({@link DELTA}).
 */
const CACHE_FLAGS: ReadonlySet<string> = new Set([
  "no-cache",
  "no-store",
  "no-transform",
  "only-if-cached",
  // response directives clients copy into requests (red team round 11 F6: `no-cache, no-store,
  // must-revalidate`, `private`): meaningless there, and no place for a value
  "must-revalidate",
  "proxy-revalidate",
  "must-understand",
  "private",
  "public",
  "immutable",
]);
const CACHE_DELTAS: ReadonlySet<string> = new Set([
  "max-age",
  "max-stale",
  "min-fresh",
  "stale-if-error",
  "stale-while-revalidate",
  "s-maxage",
]);
/**
 * Seconds, up to ten digits (`max-age=31536000`, a year, red team round 11 F6; session 20 first
 * allowed six). Eleven digits do not fit: `max-age=13812345678` is a China mobile, and no phone
 * number the validator takes without a `+` has fewer.
 */
const DELTA = /^\d{1,10}$/;

/**
 * An HTTP date (RFC 9110 section 5.6.7): the IMF-fixdate `Date.prototype.toUTCString` writes and
 * SLS signs (also with a one-digit day, as Java's RFC 1123 formatter writes it), and the two
 * obsolete forms a recipient must accept, RFC 850's and asctime's.
 * Also the forms clients write for it (red team round 11 F6): `UTC`, `+0000` or `-0000` for GMT
 * (Go's `time.RFC1123`, Python's `email.utils.formatdate`), and an ISO 8601 time with its zone.
 */
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UTC|[+-]0000)|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

/** An MD5 digest (RFC 1864): 16 bytes in base64, or in hex as Alibaba Cloud SLS clients send it. */
const MD5_BASE64 = /^[A-Za-z0-9+/]{21}[AQgw]==$/;
const MD5_HEX = /^[0-9a-fA-F]{32}$/;
/** A byte a digest has about as often as any other, and text always: printable ASCII. */
const PRINTABLE_BYTES = /^[\x20-\x7e]*$/;
/** Hex of decimal digits only: about one MD5 digest in three million. */
const DECIMAL_ONLY = /^\d+$/;

/** Splits a header list at commas outside quoted strings; elements trimmed, empty ones left out. */
function listElements(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 92 && quoted) i++;
    else if ((c === 44 && !quoted) || i === value.length) {
      const element = value.slice(start, i).trim();
      if (element !== "") out.push(element);
      start = i + 1;
    }
  }
  return out;
}

/** A parameter `name=value` (spaces around `=` allowed); `null` when there is no `=`. */
function parameter(text: string): { name: string; value: string } | null {
  const eq = text.indexOf("=");
  if (eq <= 0) return null;
  return { name: text.slice(0, eq).trim().toLowerCase(), value: text.slice(eq + 1).trim() };
}

/** A media type parameter that fits: a known charset, a q-value, a multipart boundary. */
function mediaParameterFits(top: string, text: string): boolean {
  const p = parameter(text);
  if (p === null) return false;
  if (p.name === "charset") return CHARSET.test(p.value.replace(/^"(.*)"$/, "$1"));
  if (p.name === "q") return QVALUE.test(p.value);
  if (p.name === "boundary") return top.toLowerCase() === "multipart" && BOUNDARY.test(p.value);
  return TOKEN_PARAMETERS.has(p.name) && PARAMETER_TOKEN.test(p.value) && !DIGIT_RUN.test(p.value);
}

/**
 * One media type or media range (`type/subtype *(; parameter)`): the type and its fitting
 * parameters as written, or `null` when the type itself does not fit.
 */
function fitMediaType(element: string): string | null {
  const parts = element.split(";");
  const type = (parts[0] as string).trim();
  const slash = type.indexOf("/");
  // a lone `*` for `*/*`, as Java's HttpURLConnection writes its default Accept
  if (type === "*") return parts.slice(1).every((p) => mediaParameterFits("*", p.trim())) ? element : null;
  if (slash < 0) return null;
  const top = type.slice(0, slash);
  const sub = type.slice(slash + 1);
  if (!MEDIA_TOP.test(top) || !MEDIA_SUB.test(sub) || DIGIT_RUN.test(sub)) return null;
  if (parts.length === 1) return element;
  // an empty parameter is a trailing `;` (`application/json;`), kept as written
  const kept = parts.slice(1).filter((p) => p.trim() === "" || mediaParameterFits(top, p.trim()));
  if (kept.length === parts.length - 1) return element;
  return [parts[0] as string, ...kept].join(";");
}

/** One `Accept-Encoding` element: a known coding with an optional q-value. */
function codingFits(element: string): boolean {
  const parts = element.split(";");
  if (!CODINGS.has((parts[0] as string).trim().toLowerCase())) return false;
  if (parts.length === 1) return true;
  if (parts.length > 2) return false;
  const p = parameter((parts[1] as string).trim());
  return p !== null && p.name === "q" && QVALUE.test(p.value);
}

/** One `Cache-Control` directive a request may carry. */
function cacheDirectiveFits(element: string): boolean {
  const p = parameter(element);
  if (p === null) return CACHE_FLAGS.has(element.toLowerCase());
  return CACHE_DELTAS.has(p.name) && DELTA.test(p.value);
}

/** A Content-MD5 value that can be a digest (and is no text written in its alphabet). */
function md5Fits(value: string): boolean {
  if (MD5_HEX.test(value)) return !DECIMAL_ONLY.test(value);
  if (!MD5_BASE64.test(value)) return false;
  return !PRINTABLE_BYTES.test(Buffer.from(value, "base64").toString("latin1"));
}

/**
 * A list header: the elements that fit `fit` (each element's kept form, or `null` when it does
 * not fit), joined as the list was (`, `).
 */
function fitList(value: string, fit: (element: string) => string | null): GrammarFit {
  const elements = listElements(value);
  const kept: string[] = [];
  let trimmed = false;
  for (const element of elements) {
    const next = fit(element);
    if (next !== element) trimmed = true;
    if (next !== null) kept.push(next);
  }
  if (!trimmed) return elements.length === 0 ? NOTHING : FITS;
  return kept.length === 0 ? NOTHING : { kind: "trimmed", value: kept.join(", ") };
}

/** A single-valued header: kept whole when it fits, dropped otherwise. */
function whole(fits: boolean): GrammarFit {
  return fits ? FITS : NOTHING;
}

/** The headers {@link fitStandardHeader} reads by grammar (lower case). */
export const GRAMMAR_HEADERS: ReadonlySet<string> = new Set([
  "accept",
  "accept-encoding",
  "cache-control",
  "pragma",
  "date",
  "content-md5",
  "content-type",
]);

/**
 * What of a {@link GRAMMAR_HEADERS} header's value fits its grammar (`name` lower case). A value
 * that fits is the common case and costs one pass over its few elements.
 */
export function fitStandardHeader(name: string, value: string): GrammarFit {
  switch (name) {
    case "accept":
      return fitList(value, fitMediaType);
    case "content-type": {
      const kept = fitMediaType(value.trim());
      return kept === value.trim() ? FITS : { kind: "trimmed", value: kept };
    }
    case "accept-encoding":
      return fitList(value, (e) => (codingFits(e) ? e : null));
    case "cache-control":
      return fitList(value, (e) => (cacheDirectiveFits(e) ? e : null));
    case "pragma":
      return fitList(value, (e) => (e.toLowerCase() === "no-cache" ? e : null));
    case "date":
      return whole(HTTP_DATE.test(value.trim()));
    case "content-md5":
      return whole(md5Fits(value.trim()));
    default:
      return FITS;
  }
}
