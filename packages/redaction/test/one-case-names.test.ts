import { describe, expect, it } from "vitest";
import { isOneCaseName } from "../src/one-case-names.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

const json = (value: unknown, recipient = "tencent") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;

describe("a person's name in one case under a hinting key (session 19)", () => {
  it.each(["astrid solberg", "ASTRID SOLBERG", "SOLBERG ASTRID", "ASTRID", "john smith"])(
    "%s is a name",
    (value) => {
      expect(isOneCaseName(value)).toBe(true);
    },
  );

  it.each([
    // one word in lower case: Unix machines are named after given names too
    "astrid",
    "apollo",
    // no listed name, or only common words
    "production server",
    "grace hopper",
    "FILESERVER",
    "MAIL",
    "NOVA",
    // capitalised: read by the detectors' own shape; mixed: no one case
    "Astrid Solberg",
    "astrid Solberg",
    // a machine's name: digits, dots, hyphens
    "web-01.prod.kago.internal",
    "ip-10-0-0-12",
    "DESKTOP-7J3K2LQ",
    "AL",
  ])("%s is no name in one case", (value) => {
    expect(isOneCaseName(value)).toBe(false);
  });

  it("removes a live room host's name in lower case or capitals (red team round 7, R2)", () => {
    expect(json({ host: { uid: "kago_30417", name: "astrid solberg" } })).toEqual({
      host: { uid: "kago_30417" },
    });
    expect(json({ host_name: "astrid solberg", room: 7 })).toEqual({ room: 7 });
    expect(json({ host: { name: "ASTRID" } })).toEqual({ host: {} });
    expect(json({ hostName: "ASTRID SOLBERG" })).toEqual({});
  });

  it("keeps a machine's name under a host", () => {
    const sent = {
      host: { name: "web-01.prod.kago.internal", arch: "amd64" },
      host_name: "ip-10-0-0-12",
      hosts: [{ name: "FILESERVER" }, { name: "DESKTOP-7J3K2LQ" }, { name: "apollo" }],
      resource: {
        attributes: [
          { key: "host.name", value: { stringValue: "web-01" } },
          { key: "host.arch", value: { stringValue: "amd64" } },
        ],
      },
    };
    expect(json(sent, "aliyun")).toEqual(sent);
    expect(json({ host: "api.example.com" })).toEqual({ host: "api.example.com" });
  });
});
