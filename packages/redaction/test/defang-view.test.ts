/**
 * Defanged text (`src/defang-view.ts`): `erik[@]example[.]org` and `192[.]0[.]2[.]44` are read as
 * the address they write, and only the address is replaced.
 */
import { describe, expect, it } from "vitest";
import { defangView } from "../src/defang-view.js";
import { redactedMessage, redactorWith } from "./helpers.js";

describe("defangView", () => {
  it("writes a bracketed `.`, `@` or `:` plainly, and maps each character back", () => {
    const view = defangView("a erik[@]example( . )org b");
    expect(view?.text).toBe("a erik@example.org b");
    // `@` stands where `[@]` starts, the `.` where `( . )` does, and the end maps to the end
    expect(view?.at[6]).toBe(6);
    expect(view?.at[14]).toBe(16);
    expect(view?.at[view.text.length]).toBe(26);
    expect(defangView("2001[:]db8{:}{:}1")?.text).toBe("2001:db8::1");
  });
  it("is null for text without one", () => {
    for (const text of ["plain text", "[at] and (dot)", "a [..] b", "[x.]", "(see p. 3)"])
      expect(defangView(text), text).toBeNull();
  });
});

describe("defanged addresses in a transfer", () => {
  const r = redactorWith();
  it.each([
    ["mail erik[@]example[.]org now", "mail [redacted:contact.email] now"],
    ["mail erik(@)example(.)org now", "mail [redacted:contact.email] now"],
    ["mail erik[at]example[.]org now", "mail [redacted:contact.email] now"],
    ["from 192[.]0[.]2[.]44 today", "from [redacted:network.ip_address] today"],
  ])("%s", (text, expected) => {
    const out = redactedMessage(r, text, "facebook");
    expect(out).toBe(expected);
    expect(redactedMessage(r, out, "facebook")).toBe(out);
  });
  it("leaves brackets that write no address alone", () => {
    for (const text of ["see [.] in the grammar", "f(.) and g[@] compose", "v1[.]2"])
      expect(redactedMessage(r, text, "facebook"), text).toBe(text);
  });
});
