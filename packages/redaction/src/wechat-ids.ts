/**
 * WeChat's internal account ids written bare (session 17, a red team's round 6 F11): WeChat gives
 * every account an id `wxid_` and a random run of letters and digits (`wxid_4k7m2p9x1q22`), which
 * logs, exports and chat messages carry without a label (`加我 wxid_astrid90`). A labelled one
 * (`wx: astrid_90`, `微信号：...`) is `labelled-accounts.ts`'s; under a key the key table's.
 *
 * Read: `wxid_` not glued to an ASCII letter, digit or `_` before it (CJK text may touch it:
 * `加我wxid_astrid90`) and 6 to 40 letters, digits, `_` or `-` holding a digit, so a
 * column or a field named after it (`wxid_field`, `wxid_list`) is none. Searched only in text the
 * prose search lets through (its `wx` word), and only where `wxid_` stands.
 */
import type { EngineSpan } from "./percent-view.js";

/** `wxid_` and its random part, not glued to an ASCII word before it. */
const WECHAT_ID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{6,40}(?![A-Za-z0-9_-])/g;
const HAS_DIGIT = /\d/;

/** The bare WeChat ids in `text`, sorted; `null` when none. */
export function findWechatIds(text: string): EngineSpan[] | null {
  if (text.indexOf("wxid_") < 0) return null;
  const out: EngineSpan[] = [];
  WECHAT_ID.lastIndex = 0;
  for (let m = WECHAT_ID.exec(text); m !== null; m = WECHAT_ID.exec(text)) {
    if (HAS_DIGIT.test(m[0].slice(5))) out.push([m.index, m.index + m[0].length, "contact.messenger"]);
  }
  return out.length > 0 ? out : null;
}
