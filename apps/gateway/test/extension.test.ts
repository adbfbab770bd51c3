/**
 * The extension points the vendor catalog plugs into: a body codec registered ahead of the
 * built-in ones, and a pre-forward hook (re-signing) that sees the final bytes.
 */
import { createHash } from "node:crypto";
import type { BodyCodec, PreForwardHook } from "@kago/gateway";
import { refusal } from "@kago/gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "./support/client.js";
import { startGateway, type TestGateway } from "./support/gateway.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";

const EMAIL = "ingrid.solberg@example.org";

// A toy wire format: JSON, base64-wrapped, under its own media type.
const base64Json: BodyCodec = {
  name: "base64-json",
  matches: (ctx) => ctx.mediaType.essence === "application/x-base64-json",
  decode: (bytes) => ({
    ok: true,
    value: { kind: "json", text: Buffer.from(bytes.toString("ascii"), "base64").toString("utf8") },
  }),
  encode: (body) =>
    body.kind === "none"
      ? { ok: true, value: Buffer.alloc(0) }
      : { ok: true, value: Buffer.from(Buffer.from(body.text, "utf8").toString("base64"), "ascii") },
};

// A re-signer: a digest over path, query and body, the way vendor signatures work.
const resign: PreForwardHook = (out) => {
  if (out.target.pathAndQuery.endsWith("?refuse=1")) return refusal("internal_error");
  const sig = createHash("sha256").update(out.target.pathAndQuery).update(out.body).digest("hex");
  return { ...out, headers: [...out.headers.filter(([n]) => n !== "x-signature"), ["x-signature", sig]] };
};

let upstream: TestUpstream;
let gw: TestGateway;
beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startGateway(
    { upstreams: { facebook: `${upstream.url}/fb` } },
    { codecs: [base64Json], hooks: [resign] },
  );
});
afterAll(async () => {
  await gw.close();
  await upstream.close();
});

describe("extension points", () => {
  it("a registered codec decodes, the engine redacts, the codec encodes back, the hook re-signs", async () => {
    const json = JSON.stringify({ user_data: { em: EMAIL }, custom_data: { connection_type: "wifi" } });
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/1/events?a=1",
      headers: { "content-type": "application/x-base64-json", "x-signature": "stale" },
      body: Buffer.from(json).toString("base64"),
    });
    expect(res.status).toBe(200);
    const got = upstream.received.at(-1);
    const decoded = Buffer.from(got?.body.toString("ascii") ?? "", "base64").toString("utf8");
    expect(decoded).not.toContain(EMAIL);
    expect(JSON.parse(decoded)).toMatchObject({ custom_data: { connection_type: "wifi" } });
    const expected = createHash("sha256")
      .update("/fb/v21.0/1/events?a=1")
      .update(got?.body ?? Buffer.alloc(0))
      .digest("hex");
    expect(got?.headers["x-signature"]).toBe(expected);
  });

  it("a hook can refuse, and then nothing is forwarded", async () => {
    const before = upstream.received.length;
    const res = await send(gw.url, { path: "/facebook/x?refuse=1" });
    expect(res.status).toBe(500);
    expect(errorCode(res)).toBe("internal_error");
    expect(upstream.received.length).toBe(before);
  });
});
