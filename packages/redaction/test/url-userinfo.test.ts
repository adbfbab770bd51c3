/**
 * A URL's user information in a transfer (session 17, a red team's round 6 F9): the account's name
 * and password are removed and the host stays, where the e-mail finder used to take
 * `password@host` for an address (the host lost, the user name sent). Since session 18 they are
 * `account.credential`, which no recipient receives (round 7, R4: as `account.id` they reached
 * Tencent and Zego).
 */
import { describe, expect, it } from "vitest";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

/** The `url` and `message` of `{url: text, message: text}` after redaction for `recipient`. */
function redacted(text: string, recipient = "facebook"): [string, string] {
  const out = JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify({ url: text, message: text }))));
  return [out.url, out.message];
}

describe("a URL's user information", () => {
  it("is removed as the account's, the host and the rest of the URL kept", () => {
    const cases: [string, string][] = [
      [
        "https://astrid.solberg:hunter2@shop.example.com/cart?id=7",
        "https://[redacted:account.credential]:[redacted:account.credential]@shop.example.com/cart?id=7",
      ],
      ["https://astrid@shop.example.com/x", "https://[redacted:account.credential]@shop.example.com/x"],
      [
        "https://astrid%40corp.com:pw@proxy.example.com:8080/",
        "https://[redacted:contact.email]:[redacted:account.credential]@proxy.example.com:8080/",
      ],
      [
        "https://13812345678:pw@shop.example.com/",
        "https://[redacted:contact.phone]:[redacted:account.credential]@shop.example.com/",
      ],
    ];
    for (const [text, want] of cases) expect(redacted(text), text).toEqual([want, want]);
  });

  it("is removed for the recipients granted account ids too (session 18)", () => {
    // red team round 7, R4: a login and password at another site reached Tencent and Zego whole
    const text = "my shop login https://astrid.solberg:Astrid1990!@shop.example.com/admin";
    const want =
      "my shop login https://[redacted:account.credential]:[redacted:account.credential]@shop.example.com/admin";
    for (const recipient of ["tencent", "zego", "aliyun"])
      expect(redacted(text, recipient), recipient).toEqual([want, want]);
  });

  it("removes an e-mail address as a service user's password (RFC 1635's anonymous FTP)", () => {
    const text = "ftp://anonymous:astrid.solberg@example.org@ftp.kago.example/pub/x.zip";
    const want = "ftp://anonymous:[redacted:contact.email]@ftp.kago.example/pub/x.zip";
    expect(redacted(text, "tencent")).toEqual([want, want]);
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
