import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issue, selfSigned, serverExt } from "./support/certificates.js";
import { type ClientResponse, send } from "./support/client.js";
import { type StartedProcess, startProcess } from "./support/process.js";

// Synthetic personal value (example.org is reserved for documentation).
const EMAIL = "ingrid.solberg@example.org";

const capiBody = JSON.stringify({
  data: [
    {
      event_name: "Purchase",
      event_time: 1767261600,
      user_data: { em: EMAIL },
      custom_data: { currency: "EUR", value: 4.99 },
    },
  ],
});

/** One request as the HTTPS upstream saw it, with the TLS facts of its connection. */
interface TlsReceived {
  readonly url: string;
  readonly host: string | undefined;
  readonly body: string;
  readonly encrypted: boolean;
  readonly protocol: string | null;
  readonly servername: string | null;
}

interface TlsUpstream {
  readonly server: Server;
  readonly port: number;
  readonly received: TlsReceived[];
  /** TCP connections accepted (a refused handshake still counts: the gateway did connect). */
  connections: number;
}

async function startTlsUpstream(key: string, cert: string): Promise<TlsUpstream> {
  const received: TlsReceived[] = [];
  const server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const socket = req.socket;
      const tls = socket instanceof TLSSocket;
      const servername = tls ? (socket as TLSSocket & { servername?: string | false }).servername : false;
      received.push({
        url: req.url ?? "",
        host: req.headers.host,
        body: Buffer.concat(chunks).toString("utf8"),
        encrypted: tls && socket.encrypted,
        protocol: tls ? socket.getProtocol() : null,
        servername: typeof servername === "string" ? servername : null,
      });
      res.writeHead(200, { "content-type": "application/json", "x-upstream": "tls-test" });
      res.end(JSON.stringify({ events_received: 1 }));
    });
  });
  // A client that rejects the certificate aborts the handshake; that is expected here.
  server.on("tlsClientError", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const up: TlsUpstream = { server, port: (server.address() as AddressInfo).port, received, connections: 0 };
  server.on("connection", () => {
    up.connections += 1;
  });
  return up;
}

describe("TLS to the vendor", () => {
  let dir: string;
  let upstream: TlsUpstream;
  let gw: StartedProcess;
  const pem = (name: string): string => readFileSync(join(dir, name), "utf8");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kago-upstream-tls-"));
    selfSigned(dir, "ca");
    issue(dir, "ca", "vendor", serverExt("DNS:localhost,IP:127.0.0.1"));
    issue(dir, "ca", "elsewhere", serverExt("DNS:graph.example.net"));
    selfSigned(dir, "rogue-ca");
    issue(dir, "rogue-ca", "rogue", serverExt("DNS:localhost,IP:127.0.0.1"));
    selfSigned(dir, "self", "DNS:localhost,IP:127.0.0.1");

    upstream = await startTlsUpstream(pem("vendor.key"), pem("vendor.crt"));
    gw = await startProcess(
      ["--port", "0", "--admin-port", "0", "--upstream", `facebook=https://localhost:${upstream.port}`],
      { OTEL_TRACES_EXPORTER: "none", KAGO_GATEWAY_SECRET: "", NODE_EXTRA_CA_CERTS: join(dir, "ca.crt") },
    );
  }, 60_000);

  afterAll(async () => {
    if (gw !== undefined && gw.child.exitCode === null) {
      gw.child.kill("SIGTERM");
      await gw.exited;
    }
    if (upstream !== undefined) {
      upstream.server.closeAllConnections();
      await new Promise<void>((resolve) => upstream.server.close(() => resolve()));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  /** Serves `name`'s certificate to new connections. */
  function present(name: string): void {
    upstream.server.setSecureContext({ key: pem(`${name}.key`), cert: pem(`${name}.crt`) });
  }

  function sendCapi(): Promise<ClientResponse> {
    return send(`http://127.0.0.1:${gw.port}`, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events?access_token=EAAtoken",
      headers: { "content-type": "application/json" },
      body: capiBody,
    });
  }

  /**
   * The log lines written since `from`, once the transfer's own line is among them: the gateway
   * writes it after answering, so a loaded machine may see the answer first (polled, not slept).
   */
  async function linesAfterTransfer(from: number): Promise<Array<Record<string, unknown>>> {
    for (let waited = 0; waited < 10_000; waited += 20) {
      if (gw.lines.slice(from).some((l) => l.event === "transfer")) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return gw.lines.slice(from);
  }

  /** Asserts a TLS refusal: 502 with the JSON error, logged, and no request delivered. */
  async function expectTlsRefusal(): Promise<void> {
    const connectionsBefore = upstream.connections;
    const logsBefore = gw.lines.length;
    const res = await sendCapi();
    expect(res.status).toBe(502);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json).toMatchObject({ error: { code: "upstream_tls_failed" } });
    expect(res.body.toString("utf8")).not.toContain(EMAIL);
    // The gateway did reach the upstream (this is not a connection failure) yet sent it nothing.
    expect(upstream.connections).toBeGreaterThan(connectionsBefore);
    expect(upstream.received).toEqual([]);
    const logged = await linesAfterTransfer(logsBefore);
    expect(logged.some((l) => l.event === "transfer" && l.errorCode === "upstream_tls_failed")).toBe(true);
    expect(JSON.stringify(logged)).not.toContain(EMAIL);
  }

  it("refuses a self-signed vendor certificate: 502 upstream_tls_failed, nothing delivered", async () => {
    present("self");
    await expectTlsRefusal();
  });

  it("refuses a certificate from a CA it does not trust", async () => {
    present("rogue");
    await expectTlsRefusal();
  });

  it("refuses a trusted CA's certificate issued for another host name", async () => {
    present("elsewhere");
    await expectTlsRefusal();
  });

  it("forwards over verified TLS to a trusted certificate, with the planted e-mail removed", async () => {
    present("vendor");
    const res = await sendCapi();
    expect(res.status).toBe(200);
    expect(res.headers["x-upstream"]).toBe("tls-test");
    expect(upstream.received).toHaveLength(1);
    const got = upstream.received[0];
    expect(got?.encrypted).toBe(true);
    expect(got?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(got?.servername).toBe("localhost");
    expect(got?.host).toBe(`localhost:${upstream.port}`);
    expect(got?.url).toBe("/v21.0/918273645501234/events?access_token=EAAtoken");
    expect(got?.body).not.toContain(EMAIL);
    const sent = JSON.parse(got?.body ?? "{}") as { data: Array<Record<string, unknown>> };
    expect(sent.data[0]?.event_name).toBe("Purchase");
    expect(sent.data[0]?.custom_data).toEqual({ currency: "EUR", value: 4.99 });
  });
});
