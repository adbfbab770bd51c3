/**
 * Tag/value pair lists, where a sibling member names what the value is:
 * `{"Tag": "Tag_Profile_IM_Nick", "Value": "..."}` (Tencent IM ProfileItem),
 * `{"Key": "user_email", "Value": "..."}` (Aliyun SLS log contents), `{"name": ..., "value": ...}`.
 *
 * A tag is looked up here first (vendor-defined tags, exact spelling, canonicalised); a tag this
 * table does not know is read as a field name through the key table, after stripping the vendor's
 * custom-field prefixes.
 */
import type { CategoryKey } from "@kago/personal-data";
import { canonicalKey } from "./canonical-key.js";

/** Member names (canonical) that hold the tag of a pair object. */
export const TAG_MEMBER_NAMES: ReadonlySet<string> = new Set(["tag", "key", "name", "k", "field"]);
/** Member names (canonical) that hold the value of a pair object. */
export const VALUE_MEMBER_NAMES: ReadonlySet<string> = new Set(["value", "v", "val"]);

/** Known vendor tags: a category, or `null` for an operational setting. */
export const VENDOR_TAGS: ReadonlyArray<readonly [tag: string, category: CategoryKey | null]> = [
  ["Tag_Profile_IM_Nick", "account.profile.nickname"],
  ["Tag_Profile_IM_Gender", "account.profile.gender"],
  ["Tag_Profile_IM_BirthDay", "account.profile.birthday"],
  ["Tag_Profile_IM_Location", "contact.address"],
  ["Tag_Profile_IM_SelfSignature", "account.profile.introduction"],
  ["Tag_Profile_IM_Image", "account.profile"], // an avatar: profile data, as the catalog says (session 14)
  ["Tag_Profile_IM_Language", "device.attribute.language"],
  ["Tag_Profile_IM_AllowType", null],
  ["Tag_Profile_IM_AdminForbidType", null],
  ["Tag_Profile_IM_MsgSettings", null],
  ["Tag_Profile_IM_Level", null],
  ["Tag_Profile_IM_Role", null],
];

/** Vendor prefixes of custom fields, stripped before a tag is read as a field name. */
export const TAG_PREFIXES: readonly string[] = [
  "Tag_Profile_Custom_",
  "Tag_Profile_IM_",
  "Tag_SNS_Custom_",
  "Tag_SNS_IM_",
];

/** Tag lookup compiled to canonical keys. */
export interface TagLookup {
  /** The known vendor tag, if any: `{category}` (category `null` = operational). */
  vendorTag(canonTag: string): { readonly label: string; readonly category: CategoryKey | null } | undefined;
  /** The tag with a known vendor prefix removed (canonical), or the tag itself. */
  stripPrefix(canonTag: string): string;
}

function compile(): TagLookup {
  const tags = new Map(VENDOR_TAGS.map(([tag, category]) => [canonicalKey(tag), { label: tag, category }]));
  const prefixes = TAG_PREFIXES.map(canonicalKey);
  return {
    vendorTag: (canon) => tags.get(canon),
    stripPrefix(canon) {
      for (const p of prefixes)
        if (canon.startsWith(p) && canon.length > p.length) return canon.slice(p.length);
      return canon;
    },
  };
}

/** The compiled tag table, built once at module load. */
export const TAG_LOOKUP: TagLookup = compile();
