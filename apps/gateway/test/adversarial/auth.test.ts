import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, parseCliArgs } from "@kago/gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issue, selfSigned, serverExt } from "../support/certificates.js";
import { errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import {
  CAPI_BODY,
  expectNoLeak,
  expectServesNext,
  type Rig,
  rawExchange,
  rawRequest,
  startRig,
} from "./harness.js";

const TOKEN = "kago-caller-token-for-tests-7f3a";
const OTHER_TOKEN = "kago-caller-token-for-tests-7f3b";
const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

describe("caller tokens", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig({ callerTokenHashes: [sha256(OTHER_TOKEN), sha256(TOKEN)] });
  });
  afterAll(() => rig.close());

  const postWith = (headers: Record<string, string>, path = "/facebook/v21.0/1/events") =>
    send(rig.gw.url, {
      method: "POST",
      path,
      headers: { "content-type": "application/json", ...headers },
      body: CAPI_BODY,
    });

  /** The normal request after each case, sent with a valid token. */
  async function servesWithToken(): Promise<void> {
    rig.upstream.received.length = 0;
    const res = await postWith({ "x-kago-caller-token": TOKEN });
    expect(res.status).toBe(200);
    expect(rig.upstream.received).toHaveLength(1);
    expectNoLeak(rig);
    rig.upstream.received.length = 0;
  }

  it("no token: 401 caller_unauthenticated with WWW-Authenticate, nothing forwarded", async () => {
    const res = await postWith({});
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 401,
      code: "caller_unauthenticated",
    });
    expect(res.headers["www-authenticate"]).toBe('Bearer realm="kago-gateway"');
    expect(rig.upstream.received).toHaveLength(0);
    await servesWithToken();
  });

  it("a wrong token, a token of the right length, a hash sent as the token, an empty one: 401", async () => {
    for (const token of ["nope", `${TOKEN.slice(0, -1)}c`, sha256(TOKEN), " "]) {
      const res = await postWith({ "x-kago-caller-token": token });
      expect({ status: res.status, code: errorCode(res) }).toEqual({
        status: 401,
        code: "caller_unauthenticated",
      });
    }
    const wrongScheme = await postWith({
      "proxy-authorization": `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}`,
    });
    expect(wrongScheme.status).toBe(401);
    expect(rig.upstream.received).toHaveLength(0);
    await servesWithToken();
  });

  it("checked before routing: an unknown recipient without a token is 401, not 404", async () => {
    const res = await send(rig.gw.url, { path: "/nobody/x" });
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 401,
      code: "caller_unauthenticated",
    });
    await servesWithToken();
  });

  it("checked before the body is read: the refusal comes without sending the body", async () => {
    const res = await rawExchange(rig.gw.port, [
      rawRequest("POST /facebook/x HTTP/1.1", [
        "Host: gateway.test",
        "Content-Type: application/json",
        "Content-Length: 100000",
      ]),
    ]);
    expect({ status: res.status, code: res.code }).toEqual({ status: 401, code: "caller_unauthenticated" });
    expect(rig.upstream.received).toHaveLength(0);
    await servesWithToken();
  });

  it("a valid token in X-Kago-Caller-Token or Proxy-Authorization: Bearer is accepted and never forwarded", async () => {
    for (const headers of [
      { "x-kago-caller-token": OTHER_TOKEN },
      { "proxy-authorization": `Bearer ${TOKEN}` },
    ]) {
      rig.upstream.received.length = 0;
      const res = await postWith(headers);
      expect(res.status).toBe(200);
      const got = rig.upstream.received[0];
      expect(got?.headers["x-kago-caller-token"]).toBeUndefined();
      expect(got?.headers["proxy-authorization"]).toBeUndefined();
      const everything = `${got?.rawHeaders.join("\n") ?? ""}${got?.body.toString("utf8") ?? ""}`;
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(OTHER_TOKEN);
    }
    expect(rig.gw.rawLogs.join("\n")).not.toContain(TOKEN);
  });

  it("/healthz stays open for orchestrators", async () => {
    expect((await send(rig.gw.url, { path: "/healthz" })).status).toBe(200);
  });
});

