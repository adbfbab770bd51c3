/**
 * @kago/personal-data: the policy's categories as a taxonomy, validated value types for each kind
 * of personal data, and category tags on zod schema fields.
 */
export { CATEGORY_KEYS, type CategoryEntry, type CategoryKey, TAXONOMY } from "./taxonomy.js";
