/**
 * The gateway: the transfer handler in front of the vendors (express serves only /healthz), its
 * admin server for metrics, and the lifecycle (listen, drain, close). `createGateway` wires the parts; tests run it in-process on
 * port 0, `main.ts` runs it as a process.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { CompiledPolicy } from "@kago/policy";
import type { RedactionReport, RedactOptions, Redactor, Transfer } from "@kago/redaction";
import { isSpanContextValid, type Span, SpanKind, SpanStatusCode } from "@opentelemetry/api";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import { BUILTIN_CODECS } from "./codecs/builtin.js";
import { type BodyCodec, createCodecRegistry } from "./codecs/registry.js";
import type { GatewayConfig } from "./config.js";
import { type Refusal, RefusalError, refusal, refusalBody } from "./errors.js";
import { DEFAULT_PRE_FORWARD_HOOKS, type PreForwardHook } from "./forward/hooks.js";
import { createForwarder } from "./forward/proxy.js";
import { returnPathOf } from "./forward/redirects.js";
import { readBody } from "./http/body-reader.js";
import { createCallerAuth } from "./http/caller-auth.js";
import { forwardableHeaders } from "./http/headers.js";
import { createMainServer } from "./http/main-server.js";
import { clientErrorRefusal, writeRawRefusal } from "./http/raw-refusal.js";
import { transferCodingRefusal } from "./http/transfer-coding.js";
import { logTransfer } from "./logging.js";
import { createMetrics, type GatewayMetrics } from "./metrics.js";
import { runPipeline } from "./pipeline.js";
import { isRefusal, type Route, recipientOfRouteKey, resolveRoute } from "./routing.js";
import { callerContext } from "./telemetry/caller-context.js";
import {
  reportParts,
  safeMethod,
  type TransferDecision,
  type TransferRecord,
  templatePath,
  templateQuery,
} from "./telemetry/record.js";
import type { Telemetry } from "./telemetry/sdk.js";
import { routeOf, spanAttributes } from "./telemetry/span-attributes.js";

/** Everything a gateway is made of. */
export interface GatewayOptions {
  readonly config: GatewayConfig;
  /** The compiled policy (built-in or loaded from a file). */
  readonly policy: CompiledPolicy;
  /** The redaction engine bound to that policy. */
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** Codecs tried before the built-in JSON, form and text codecs (vendor wire formats). */
  readonly codecs?: readonly BodyCodec[];
  /** Hooks run after the default ones, just before forwarding (vendor re-signers). */
  readonly hooks?: readonly PreForwardHook[];
  /** Per-transfer engine options (the vendor catalog's payload plan for the transfer's endpoint). */
  readonly redactOptions?: (transfer: Transfer) => RedactOptions | undefined;
  /** Refuses a transfer before the engine runs (the vendor catalog's `unknownEndpoints: refuse`). */
  readonly admit?: (transfer: Transfer) => Refusal | undefined;
  /** Collect process metrics too (default true). */
  readonly defaultMetrics?: boolean;
}

/** Addresses a started gateway listens on. */
export interface GatewayAddresses {
  readonly port: number;
  /** The admin (metrics) port, or `null` when disabled. */
  readonly adminPort: number | null;
}

/** A gateway instance. */
export interface Gateway {
  /** The express app of the main port; it serves `/healthz` (transfers bypass it). */
  readonly app: Express;
  readonly metrics: GatewayMetrics;
  /** Upstream base URL per recipient, as resolved from the config and the policy defaults. */
  readonly upstreams: ReadonlyMap<string, URL>;
  /** Starts both servers; resolves once /healthz answers 200. */
  listen(): Promise<GatewayAddresses>;
  /**
   * Stops accepting, lets in-flight transfers finish (up to `shutdownGraceMs`), then closes the
   * remaining connections and flushes spans. Safe to call twice.
   */
  close(): Promise<void>;
}

/** Resolves every recipient's upstream: the configured one, else the policy's default. */
export function resolveUpstreams(
  policy: CompiledPolicy,
  configured: Readonly<Record<string, string>>,
): Map<string, URL> {
  for (const key of Object.keys(configured)) {
    const id = recipientOfRouteKey(key);
    if (!policy.recipients.has(id)) {
      throw new TypeError(`--upstream names "${id}", which is no recipient of the policy`);
    }
  }
  const out = new Map<string, URL>();
  for (const [id, recipient] of policy.recipients) {
    out.set(id, new URL(configured[id] ?? recipient.defaultUpstream));
  }
  // named upstreams (`tencent:sms`): a second host for a recipient whose APIs live on several
  for (const [key, url] of Object.entries(configured)) if (key.includes(":")) out.set(key, new URL(url));
  return out;
}

interface Exchange {
  route: Route | null;
  report: RedactionReport | null;
  decision: TransferDecision;
  errorCode: string | null;
}

