/**
 * URL path segments: each one (as written, percent-decoded once and twice) goes through the
 * structural detectors. A segment holding a category the recipient may not receive cannot be
 * removed without changing the resource addressed, so the transfer is refused; a permitted one
 * passes. The same holds for the path of a Graph batch `relative_url`, whose query is read as
 * query pairs.
 */
import { loadBuiltinPolicy } from "@kago/policy";
import { compileFieldPlanFromFields, createRedactor, REDACTION_ERRORS, type Transfer } from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { redactorWith, SECRET } from "./helpers.js";

const PIXEL = "918273645501234"; // Luhn-valid, RBI 91: passes isImei

function at(recipient: string, path: string, extra: Partial<Transfer> = {}): Transfer {
  return { recipient, method: "POST", path, query: "", headers: [], body: { kind: "none" }, ...extra };
}

describe("path segments of the transfer", () => {
  const r = redactorWith();

  it.each([
    ["facebook", "/v21.0/ingrid@example.org/events", "path:[1]"],
    ["facebook", "/v21.0/ingrid%40example.org/events", "path:[1]"],
    ["facebook", "/v21.0/ingrid%2540example.org/events", "path:[1]"],
    ["facebook", "/v21.0/user-ingrid@example.org/events", "path:[1]"],
    ["aliyun", "/logstores/x/track/192.0.2.44", "path:[3]"],
    ["aliyun", "/logstores/x/track/2001%3Adb8%3A%3A1", "path:[3]"],
    ["facebook", "/v21.0/%2B4915112345678/events", "path:[1]"],
    // a bare mobile (session 20, red team round 10 F2): as the id, behind a version's `v`, anywhere
    ["facebook", "/v21.0/13812345678/events", "path:[1]"],
    ["facebook", "/v13812345678/1/events", "path:[0]"],
    ["tencent", "/v13812345678/openim/sendmsg", "path:[0]"],
    ["zego", "/13812345678/", "path:[0]"],
    ["zego", "/14155550123", "path:[0]"],
    ["facebook", "/v138.1234.5678/1/events", "path:[0]"],
    // typed in full-width mode, percent-encoded as a URL must be
    ["facebook", `/v21.0/${encodeURIComponent("ingrid＠example．org")}/events`, "path:[1]"],
    ["aliyun", `/logstores/x/track/${encodeURIComponent("１９２．０．２．４４")}`, "path:[3]"],
  ])("%s %s is refused at %s, without the value", (recipient, path, location) => {
    for (const res of [r.redact(at(recipient, path)), r.classify(at(recipient, path))]) {
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      expect(res.error).toEqual({
        code: "personal_data_in_path",
        status: 400,
        message: REDACTION_ERRORS.personal_data_in_path.message,
        location,
      });
      expect(JSON.stringify(res.error)).not.toMatch(/ingrid|192\.0\.2|2001|4915|1381|4155/);
    }
  });

  it("lets a permitted category through and reports it at its segment", () => {
    const t = at("aliyun", "/logstores/a4:83:e7:2b:19:0c/track");
    const res = r.redact(t);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.transfer).toBe(t);
    expect(res.report.findings).toEqual([
      { location: "path:[1]", category: "device.identifier.mac", action: "keep", detector: "value" },
    ]);
  });

  it("does not read ids made of digits as IMEIs or phone numbers, nor placeholders as IPs", () => {
    for (const path of [
      `/v24.0/${PIXEL}/events`,
      "/v24.0/1234567890123456/activities",
      "/v21.0/20531316728/events", // an 11-digit id no phone number
      "/v21.0/1700000000/events",
      "/v4/openim/sendmsg",
      "/v21/1/events",
      "/v474.123.45/1/events", // eight digits: no number the validator takes without a `+`
      "/v2.12.1/x",
      // older Pages' 11-digit ids where Graph addresses an object (red team round 11 F2)
      "/v21.0/19292868552",
      "/v21.0/19292868552/feed",
      "/v21.0/15087023444/picture",
      "/logstores/12345678/track",
      "/ping/127.0.0.1",
      "/",
      "",
    ]) {
      const res = r.redact(at("facebook", path));
      expect(res.ok, path).toBe(true);
      if (res.ok) expect(res.report.findings, path).toEqual([]);
    }
  });

  it("gives every call the same outcome when a path repeats (clean paths are looked at once)", () => {
    const paths = [
      ["facebook", `/v24.0/${PIXEL}/events`, "clean"],
      ["aliyun", "/logstores/a4:83:e7:2b:19:0c/track", "kept"],
      ["facebook", "/v21.0/ingrid@example.org/events", "refused"],
    ] as const;
    const outcomes = () =>
      paths.map(([recipient, path]) => {
        const res = r.redact(at(recipient, path));
        return res.ok ? res.report.findings.map((f) => f.category) : res.error.code;
      });
    const first = outcomes();
    expect(first).toEqual([[], ["device.identifier.mac"], "personal_data_in_path"]);
    for (let k = 0; k < 3; k++) expect(outcomes()).toEqual(first);
    // the work limit still counts a path looked at before
    const tight = redactorWith({}, { maxWork: 5 });
    expect(tight.redact(at("facebook", `/v24.0/${PIXEL}/events`)).ok).toBe(false);
  });
});

