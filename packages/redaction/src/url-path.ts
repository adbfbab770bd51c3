/**
 * URL paths: the transfer's own path and the path of a URL held in a field (a Graph batch
 * `relative_url`). A path segment cannot be removed or rewritten without changing the resource
 * the request addresses, so a segment holding a category the recipient may not receive refuses
 * the transfer (`personal_data_in_path`); a permitted category is reported and kept. Only the
 * structural detectors run on segments (e-mail, IP, MAC, phone with `+`): a segment made of
 * digits is an id (a pixel or app id), not an IMEI. A segment's matrix parameters
 * (`;jsessionid=...`, `;phone=...`) are also read by the key table (session 16). Since session 20
 * (red team round 10 F2), a segment of digits alone, or behind a version's `v`, is read by the
 * phone validator ({@link isBareMobile}): `/v21.0/13812345678/events`, `/v13812345678/...` and
 * Zego's `/13812345678/` were forwarded while an e-mail there was refused; not where Graph
 * addresses an object by its id ({@link isGraphObjectId}).
 */
import { type CategoryKey, foldTypography, HAS_VARIANT, isPhone } from "@kago/personal-data";
import { abort, type RedactionContext } from "./context.js";
import { detach } from "./detach.js";
import { charFlags, detectStrong, findTextSpans } from "./detectors/index.js";
import type { PlanNode } from "./field-plan.js";
import { redactPairs } from "./pairs.js";
import { percentDecodedViews } from "./percent-view.js";
import { parameterCategory, semicolonParameters } from "./semicolon-parameters.js";
import type { Detector } from "./transfer.js";
import { readEncoded } from "./value-scan.js";

/**
 * Member names whose string value is read as a relative URL (path and query) in a body without a
 * plan, canonical form. With a plan, the field map's URL marks say it (`urlFields`).
 */
export const URL_MEMBER_NAMES: ReadonlySet<string> = new Set(["relativeurl"]);

/** Where a URL held in a field stands: its location prefix, path template and depth. */
export interface UrlScope {
  readonly base: string;
  readonly path: string;
  readonly depthBase: number;
  readonly stringJsonDepth: number;
  /**
   * The plan of the URL's query (the `#form` of the member holding it: a Graph batch
   * sub-request's route names its endpoint's query fields, session 15), or none.
   */
  readonly queryPlan?: PlanNode | undefined;
}

/**
 * A segment of digits, alone or behind a version's `v`, whole or in groups between dots
 * (`13812345678`, `v13812345678`, `v138.1234.5678`): its digits are what the phone validator reads.
 */
const DIGIT_SEGMENT = /^v?(\d{1,15}(?:\.\d{1,15}){0,14})$/;
const DOTS = /\./g;

/**
 * Whether a segment is a mobile number written bare: its digits are one the phone validator takes
 * without a `+` (a China mobile, `1[3-9]` and nine digits; `1` and a North American number). The
 * ids that stand in the catalog's paths are not: Meta's pixel, app and audience ids have 15 to 17
 * digits, and Tencent's and Zego's paths hold words. Not the IMEI check: a 15-digit id passes it
 * about one time in ten.
 */
function isBareMobile(segment: string): boolean {
  const digits = DIGIT_SEGMENT.exec(segment)?.[1]?.replace(DOTS, "");
  return digits !== undefined && digits.length >= 7 && digits.length <= 15 && isPhone(digits);
}

/** A Graph API version segment (`v21.0`): the segment after it is an object id (`/v21.0/<id>/feed`). */
const GRAPH_VERSION = /^v\d{1,2}\.\d{1,2}$/;

/** A segment of digits alone (no `v`, no dots): an object id where Graph addresses one. */
const BARE_DIGITS = /^\d+$/;

/** The calls whose object is a pixel or an app (15 to 17 digits), never an older Page's 11. */
const PIXEL_OR_APP_CALLS: ReadonlySet<string> = new Set(["events", "activities"]);

/**
 * Whether segment `i` stands where Graph addresses an object by its numeric id: digits alone,
 * right after a version segment, not before a pixel's or app's call (red team round 11 F2: Pages
 * from Facebook's first years have 11-digit ids, `19292868552`, `15087023444`, and reads of them
 * or their `/feed`, `/picture` were refused as China mobiles). A mobile there is a caller's
 * mistake Graph answers with an error; `/v21.0/13812345678/events`, `/v13812345678/...` and
 * Zego's `/13812345678/` are still read.
 */
function isGraphObjectId(segments: readonly string[], i: number): boolean {
  const previous = segments[i - 1];
  return (
    previous !== undefined &&
    GRAPH_VERSION.test(previous) &&
    BARE_DIGITS.test(segments[i] as string) &&
    !PIXEL_OR_APP_CALLS.has(segments[i + 1] ?? "")
  );
}

function decideSegment(
  ctx: RedactionContext,
  category: CategoryKey,
  detector: Detector,
  location: string,
): void {
  if (ctx.decide(category).kind === "deny") abort("personal_data_in_path", location);
  ctx.record(ctx.slot(location), category, "keep", detector);
}

