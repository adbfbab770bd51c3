/** Type-level view of a policy document: which categories a recipient may receive. */
import type { CategoryKey } from "@kago/personal-data";

/** The category keys a document grants to `R` directly (before expanding to descendants). */
export type GrantedCategories<Doc, R extends PropertyKey> = Doc extends {
  readonly recipients: infer M;
}
  ? R extends keyof M
    ? M[R] extends { readonly grants: readonly (infer G)[] }
      ? G extends { readonly category: infer C extends string }
        ? C
        : never
      : never
    : never
  : never;

/**
 * The categories recipient `R` may receive under policy document `Doc` (a typed literal such as
 * {@link KAGO_POLICY}), a granted key expanded to all of its descendants:
 * `AllowedCategories<typeof KAGO_POLICY, "aliyun">` includes `"device.identifier.imei"`.
 */
export type AllowedCategories<Doc, R extends PropertyKey> = Extract<
  CategoryKey,
  GrantedCategories<Doc, R> | `${GrantedCategories<Doc, R>}.${string}`
>;