describe("caller tokens file and flags", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kago-auth-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads hashes with labels, comments and upper-case hex", () => {
    const file = join(dir, "tokens");
    writeFileSync(
      file,
      `# Kago backends\n${sha256(TOKEN)}  orders-service\n\n${sha256(OTHER_TOKEN).toUpperCase()}\n`,
    );
    const config = loadConfig(parseCliArgs(["--caller-tokens-file", file, "--port", "0"]), {});
    expect(config.callerTokenHashes).toEqual([sha256(TOKEN), sha256(OTHER_TOKEN)]);
  });
  it("a line that is no SHA-256 hash stops start-up without quoting the line", () => {
    const file = join(dir, "bad");
    writeFileSync(file, `${sha256(TOKEN)}\n${TOKEN}\n`);
    expect(() => loadConfig(parseCliArgs(["--caller-tokens-file", file]), {})).toThrow(/line 2/);
    try {
      loadConfig(parseCliArgs(["--caller-tokens-file", file]), {});
    } catch (err) {
      expect((err as Error).message).not.toContain(TOKEN);
    }
  });
  it("--tls-key without --tls-cert stops start-up", () => {
    expect(() => loadConfig(parseCliArgs(["--tls-key", join(dir, "k")]), {})).toThrow(/--tls-cert/);
  });
  it("the main and admin ports bind to loopback unless configured otherwise", () => {
    const config = loadConfig(parseCliArgs([]), {});
    expect(config.host).toBe("127.0.0.1");
    expect(config.adminHost).toBe("127.0.0.1");
    expect(config.callerTokenHashes).toEqual([]);
    expect(config.tls).toBeNull();
  });
});

describe("mutual TLS", () => {
  let dir: string;
  let rig: Rig;
  let tls: TestGateway;
  const pem = (name: string): string => readFileSync(join(dir, name), "utf8");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kago-mtls-"));
    selfSigned(dir, "ca");
    selfSigned(dir, "rogue-ca");
    issue(dir, "ca", "server", serverExt("IP:127.0.0.1"));
    issue(dir, "ca", "client", "extendedKeyUsage=clientAuth\n");
    issue(dir, "rogue-ca", "rogue", "extendedKeyUsage=clientAuth\n");
    rig = await startRig();
    tls = await startGateway({
      upstreams: { facebook: `${rig.upstream.url}/fb` },
      tls: { cert: pem("server.crt"), key: pem("server.key"), clientCa: pem("ca.crt") },
    });
  }, 30_000);
  afterAll(async () => {
    await tls.close();
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function httpsPost(client: "client" | "rogue" | null): Promise<{ status: number; error: string | null }> {
    return new Promise((resolve) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: tls.port,
          method: "POST",
          path: "/facebook/v21.0/1/events",
          headers: { "content-type": "application/json" },
          ca: pem("ca.crt"),
          agent: false,
          ...(client === null ? {} : { cert: pem(`${client}.crt`), key: pem(`${client}.key`) }),
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, error: null }));
        },
      );
      req.on("error", (err) => resolve({ status: 0, error: err.message }));
      req.end(CAPI_BODY);
    });
  }

  it("a client certificate signed by the configured CA is served, and redaction still applies", async () => {
    rig.upstream.received.length = 0;
    expect(await httpsPost("client")).toEqual({ status: 200, error: null });
    expect(rig.upstream.received).toHaveLength(1);
    expectNoLeak(rig);
  });

  it("no client certificate, or one from another CA: the handshake fails, nothing is forwarded", async () => {
    rig.upstream.received.length = 0;
    for (const client of [null, "rogue"] as const) {
      const res = await httpsPost(client);
      expect(res.status).toBe(0);
      expect(res.error).not.toBeNull();
    }
    expect(rig.upstream.received).toHaveLength(0);
    // Plain HTTP on the TLS port gets no HTTP answer either.
    const plain = await rawExchange(
      tls.port,
      [rawRequest("GET /facebook/x HTTP/1.1", ["Host: gateway.test"])],
      {
        timeoutMs: 2_000,
      },
    );
    expect(plain.status).toBe(0);
    expect(rig.upstream.received).toHaveLength(0);
    expect(await httpsPost("client")).toEqual({ status: 200, error: null });
  });

  it("the plain gateway beside it still serves", async () => {
    await expectServesNext(rig);
  });
});
