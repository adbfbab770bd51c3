import { jsonString, operational, personal } from "@kago/personal-data";
import { compileFieldPlan } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { redactorWith, transfer } from "./helpers.js";

describe("compileFieldPlan: the endpoint schema's tags classify first", () => {
  const schema = z.object({
    data: z.array(z.object({ uu: personal(z.string(), "contact.email"), name: operational(z.string()) })),
    CloudCustomData: jsonString(z.object({ zz: personal(z.string(), "network.ssid") })),
  });
  const plan = compileFieldPlan({ endpoint: "test.endpoint", body: schema });
  const r = redactorWith();
  it("uses schema tags, operational marks and #json paths", () => {
    const text =
      '{"data":[{"uu":"x","name":"ViewContent"}],"CloudCustomData":"{\\"zz\\":\\"Home\\",\\"k\\":1}"}';
    const res = r.redact(transfer("facebook", { body: { kind: "json", text } }), { plan });
    expect(res.ok && res.transfer.body).toEqual({
      kind: "json",
      text: '{"data":[{"name":"ViewContent"}],"CloudCustomData":"{\\"k\\":1}"}',
    });
    expect(res.ok && res.report.endpoint).toBe("test.endpoint");
    expect(res.ok && res.report.findings.map((f) => [f.location, f.detector])).toEqual([
      ["body:data[].uu", "schema"],
      ["body:CloudCustomData#json.zz", "schema"],
    ]);
  });
});
