/**
 * The tagging vocabulary the vendor schemas are written in.
 *
 * `personal`, `operational` and `jsonString` are @kago/personal-data's (its field-tag registry).
 * Two tags are vendor-side, because only vendor payloads need them:
 * - `freeText`: a string a person wrote (chat text, a reason, a search); it may hold personal values
 *   anywhere inside, so the engine scans it with its text detectors;
 * - `formString`: a string holding an `application/x-www-form-urlencoded` document (a Graph batch
 *   sub-request's `body`), path segment `#form`;
 * - `relativeUrl`: a string holding a URL path and query (a Graph batch sub-request's
 *   `relative_url`), which the engine reads as a URL: path segments through the structural
 *   detectors (personal data there refuses the transfer, since a path cannot lose a segment), the
 *   query as name/value pairs;
 * - `namedColumns` (session 15): a list of rows whose cells are named by position in a sibling
 *   member (Meta's Custom Audience `payload.data`, named by `payload.schema`), or of items all
 *   named by that member when it is a single name;
 * - `addressingId` (session 18): an operational field naming what the call acts on (a room, a
 *   group, a topic, the account a call is made as), which goes to the vendor as it came or not at
 *   all: when the engine's reading would change it, the transfer is refused
 *   (`personal_data_in_identifier`), since a dropped or partly replaced id makes the vendor reject
 *   the call or act on another room.
 */
import { type CategoryKey, jsonString, operational, personal } from "@kago/personal-data";
import { z } from "zod";

export { jsonString, operational, personal };

/**
 * The columns of a list: the sibling member that names them (`schema`), and the category of each
 * name, or `"operational"`. Names not listed are for the engine's generic rules.
 */
export interface ColumnNames {
  readonly namesKey: string;
  readonly categories: Readonly<Record<string, CategoryKey | "operational">>;
}

/** Metadata of the vendor-side tags. */
export interface VendorTagMeta {
  readonly freeText?: true;
  readonly form?: true;
  readonly url?: true;
  readonly columns?: ColumnNames;
  readonly addressingId?: true;
}

/** The registry of vendor-side tags (zod registries carry tags across `.describe()` clones). */
export const vendorTagRegistry = z.registry<VendorTagMeta>();

/** Tags a field as free text written by a person: it may hold personal values anywhere inside. */
export function freeText<T extends z.ZodType>(schema: T): T {
  const tagged = schema.meta({ "x-free-text": true });
  vendorTagRegistry.add(tagged, { freeText: true });
  return tagged as T;
}

/**
 * Tags a string field as an addressing identifier: operational (only the engine's structural
 * detectors read it, its name is not looked up), and forwarded unchanged or the transfer refused
 * with `personal_data_in_identifier`, never edited in part: `RoomId=room_+4741234567` would
 * otherwise address the room `room_[redacted:contact.phone]`, and a `RoomId` that is an e-mail
 * address would be dropped from a call that requires it. Field maps list it in `operationalFields`
 * and in `addressingIdFields`.
 */
export function addressingId<T extends z.ZodType>(schema: T): T {
  const tagged = operational(schema).meta({ "x-addressing-id": true });
  vendorTagRegistry.add(tagged, { addressingId: true });
  return tagged as T;
}

/** Tags a string field as a relative URL (path and query) the engine inspects as a URL. */
export function relativeUrl<T extends z.ZodType>(schema: T): T {
  const tagged = schema.meta({ "x-relative-url": true });
  vendorTagRegistry.add(tagged, { url: true });
  return tagged as T;
}

/**
 * Tags a list whose rows' cells are named by position in the sibling member `namesKey` (a list of
 * names), or whose items are all named by it when it is one name; each name's category is in
 * `categories`.
 */
export function namedColumns<T extends z.ZodType>(
  schema: T,
  namesKey: string,
  categories: ColumnNames["categories"],
): T {
  const tagged = schema.meta({ "x-columns-named-by": namesKey });
  vendorTagRegistry.add(tagged, { columns: { namesKey, categories } });
  return tagged as T;
}

/**
 * A string holding a form-encoded document of the shape `inner` (path segment `#form`). A zod codec
 * like `jsonString`: decoding parses the form (a repeated name keeps its last value) and validates it
 * against `inner`; `z.encode` writes it back.
 */
export function formString<S extends z.ZodType>(inner: S) {
  const codec = z.codec(z.string(), inner, {
    decode: (text) => Object.fromEntries(new URLSearchParams(text)) as z.input<S>,
    encode: (value) => new URLSearchParams(value as Record<string, string>).toString(),
  });
  vendorTagRegistry.add(codec, { form: true });
  return codec;
}