/**
 * `views` and, after each one that is base64 of text (or a JWT, a public PASETO), the text it
 * encodes, and a token's header or footer (session 20).
 */
function withEncoded(views: string[], ctx: RedactionContext, location: string): string[] {
  const out: string[] = [];
  for (const view of views) {
    out.push(view);
    const encoded = readEncoded(view, ctx, location);
    if (encoded !== null) out.push(encoded.text);
    if (encoded?.covered !== undefined) out.push(encoded.covered);
  }
  return out;
}

/** `views` and, after each one holding typographic variants, its folded spelling. */
function withFolded(views: string[]): string[] {
  const out: string[] = [];
  for (const view of views) {
    out.push(view);
    const folded = charFlags(view) & HAS_VARIANT ? foldTypography(view) : null;
    if (folded !== null) out.push(folded.text);
  }
  return out;
}

/**
 * Decides the matrix parameters of the path segment `raw` (`1;phone=4741234567`,
 * `events;jsessionid=5F0C2C1E9A`) that the key table names (see `semicolon-parameters.ts`), at the
 * segment's `location`, as the structural detectors' findings are: a denied category refuses the
 * transfer. True when one was found. A parameter with an invalid escape is read as written.
 * Session 16.
 */
function readMatrixParameters(raw: string, ctx: RedactionContext, location: string): boolean {
  let found = false;
  for (const parameter of semicolonParameters(raw)) {
    const category = parameterCategory(decodedOnce(parameter.rawKey), decodedOnce(parameter.rawValue));
    if (category === null) continue;
    found = true;
    decideSegment(ctx, category, "key", location);
  }
  return found;
}

/** `raw` percent-decoded once, or as written when an escape in it is invalid. */
function decodedOnce(raw: string): string {
  if (raw.indexOf("%") === -1) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const MAX_CLEAN_PATHS = 1024;
/**
 * Paths in which no detector found anything. A client calls the same few endpoints over and over,
 * and such a path's outcome depends on its text alone (no finding, so no decision), so it is
 * looked at once. Holds copies ({@link detach}), never a path with a finding; cleared when full.
 */
const cleanPaths = new Set<string>();

/**
 * Inspects every segment of `path` (split at `/` after one leading `/`; index 0 is the first
 * segment), as written and percent-decoded once and twice, each also as the text it encodes in
 * base64 (`encodedText`), and each of those with typographic variants folded (`foldTypography`);
 * its matrix parameters by the key table ({@link readMatrixParameters}). Findings and errors are located at
 * `<prefix>[<index>]` (`path:[1]`). Aborts with `personal_data_in_path` on a denied category.
 */
export function inspectPath(path: string, ctx: RedactionContext, prefix: string): void {
  if (path === "" || path === "/") return;
  ctx.addWork(path.length, prefix);
  if (cleanPaths.has(path)) return;
  let found = false;
  const segments = (path.charCodeAt(0) === 47 ? path.slice(1) : path).split("/");
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i] as string;
    if (raw === "") continue;
    if (readMatrixParameters(raw, ctx, `${prefix}[${i}]`)) found = true;
    const objectId = isGraphObjectId(segments, i);
    for (const view of withFolded(withEncoded([raw, ...percentDecodedViews(raw)], ctx, `${prefix}[${i}]`))) {
      const flags = charFlags(view);
      const whole =
        detectStrong(view, flags, true) ?? (!objectId && isBareMobile(view) ? "contact.phone" : null);
      if (whole !== null) {
        found = true;
        decideSegment(ctx, whole, "value", `${prefix}[${i}]`);
        continue;
      }
      const spans = findTextSpans(view, flags, true);
      if (spans === null) continue;
      found = true;
      for (const span of spans) decideSegment(ctx, span[2], "text", `${prefix}[${i}]`);
    }
  }
  if (found) return;
  if (cleanPaths.size >= MAX_CLEAN_PATHS) cleanPaths.clear();
  cleanPaths.add(detach(path));
}

/**
 * A relative URL held in a field: its path segments are inspected ({@link inspectPath}, located
 * at `<location>~path[<index>]`) and its query is redacted as query pairs (located at
 * `<location>~query.<key>`). Returns the new URL, or `null` when unchanged.
 */
export function redactUrl(value: string, ctx: RedactionContext, scope: UrlScope): string | null {
  const q = value.indexOf("?");
  const pathPart = q === -1 ? value : value.slice(0, q);
  inspectPath(pathPart, ctx, `${scope.base}${scope.path}~path`);
  if (q === -1) return null;
  const query = redactPairs(value.slice(q + 1), "query", ctx, scope.queryPlan, {
    base: scope.base,
    path: `${scope.path}~query`,
    depthBase: scope.depthBase,
    stringJsonDepth: scope.stringJsonDepth,
  });
  return query === null ? null : `${pathPart}?${query}`;
}