function listenOn(server: Server | HttpsServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/** HTTP/1.1 needs exactly one Host header, HTTP/1.0 at most one (RFC 9112 section 3.2). */
function hostHeaderValid(req: IncomingMessage): boolean {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]?.toLowerCase() === "host") count++;
  return req.httpVersion === "1.0" ? count <= 1 : count === 1;
}

/** Whether express's `/healthz` route could match `url` (case-insensitive, optional trailing slash, any query). */
function isHealthzPath(url: string): boolean {
  const q = url.indexOf("?");
  const path = (q < 0 ? url : url.slice(0, q)).toLowerCase();
  return path === "/healthz" || path === "/healthz/";
}

/** Builds a gateway; nothing listens until `listen()`. Throws on an inconsistent configuration. */
export function createGateway(options: GatewayOptions): Gateway {
  const { config, policy, redactor, logger, telemetry } = options;
  const upstreams = resolveUpstreams(policy, config.upstreams);
  const metrics = createMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  const codecs = createCodecRegistry([...(options.codecs ?? []), ...BUILTIN_CODECS]);
  const hooks = [...DEFAULT_PRE_FORWARD_HOOKS, ...(options.hooks ?? [])];
  const callerAuth = createCallerAuth(config.callerTokenHashes);
  const forwarder = createForwarder({
    origins: [...upstreams.values()].map((u) => u.origin),
    timeoutMs: config.upstreamTimeoutMs,
    idleMs: config.upstreamIdleMs,
  });
  const deps = {
    policy,
    redactor,
    codecs,
    upstreams,
    maxInflatedBytes: config.maxInflatedBytes,
    hooks,
    ...(options.redactOptions === undefined ? {} : { redactOptions: options.redactOptions }),
    ...(options.admit === undefined ? {} : { admit: options.admit }),
  };

  /** Fails the body read in progress on a socket (a framing error Node's parser found). */
  const bodyReads = new WeakMap<Duplex, (reason: Error) => void>();
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  const startSpan = (req: { method?: string | undefined; headers: IncomingHttpHeaders }): Span => {
    return telemetry.tracer.startSpan(
      `${safeMethod(req.method ?? "GET")} transfer`,
      { kind: SpanKind.SERVER },
      callerContext(req.headers),
    );
  };

  const finish = (
    req: { method?: string | undefined },
    span: Span,
    started: bigint,
    ex: Exchange,
    status: number,
  ): void => {
    const parts = reportParts(ex.report);
    const record: TransferRecord = {
      recipient: ex.route?.recipient ?? null,
      upstream: ex.route?.upstream ?? null,
      policyVersion: policy.version,
      method: safeMethod(req.method ?? "GET"),
      pathTemplate: ex.route === null ? "" : templatePath(`/${ex.route.recipient}${ex.route.path}`),
      queryTemplate: ex.route === null ? "" : templateQuery(ex.route.query),
      decision: ex.decision,
      errorCode: ex.errorCode,
      status,
      durationSeconds: Number(process.hrtime.bigint() - started) / 1e9,
      ...parts,
    };
    if (span.isRecording()) {
      span.updateName(`${record.method} ${routeOf(record)}`);
      span.setAttributes(spanAttributes(record));
      // A 4xx is the caller's error, not the server's; an answer the vendor broke off is an
      // error whatever status it began with (session 20).
      if (ex.errorCode !== null && (status >= 500 || ex.errorCode === "upstream_response_incomplete"))
        span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    metrics.record(record);
    const context = span.spanContext();
    logTransfer(logger, record, isSpanContextValid(context) ? context.traceId : undefined);
  };

  const sendRefusal = (res: ServerResponse, r: Refusal, closeConnection: boolean): void => {
    if (res.headersSent || r.code === "client_aborted") {
      res.destroy();
      return;
    }
    const body = refusalBody(r);
    res.statusCode = r.status;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    res.setHeader("content-length", Buffer.byteLength(body));
    if (r.code === "caller_unauthenticated") res.setHeader("www-authenticate", 'Bearer realm="kago-gateway"');
    if (closeConnection || draining) res.setHeader("connection", "close");
    res.end(body);
  };

  const handleTransfer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? "/";
    const started = process.hrtime.bigint();
    const span = startSpan(req);
    const ex: Exchange = { route: null, report: null, decision: "blocked", errorCode: null };
    inFlight++;
    res.once("close", () => {
      finish(req, span, started, ex, res.headersSent ? res.statusCode : 0);
      inFlight--;
      if (inFlight === 0 && drained !== null) drained();
    });
    let bodyRead = false;
    const refuse = (r: Refusal): void => {
      ex.errorCode = r.code;
      sendRefusal(res, r, !bodyRead);
    };
    try {
      if (draining) return refuse(refusal("shutting_down"));
      if (callerAuth !== null && !callerAuth.authenticate(req.headers))
        return refuse(refusal("caller_unauthenticated"));
      if (!hostHeaderValid(req)) return refuse(refusal("malformed_request"));
      const route = resolveRoute(policy, url);
      if (isRefusal(route)) return refuse(route);
      // `/tencent:sms/...` names an upstream only the flags can define
      const upstreamBase = upstreams.get(route.upstream);
      if (upstreamBase === undefined) return refuse(refusal("unknown_recipient"));
      ex.route = route;
      // A transfer coding other than chunked would reach the engine undecoded: refused unread.
      const framing = transferCodingRefusal(req.rawHeaders);
      if (framing !== null) return refuse(refusal(framing));
      // A framing error Node's parser finds in the body (a bad chunk) is answered through `res`.
      let body: Buffer;
      try {
        body = await readBody(req, config.maxBodyBytes, config.requestTimeoutMs, (abort) =>
          bodyReads.set(req.socket, abort),
        );
      } finally {
        bodyReads.delete(req.socket);
      }
      bodyRead = true;
      const result = await runPipeline(deps, {
        route,
        method: (req.method ?? "GET").toUpperCase(),
        headers: forwardableHeaders(req.rawHeaders),
        contentEncoding: req.headers["content-encoding"],
        body,
        host: req.headers.host,
        requestPath: route.form === "origin" ? (url.split("?")[0] ?? route.path) : route.path,
      });
      ex.report = result.report;
      if (!result.ok) return refuse(result.refusal);
      const out = result.outgoing;
      ex.decision = out.changed ? "redacted" : "forwarded";
      forwarder.forward(
        req,
        res,
        out,
        {
          onResponse: () => {},
          onFailure: (code) => {
            ex.errorCode = code;
            sendRefusal(res, refusal(code), false);
          },
          // The client's connection is being cut; its status stays, the transfer counts as failed.
          onResponseBroken: (code) => {
            ex.errorCode = code;
          },
        },
        returnPathOf(route, url, upstreamBase, out.method),
      );
    } catch (err) {
      refuse(err instanceof RefusalError ? err.refusal : refusal("internal_error"));
    }
  };

  const app = express();
  app.set("x-powered-by", false);
  app.set("etag", false);
  app.set("query parser", false);
  app.get("/healthz", (_req, res) => {
    if (draining) {
      sendRefusal(res, refusal("shutting_down"), true);
      return;
    }
    res.status(200).json({ status: "ok", policyVersion: policy.version });
  });
  app.use((req, res) => {
    void handleTransfer(req, res);
  });
  app.use((_err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    sendRefusal(res, refusal("internal_error"), true);
  });

  // Requests that never reach express (CONNECT, upgrades, what Node's parser rejects) are
  // answered on the socket and recorded like any other refusal.
  const refuseOnSocket = (
    req: { method?: string | undefined; headers: IncomingHttpHeaders },
    socket: Duplex,
    r: Refusal,
    extraHeaders: readonly string[] = [],
  ): void => {
    const started = process.hrtime.bigint();
    const span = startSpan(req);
    writeRawRefusal(socket, r, extraHeaders);
    finish(
      req,
      span,
      started,
      { route: null, report: null, decision: "blocked", errorCode: r.code },
      r.status,
    );
  };
  /** Responses in progress per socket (pipelined requests can have several). */
  const responsesInProgress = new WeakMap<Duplex, number>();
  /**
   * A parser error's refusal on a socket with responses in progress: answered once they are
   * written (session 16, red-team H8: the socket was destroyed, so pipelined transfers already
   * forwarded got no answer, and a retrying client sent them twice).
   */
  const refusalsAfterResponses = new WeakMap<Duplex, Refusal>();
  /**
   * Pipelined requests waiting for the answers before them, per socket, in arrival order (session
   * 18, red-team H8's HTTP/1.0 variant). Node parses pipelined requests ahead of their answers; one
   * behind an answer that closed the connection (an HTTP/1.0 answer of unknown length, a refusal
   * with `Connection: close`) was forwarded and never answered, so a retrying client sent it twice.
   * Now a request is handled only once every earlier answer on its connection is written, and only
   * while the connection stays open.
   */
  const waitingRequests = new WeakMap<Duplex, Array<() => void>>();

  /** Counts a response on `socket` as written (or its request abandoned); lets the next one go. */
  const responseDone = (socket: Duplex): void => {
    const left = (responsesInProgress.get(socket) ?? 1) - 1;
    const next = waitingRequests.get(socket)?.shift();
    if (left > 0) {
      responsesInProgress.set(socket, left);
      next?.();
      return;
    }
    responsesInProgress.delete(socket);
    waitingRequests.delete(socket);
    const pending = refusalsAfterResponses.get(socket);
    if (pending === undefined) return;
    refusalsAfterResponses.delete(socket);
    if (socket.writable) refuseOnSocket({ headers: {} }, socket, pending);
    else socket.destroy();
  };

  /** Records a pipelined request whose connection closed before its turn; nothing is forwarded. */
  const abandonPipelined = (req: IncomingMessage): void => {
    const route = resolveRoute(policy, req.url ?? "/");
    const ex: Exchange = {
      route: isRefusal(route) ? null : route,
      report: null,
      decision: "blocked",
      errorCode: "pipelined_after_close",
    };
    finish(req, startSpan(req), process.hrtime.bigint(), ex, 0);
  };

  const dispatch = (req: IncomingMessage, res: ServerResponse): void => {
    // Only /healthz is express's: a transfer goes straight to its handler, without express's
    // request/response prototypes and router walk (~5% of a 1 KB transfer's CPU). Any other
    // method or path on /healthz falls through express to the same handler, as before.
    if (isHealthzPath(req.url ?? "/")) app(req, res);
    else void handleTransfer(req, res);
  };

  const server = createMainServer(config, (req, res) => {
    const socket = req.socket;
    const earlier = responsesInProgress.get(socket) ?? 0;
    responsesInProgress.set(socket, earlier + 1);
    let counted = true;
    const done = (): void => {
      if (!counted) return;
      counted = false;
      responseDone(socket);
    };
    res.once("close", done);
    const start = (): void => {
      // Node parses a pipelined request even after the answer before it ended the connection
      if (!socket.destroyed && !socket.writableEnded) {
        dispatch(req, res);
        return;
      }
      abandonPipelined(req);
      done();
    };
    if (earlier === 0) {
      start();
      return;
    }
    const queue = waitingRequests.get(socket) ?? [];
    waitingRequests.set(socket, queue);
    queue.push(start);
  });
  server.on("connect", (req: IncomingMessage, socket: Duplex) => {
    refuseOnSocket(req, socket, refusal("connect_not_supported"), [
      "Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    ]);
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    refuseOnSocket(req, socket, refusal("upgrade_not_supported"));
  });
  // An Expect other than 100-continue: without this listener Node answers a bare 417 that no log
  // line, span or metric records (session 16, red-team H7). The body is never read.
  server.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const span = startSpan(req);
    const r = refusal("expectation_failed");
    res.once("close", () => {
      finish(
        req,
        span,
        started,
        { route: null, report: null, decision: "blocked", errorCode: r.code },
        res.headersSent ? res.statusCode : 0,
      );
    });
    sendRefusal(res, r, true);
  });
  server.on("clientError", (err: Error & { code?: unknown }, socket: Duplex) => {
    const r = clientErrorRefusal(err);
    // While a body is read, the request handler answers and records the refusal (a client that
    // went away is only recorded). A client gone mid-head only ends the socket. An error after
    // requests whose answers are in progress (pipelining) is answered after them.
    const reading = bodyReads.get(socket);
    if (reading !== undefined) {
      reading(new RefusalError(r));
      return;
    }
    if (r.code === "client_aborted" || !socket.writable) {
      socket.destroy();
      return;
    }
    // requests read before the error are answered first, then the refusal (see above)
    if (responsesInProgress.has(socket)) {
      refusalsAfterResponses.set(socket, r);
      return;
    }
    refuseOnSocket({ headers: {} }, socket, r);
  });

  const admin =
    config.adminPort === null
      ? null
      : createServer((req, res) => {
          if (req.method === "GET" && (req.url === "/metrics" || req.url?.startsWith("/metrics?"))) {
            metrics.exposition().then(
              (text) => {
                res.writeHead(200, { "content-type": metrics.registry.contentType });
                res.end(text);
              },
              () => {
                res.writeHead(500).end();
              },
            );
            return;
          }
          res.writeHead(404, { "content-type": "text/plain" }).end("see /metrics\n");
        });

  let closing: Promise<void> | null = null;

  return {
    app,
    metrics,
    upstreams,
    async listen() {
      const port = await listenOn(server, config.port, config.host);
      const adminPort =
        admin === null ? null : await listenOn(admin, config.adminPort ?? 0, config.adminHost);
      return { port, adminPort };
    },
    close() {
      if (closing !== null) return closing;
      closing = (async () => {
        draining = true;
        forwarder.setDraining(true);
        const stopped = closeServer(server);
        if (inFlight > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, config.shutdownGraceMs);
            timer.unref();
            drained = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
        server.closeAllConnections();
        await stopped;
        if (admin !== null) {
          const adminStopped = closeServer(admin);
          admin.closeAllConnections();
          await adminStopped;
        }
        forwarder.close();
        await telemetry.shutdown();
      })();
      return closing;
    },
  };
}
