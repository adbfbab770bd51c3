/**
 * The street addresses of Japan, Thailand, Vietnam and India in prose (session 15), each read by
 * its own module (`japanese-addresses.ts`, `thai-addresses.ts`, `vietnamese-addresses.ts`,
 * `indian-addresses.ts`), offered to the prose search as one hint and one reader.
 */
import { findIndianAddresses, INDIAN_ADDRESS_HINT } from "./indian-addresses.js";
import { findJapaneseAddresses, JAPANESE_ADDRESS_HINT } from "./japanese-addresses.js";
import type { EngineSpan } from "./percent-view.js";
import { findThaiAddresses, THAI_ADDRESS_HINT } from "./thai-addresses.js";
import { findVietnameseAddresses, VIETNAMESE_ADDRESS_HINT } from "./vietnamese-addresses.js";

/** What the prose search looks for: any of the four readers' hints (each a necessary condition of its addresses). */
export const ASIAN_ADDRESS_HINT = [
  JAPANESE_ADDRESS_HINT,
  THAI_ADDRESS_HINT,
  VIETNAMESE_ADDRESS_HINT,
  INDIAN_ADDRESS_HINT,
].join("|");

/** The Japanese, Thai, Vietnamese and Indian addresses in `text`, sorted; `null` when none. */
export function findAsianAddresses(text: string): EngineSpan[] | null {
  const found = [
    findJapaneseAddresses(text),
    findThaiAddresses(text),
    findVietnameseAddresses(text),
    findIndianAddresses(text),
  ].filter((spans) => spans !== null);
  if (found.length <= 1) return found[0] ?? null;
  return found.flat().sort((a, b) => a[0] - b[0]);
}
