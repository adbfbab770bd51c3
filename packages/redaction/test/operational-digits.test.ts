/**
 * Fields the endpoint schema marks operational hold ids, versions and URLs. A 15-digit id that
 * happens to pass the IMEI checks (Luhn + an allocated RBI: a Meta pixel id starting with 91) or
 * a run of digits that reads as a national phone number must reach the vendor there; the
 * structural detectors (e-mail, IP, MAC, phone with `+`) still run.
 */
import { loadBuiltinPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  compileFieldPlanFromTags,
  createRedactor,
  type FieldPlan,
  type Redactor,
} from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { redactorWith, SECRET, transfer } from "./helpers.js";

const PIXEL = "918273645501234"; // Luhn-valid, RBI 91: passes isImei

function redactBody(r: Redactor, text: string, plan: FieldPlan) {
  const res = r.redact(transfer("facebook", { body: { kind: "json", text } }), { plan });
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return { text: res.transfer.body.kind === "json" ? res.transfer.body.text : "", report: res.report };
}

describe("digit-only detectors do not run in operational fields", () => {
  const plan = compileFieldPlanFromTags(
    [
      { path: "op", operational: true },
      { path: "ops", operational: true },
      { path: "batch#json[].relative_url", operational: true },
      { path: "batch#json[].body", encoding: "form" },
    ],
    [{ path: "id", operational: true }],
    "test.operational",
  );
  const r = redactorWith();

  it("keeps a Luhn-valid pixel id as a whole value, in text and in an operational array", () => {
    const text = JSON.stringify({
      op: PIXEL,
      ops: [PIXEL, `v24.0/${PIXEL}/events`],
      batch: JSON.stringify([{ method: "POST", relative_url: `v24.0/${PIXEL}/events`, body: "data=%5B%5D" }]),
    });
    const out = redactBody(r, text, plan);
    expect(out.text).toBe(text);
    expect(out.report.findings).toEqual([]);
  });

  it("keeps a national phone-like digit run in an operational field", () => {
    const text = JSON.stringify({ op: "order 13812345678 shipped" });
    expect(redactBody(r, text, plan).text).toBe(text);
  });

  it("still finds e-mail, IP, MAC and +phone in operational fields", () => {
    const out = redactBody(
      r,
      JSON.stringify({
        op: "ingrid@example.org",
        ops: ["v24.0/x?u=ingrid%40example.org", "from 192.0.2.44", "a4:83:e7:2b:19:0c", "+4915112345678"],
      }),
      plan,
    );
    expect(out.text).not.toContain("ingrid");
    expect(out.text).not.toContain("192.0.2.44");
    expect(out.text).not.toContain("a4:83:e7:2b:19:0c");
    expect(out.text).not.toContain("4915112345678");
  });

  it("still reads the id as an IMEI outside operational fields", () => {
    const out = redactBody(r, JSON.stringify({ note: PIXEL, text: `device ${PIXEL}` }), plan);
    expect(out.text).not.toContain(PIXEL);
    expect(out.report.categoriesRemoved).toContain("device.identifier.imei");
  });

  it("keeps the id in an operational query value, finds it in another", () => {
    const ok = r.redact(transfer("facebook", { query: `id=${PIXEL}&x=${PIXEL}` }), { plan });
    expect(ok.ok && ok.transfer.query).toBe(`id=${PIXEL}`);
  });
});

describe("facebook Graph batch through the vendor catalog's plan, built-in policy", () => {
  const e = VENDOR_CATALOG.endpoints.get("facebook.graph.batch");
  if (e === undefined) throw new Error("facebook.graph.batch is not in the catalog");
  const plan = compileFieldPlanFromFields({ endpoint: e.id, body: e.bodyFields, query: e.queryFields });
  const r = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });

  it("forwards relative_url with the pixel id unchanged", () => {
    const batch = JSON.stringify([
      { method: "POST", relative_url: `v24.0/${PIXEL}/events`, body: "data=%5B%5D" },
    ]);
    const text = JSON.stringify({ batch });
    const out = redactBody(r, text, plan);
    expect(out.text).toBe(text);
    expect(out.report.findings).toEqual([]);
  });
});
