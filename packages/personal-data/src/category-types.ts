/**
 * Type-level categories: branding a value's type with its category, and computing what a
 * recipient may receive from a payload type.
 */
import type { CategoryKey } from "./taxonomy.js";

/**
 * The brand key. It exists only in types (no runtime value); use it as `typeof categoryBrand`.
 */
export declare const categoryBrand: unique symbol;

/**
 * The brand a tagged type carries: a map from its category (or categories, when tagged twice) to
 * `true`, like zod's own `$brand`.
 */
export interface CategoryBrand<C extends CategoryKey> {
  readonly [categoryBrand]: { readonly [K in C]: true };
}

/**
 * `T` branded with category `C`. `null` and `undefined` stay unbranded, so an optional tagged
 * field stays optional: `Tagged<string | undefined, "contact.email">` is
 * `(string & CategoryBrand<"contact.email">) | undefined`.
 */
export type Tagged<T, C extends CategoryKey> = T extends null | undefined ? T : T & CategoryBrand<C>;

/**
 * The categories a field's type is tagged with (a union when tagged more than once, or for a
 * union of tagged types); `never` for an untagged type.
 */
export type CategoryOf<Field> = Field extends { readonly [categoryBrand]: infer M }
  ? keyof M & CategoryKey
  : never;

type Prefixes<S extends string, Acc extends string> = S extends `${infer Head}.${infer Rest}`
  ? (Acc extends "" ? Head : `${Acc}.${Head}`) | Prefixes<Rest, Acc extends "" ? Head : `${Acc}.${Head}`>
  : never;

/**
 * `C` and every ancestor of it: `AncestorsOf<"device.identifier.imei">` is
 * `"device" | "device.identifier" | "device.identifier.imei"`. Distributes over unions.
 */
export type AncestorsOf<C extends CategoryKey> = C extends CategoryKey
  ? Extract<C | Prefixes<C, "">, CategoryKey>
  : never;

/** `C` and every category below it: what a grant of `C` covers. */
export type DescendantsOf<C extends CategoryKey> = Extract<CategoryKey, C | `${C}.${string}`>;

/** `true` when a grant of some category in `Allowed` covers `C` (i.e. `C` or an ancestor is allowed). */
export type IsPermitted<C extends CategoryKey, Allowed extends CategoryKey> = [
  Extract<AncestorsOf<C>, Allowed>,
] extends [never]
  ? false
  : true;

type Granted<C, Allowed extends CategoryKey> = C extends CategoryKey ? IsPermitted<C, Allowed> : never;

/** Categories a field carries itself, or its array elements carry. */
type FieldCategories<V> =
  | CategoryOf<V>
  | (NonNullable<V> extends readonly (infer E)[] ? (E extends unknown ? FieldCategories<E> : never) : never);

type KeepField<V, Allowed extends CategoryKey> =
  false extends Granted<FieldCategories<V>, Allowed> ? false : true;

type BrandPart<P> = P extends { readonly [categoryBrand]: infer M }
  ? { readonly [categoryBrand]: M }
  : unknown;

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * The part of `Payload` a recipient allowed `Allowed` may receive: recursively, through nested
 * objects and arrays, every field whose category (or whose array elements' category) is neither
 * in `Allowed` nor below a key in `Allowed` is removed. Untagged fields stay; kept fields keep
 * their brands; optional and readonly modifiers are kept.
 *
 * `Allowed` is a plain union of category keys, so a type that extracts a recipient's grants from a
 * policy literal plugs straight in: `PermittedPayload<Payload, AllowedFor<typeof policy, "zego">>`.
 */
export type PermittedPayload<Payload, Allowed extends CategoryKey> = Payload extends Primitive
  ? Payload
  : Payload extends (...args: never[]) => unknown
    ? Payload
    : Payload extends readonly (infer E)[]
      ? (Payload extends unknown[]
          ? PermittedPayload<E, Allowed>[]
          : readonly PermittedPayload<E, Allowed>[]) &
          BrandPart<Payload>
      : {
          [K in keyof Payload as K extends typeof categoryBrand
            ? never
            : KeepField<Payload[K], Allowed> extends true
              ? K
              : never]: PermittedPayload<Payload[K], Allowed>;
        } & BrandPart<Payload>;