describe("Graph batch relative_url: path segments and query pairs", () => {
  const e = VENDOR_CATALOG.endpoints.get("facebook.graph.batch");
  if (e === undefined) throw new Error("facebook.graph.batch is not in the catalog");
  const plan = compileFieldPlanFromFields({ endpoint: e.id, body: e.bodyFields, query: e.queryFields });
  const r = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });
  const body = (relativeUrl: string) =>
    JSON.stringify({
      batch: JSON.stringify([{ method: "POST", relative_url: relativeUrl, body: "data=%5B%5D" }]),
    });
  const run = (relativeUrl: string) =>
    r.redact(at("facebook", "/", { body: { kind: "json", text: body(relativeUrl) } }), { plan });

  it("refuses a personal value in the sub-request's path", () => {
    const res = run("v21.0/ingrid%40example.org/events");
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe("personal_data_in_path");
      expect(res.error.location).toBe("body:batch#json[].relative_url~path[1]");
    }
  });

  it("redacts the sub-request's query pair by pair and keeps its path", () => {
    const res = run(`v24.0/${PIXEL}/events?fields=id&email=ingrid%40example.org&note=call+%2B4915112345678`);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const text = res.transfer.body.kind === "json" ? res.transfer.body.text : "";
    const batch = JSON.parse(JSON.parse(text).batch);
    expect(batch[0].relative_url).toBe(
      // the `+` the sender wrote for the space is kept; only the replacement is encoded anew
      `v24.0/${PIXEL}/events?fields=id&note=call+${encodeURIComponent("[redacted:contact.phone]")}`,
    );
    expect(batch[0].body).toBe("data=%5B%5D");
    const locations = res.report.findings.map((f) => f.location);
    expect(locations).toContain("body:batch#json[].relative_url~query.email");
    expect(locations).toContain("body:batch#json[].relative_url~query.note~text");
  });
});

describe("relative URLs marked by the plan", () => {
  const r = redactorWith();
  const body = (text: string) => ({ kind: "json" as const, text });
  const plan = compileFieldPlanFromFields({
    body: { fieldCategories: [], operationalFields: [], urlFields: [{ path: "calls[].target" }] },
  });

  it("reads a member the plan marks as a URL whatever its name", () => {
    const transfer = at("facebook", "/x", { body: body('{"calls":[{"target":"v21.0/a@b.org/events"}]}') });
    const res = r.redact(transfer, { plan });
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.error).toMatchObject({
        code: "personal_data_in_path",
        location: "body:calls[].target~path[1]",
      });
    // the same member without the plan is free text: the e-mail is replaced in place
    const plain = r.redact(transfer);
    expect(plain.ok && plain.transfer.body.kind === "json" && plain.transfer.body.text).toBe(
      '{"calls":[{"target":"v21.0/[redacted:contact.email]/events"}]}',
    );
  });

  it("reads its query as pairs", () => {
    const res = r.redact(
      at("facebook", "/x", { body: body('{"calls":[{"target":"v21.0/1/events?email=a%40b.org&x=1"}]}') }),
      { plan },
    );
    expect(res.ok && res.transfer.body.kind === "json" && res.transfer.body.text).toBe(
      '{"calls":[{"target":"v21.0/1/events?x=1"}]}',
    );
  });

  it("refuses a URL mark under a condition at compile time", () => {
    expect(() =>
      compileFieldPlanFromFields({
        body: {
          fieldCategories: [],
          operationalFields: [],
          urlFields: [{ path: "calls[].target", when: { path: "calls[].kind", equals: "batch" } }],
        },
      }),
    ).toThrow(/conditional relative-URL mark/);
  });
});
