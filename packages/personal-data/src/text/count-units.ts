/**
 * A count's unit right after its digits (session 19, moved here in session 20): `13812345678
 * bytes`, `18612345678 requests`, `13812345678 条`. Eleven digits with their unit are a count, not
 * a phone number; byte and row totals that long are ordinary in query and transfer logs. Read
 * after a tally's word in text (`Total: 13812345678 bytes`, the redaction engine's
 * `thing-id-values.ts`; a red team's round 8, R14) and after a bracket the phone finder opens
 * inside a run (`uploaded v2 (18600000000 bytes)`, `number-spans.ts`; round 9, A11): one list for
 * both, so a count reads alike wherever it is written.
 */

/**
 * White space, then a count's unit that no letter, digit or `_` continues: bytes and their
 * multiples (`B`, `KB`..`TB`), durations (`ms`, `us`, `ns`, `secs`), rows, records, events,
 * requests, items, entries, hits, times, coins, points, diamonds, and the CJK counters and
 * currencies (`次`, `条`, `個`, `个`, `件`, `元`, `円`). Not `B` glued to a word (`bytesize`), nor a
 * unit a phone number is spoken with. Sticky: tried only where the digits end.
 */
const COUNT_UNIT =
  /[ \t]*(?:bytes?|[kmgt]?b|ms|us|ns|secs?|seconds?|rows?|records?|events?|requests?|reqs|items?|entries|hits|times|coins?|pts|points|diamonds|次|条|個|个|件|元|円)(?![\p{L}\p{N}_])/iuy;

/** True when a count's unit ({@link COUNT_UNIT}) follows the digits that end at `end` in `text`. */
export function isCountUnitAt(text: string, end: number): boolean {
  COUNT_UNIT.lastIndex = end;
  return COUNT_UNIT.test(text);
}
