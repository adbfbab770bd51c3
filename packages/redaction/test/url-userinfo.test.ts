/**
 * A URL's user information in a transfer (session 17, a red team's round 6 F9): the account's name
 * and password are removed and the host stays, where the e-mail finder used to take
 * `password@host` for an address (the host lost, the user name sent).
 */
import { describe, expect, it } from "vitest";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

/** The `url` and `message` of `{url: text, message: text}` after redaction for facebook. */
function redacted(text: string): [string, string] {
  const out = JSON.parse(bodyOf(redactJsonBody(r, "facebook", JSON.stringify({ url: text, message: text }))));
  return [out.url, out.message];
}

describe("a URL's user information", () => {
  it("is removed as the account's, the host and the rest of the URL kept", () => {
    const cases: [string, string][] = [
      [
        "https://astrid.solberg:hunter2@shop.example.com/cart?id=7",
        "https://[redacted:account.id]:[redacted:account.id]@shop.example.com/cart?id=7",
      ],
      ["https://astrid@shop.example.com/x", "https://[redacted:account.id]@shop.example.com/x"],
      [
        "https://astrid%40corp.com:pw@proxy.example.com:8080/",
        "https://[redacted:contact.email]:[redacted:account.id]@proxy.example.com:8080/",
      ],
      [
        "https://13812345678:pw@shop.example.com/",
        "https://[redacted:contact.phone]:[redacted:account.id]@shop.example.com/",
      ],
    ];
    for (const [text, want] of cases) expect(redacted(text), text).toEqual([want, want]);
  });

  it("keeps a service's user and a URL without user information", () => {
    for (const text of [
      "ssh://git@github.com/kago/app.git",
      "https://x-access-token:ghp_abc123@github.com/kago/app.git",
      "https://user:pass@example.com",
      "https://example.com/@kago",
    ])
      expect(redacted(text), text).toEqual([text, text]);
  });
});
