/**
 * Mexico's CURP read without a label (`src/text/curp-spans.ts`; session 19, a red team's round 7,
 * R3): in a sentence, alone, several in a row; and its near misses (a check digit off, a date that
 * does not exist, a state not on the list, glued to a word, lower case, random capitals and digits,
 * an upper-case hex digest).
 */
import { describe, expect, it } from "vitest";
import { findInText } from "../src/index.js";
import { RUN_CURP, textProfile } from "../src/text/prefilter.js";

/** The values `findInText` reads in `text`, with their categories. */
function read(text: string): string[] {
  return findInText(text).map(([start, end, category]) => `${text.slice(start, end)} ${category}`);
}

describe("a CURP without a label", () => {
  it.each([
    ["GOSA850101HDFRRL04", "GOSA850101HDFRRL04"],
    ["el cliente GOSA850101HDFRRL04 pagó", "GOSA850101HDFRRL04"],
    ["(HEGG560427MVZRRL04)", "HEGG560427MVZRRL04"],
    ["MAHJ280603MSPRRV09, LOOA531113HTCPBN07", "LOOA531113HTCPBN07"],
    ["curp_GOSA850101HDFRRL04", "GOSA850101HDFRRL04"],
    // born in the 2000s: a letter for the century
    ["BEML920313HMCLNS09 y AEBE050101MNLRRSA9", "AEBE050101MNLRRSA9"],
  ])("%s: %s is a national id", (text, value) => {
    expect(read(text)).toContain(`${value} identity.national_id`);
  });

  it.each([
    ["GOSA850101HDFRRL09", "the check digit wrong"],
    ["GOSA851301HDFRRL04", "no 13th month"],
    ["GOSA850101HZZRRL04", "no state ZZ"],
    ["GASA850101HDFARL09", "a vowel where a consonant stands"],
    ["xGOSA850101HDFRRL04", "glued to a word"],
    ["GOSA850101HDFRRL041", "a longer token"],
    ["gosa850101hdfrrl04", "lower case"],
    ["ABCD123456HXYZWQ12", "random capitals and digits"],
    ["5D41402ABC4B2A76B9719D911017C592", "an upper-case hex digest"],
  ])("%s stays (%s)", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("no random token of its shape's characters passes by chance", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      // four letters, six digits, the sex, then seven characters of either kind
      let token = "";
      for (let i = 0; i < 4; i++) token += alphabet[next() % 26];
      for (let i = 0; i < 6; i++) token += alphabet[26 + (next() % 10)];
      token += "HM"[next() % 2];
      for (let i = 0; i < 7; i++) token += alphabet[next() % 36];
      found += findInText(`ref ${token} ok`).length;
    }
    expect(found).toBe(0);
  });

  it("is gated by six digits and a CURP's sex after them", () => {
    expect(textProfile("GOSA850101HDFRRL04") & RUN_CURP).toBe(RUN_CURP);
    expect(textProfile("GOSA8501011HDFRRL04") & RUN_CURP).toBe(0);
    expect(textProfile("GOSA85010HDFRRL04") & RUN_CURP).toBe(0);
    expect(textProfile("GOSA850101KDFRRL04") & RUN_CURP).toBe(0);
  });
});
