/**
 * Names given in lower-case Hinglish (`src/hinglish-names.ts`, session 17): `mera naam rahul hai`
 * and `main rahul hoon`, read through `introduced-names.ts` and `copula-names.ts`; what a person is
 * or where (`main theek hoon`, `main ghar pe hoon`) stays.
 */
import { describe, expect, it } from "vitest";
import { findCopulaNames } from "../src/copula-names.js";
import { findIntroducedNames } from "../src/introduced-names.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The names found in `text` by the two readers that call the Hinglish one. */
const names = (text: string) =>
  [...(findIntroducedNames(text) ?? []), ...(findCopulaNames(text) ?? [])].map(([a, b]) => text.slice(a, b));

describe("lower-case Hinglish names", () => {
  it("reads one to three words before hai after mera naam, and one or two before hoon after main", () => {
    expect(names("mera naam rahul hai")).toEqual(["rahul"]);
    expect(names("hi, mera naam rahul sharma hai aur main delhi se hoon")).toEqual(["rahul sharma"]);
    expect(names("Mera naam rahul kumar sharma hai")).toEqual(["rahul kumar sharma"]);
    expect(names("main rahul hoon")).toEqual(["rahul"]);
    expect(names("namaste, mai priya verma hu.")).toEqual(["priya verma"]);
    expect(names("Main amit hun")).toEqual(["amit"]);
    // the capitalised forms, read as before
    expect(names("Mera naam Rahul hai. main Rahul Sharma hoon")).toEqual(["Rahul", "Rahul Sharma"]);
  });

  it("leaves what a person is, does or where they are, and a question about the name", () => {
    for (const text of [
      "mera naam kya hai", // "what is my name?"
      "mera naam galat hai",
      "mera naam list mein hai", // a postposition
      "mera naam aapko pata hai",
      "mera phone kharab hai", // no naam
      "main theek hoon", // "I am fine"
      "main ghar pe hoon",
      "main busy hoon",
      "main live hoon", // session 18 (red team round 7, R7): a live stream's chat
      "main host hoon",
      "main new hoon",
      "main aa raha hoon", // a verb form
      "main jaanti hoon",
      "main tumhara dost hoon",
      "main student hoon",
      "main delhi se hoon",
      "main bilkul theek hoon",
      "main ek minute mein aata hoon", // more words than a name has
      "main rahul hoonga", // the copula goes on
      "main rahul hoon_x",
      "mera naam rahul haiÄ",
      "main rahul", // no copula
      "main ra hoon", // a word too short
    ])
      expect(names(text), text).toEqual([]);
  });

  it("replaces the name in a message through the prose search, and keeps the sentence", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "hello, mera naam rahul sharma hai", "facebook")).toBe(
      "hello, mera naam [redacted:account.profile.name] hai",
    );
    expect(redactedMessage(r, "main rahul hoon", "facebook")).toBe(
      "main [redacted:account.profile.name] hoon",
    );
    expect(redactedMessage(r, "main ghar pe hoon", "facebook")).toBe("main ghar pe hoon");
  });
});
