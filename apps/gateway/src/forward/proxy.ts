/**
 * Forwarding with http-proxy-middleware: one proxy per upstream origin, keep-alive pooled
 * agents, Host set to the upstream's (`changeOrigin`), no redirects followed, no X-Forwarded-*
 * added, TLS certificates verified. The gateway hands over the final headers and body bytes;
 * the proxy streams the vendor's response back.
 */
import type { ClientRequest, IncomingMessage, ServerResponse } from "node:http";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { parse as parseLegacyUrl } from "node:url";
import type { HeaderPair } from "@kago/redaction";
import { createProxyMiddleware, proxyEventsPlugin, type RequestHandler } from "http-proxy-middleware";
import type { GatewayErrorCode } from "../errors.js";
import { wireHeaderValue } from "../http/header-text.js";
import type { OutgoingTransfer } from "./hooks.js";

/** How a forwarded request ended, as the forwarder reports it. */
export interface ForwardCallbacks {
  /** The vendor answered with response headers (its status). */
  onResponse(status: number): void;
  /** The vendor could not be reached or was too slow; nothing was answered yet. */
  onFailure(
    code: Extract<GatewayErrorCode, "upstream_unreachable" | "upstream_timeout" | "upstream_tls_failed">,
  ): void;
}

/** Sends prepared transfers to their upstreams. */
export interface Forwarder {
  /** Forwards `out` on behalf of `req`, streaming the response into `res`. */
  forward(req: IncomingMessage, res: ServerResponse, out: OutgoingTransfer, cb: ForwardCallbacks): void;
  /** When set, responses carry `Connection: close` (the gateway is draining). */
  setDraining(draining: boolean): void;
  /** Closes pooled upstream connections. */
  close(): void;
}

interface ForwardState {
  readonly out: OutgoingTransfer;
  readonly cb: ForwardCallbacks;
  readonly timer: NodeJS.Timeout;
  proxyReq: ClientRequest | null;
  timedOut: boolean;
  settled: boolean;
}

/** Hop-by-hop response headers (transfer-encoding is left to Node's framing). */
const RESPONSE_HOP_BY_HOP = ["keep-alive", "proxy-authenticate", "proxy-connection", "trailer", "upgrade"];

const BODYLESS = new Set(["GET", "HEAD", "DELETE", "OPTIONS", "TRACE"]);

/**
 * Error codes Node gives a TLS connection whose peer certificate does not verify: OpenSSL's
 * X509 verification results (as Node names them) and Node's own host-name check.
 */
const TLS_VERIFY_CODES = new Set([
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "CERT_SIGNATURE_FAILURE",
  "CERT_NOT_YET_VALID",
  "CERT_HAS_EXPIRED",
  "ERROR_IN_CERT_NOT_BEFORE_FIELD",
  "ERROR_IN_CERT_NOT_AFTER_FIELD",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "CERT_CHAIN_TOO_LONG",
  "CERT_REVOKED",
  "INVALID_CA",
  "PATH_LENGTH_EXCEEDED",
  "INVALID_PURPOSE",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "HOSTNAME_MISMATCH",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Whether a forwarding error is the vendor's certificate failing verification. */
function isTlsVerifyFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && TLS_VERIFY_CODES.has(code);
}

/**
 * Headers as a Node header object: repeats become arrays (sent as separate lines, in order), and
 * each value as Node must be given it to write its text's UTF-8 bytes (session 17).
 */
function headerObject(headers: readonly HeaderPair[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, text] of headers) {
    const value = wireHeaderValue(text);
    const prev = out[name];
    if (prev === undefined) out[name] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[name] = [prev, value];
  }
  return out;
}

/**
 * Once the vendor's answer has started, the only signal left for a broken answer is to close
 * the client's connection: http-proxy pipes the response but does not end the client's side
 * when the vendor's connection breaks (a reset mid-body would leave the client waiting), and a
 * vendor that goes silent for `timeoutMs` while the client is reading would hold it forever. A
 * client that is not reading (the response is back-pressured) does not count as a stalled vendor.
 */
function watchResponse(proxyRes: IncomingMessage, res: ServerResponse, timeoutMs: number): void {
  const timer = setTimeout(function check() {
    if (res.writableNeedDrain) {
      timer.refresh();
      return;
    }
    proxyRes.destroy(new Error("upstream response stalled"));
    res.destroy();
  }, timeoutMs);
  proxyRes.on("data", () => timer.refresh());
  proxyRes.on("error", () => {});
  proxyRes.once("close", () => {
    clearTimeout(timer);
    if (!proxyRes.complete) res.destroy();
  });
  res.once("close", () => clearTimeout(timer));
}

/**
 * Sets the path of the upstream request to the one the gateway inspected, byte for byte, just
 * before its head is written (`end` writes it; no `Expect` is forwarded, which would have written
 * it earlier). http-proxy builds the path with `url.parse(...).path` and `urlJoin`, which drop a
 * fragment, fold `//` to `/`, escape quotes and braces and turn `http:/` into `http://`: the
 * vendor would then receive another path than the catalog matched (session 16, red-team H14).
 */
function sendPathAsInspected(upstreamRequest: ClientRequest, pathAndQuery: string): void {
  upstreamRequest.path = pathAndQuery;
}

/** Creates a forwarder for the given upstream origins. */
export function createForwarder(options: {
  readonly origins: readonly string[];
  readonly timeoutMs: number;
}): Forwarder {
  const state = new WeakMap<IncomingMessage, ForwardState>();
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  let draining = false;

  const settle = (st: ForwardState): boolean => {
    if (st.settled) return false;
    st.settled = true;
    clearTimeout(st.timer);
    return true;
  };

  const proxies = new Map<string, RequestHandler>();
  for (const origin of new Set(options.origins)) {
    const https = origin.startsWith("https:");
    proxies.set(
      origin,
      createProxyMiddleware<IncomingMessage, ServerResponse>({
        // Parsed once here, exactly as http-proxy would (it calls the legacy url.parse on a string
        // target for every request: ~1% of a 1 KB transfer's CPU).
        target: parseLegacyUrl(origin),
        changeOrigin: true,
        followRedirects: false,
        xfwd: false,
        secure: true,
        agent: https ? httpsAgent : httpAgent,
        ejectPlugins: true,
        plugins: [proxyEventsPlugin],
        pathRewrite: (_path, req) => state.get(req)?.out.target.pathAndQuery ?? "/",
        on: {
          proxyReq: (proxyReq, req) => {
            const st = state.get(req);
            if (st !== undefined) st.proxyReq = proxyReq;
          },
          proxyRes: (proxyRes, req, res) => {
            const st = state.get(req);
            if (st !== undefined && settle(st)) st.cb.onResponse(proxyRes.statusCode ?? 502);
            // The upstream's hop-by-hop headers describe the gateway's pooled connection, not the
            // client's: drop them and answer the client's own connection wish.
            const listed = String(proxyRes.headers.connection ?? "")
              .split(",")
              .map((t) => t.trim().toLowerCase());
            for (const name of [...listed, ...RESPONSE_HOP_BY_HOP])
              if (name !== "") delete proxyRes.headers[name];
            proxyRes.headers.connection = draining || !res.shouldKeepAlive ? "close" : "keep-alive";
            watchResponse(proxyRes, res, options.timeoutMs);
          },
          error: (err, req, res) => {
            const st = state.get(req as IncomingMessage);
            const response = res as ServerResponse;
            if (st === undefined || !settle(st) || response.headersSent) {
              response.destroy();
              return;
            }
            st.cb.onFailure(
              st.timedOut
                ? "upstream_timeout"
                : isTlsVerifyFailure(err)
                  ? "upstream_tls_failed"
                  : "upstream_unreachable",
            );
          },
        },
      }),
    );
  }

  return {
    forward(req, res, out, cb) {
      const proxy = proxies.get(out.target.origin);
      const headers = headerObject(out.headers);
      if (out.body.length > 0 || !BODYLESS.has(out.method))
        headers["content-length"] = String(out.body.length);
      // http-proxy copies req.headers into the upstream request when it creates it, and pipes
      // `req` into it; the body was consumed already, so `pipe` hands over the final bytes instead.
      req.headers = headers;
      Object.defineProperty(req, "pipe", {
        configurable: true,
        value: (dest: ClientRequest) => {
          sendPathAsInspected(dest, out.target.pathAndQuery);
          dest.end(out.body);
          return dest;
        },
      });
      const st: ForwardState = {
        out,
        cb,
        proxyReq: null,
        timedOut: false,
        settled: false,
        timer: setTimeout(() => {
          st.timedOut = true;
          if (st.proxyReq !== null) st.proxyReq.destroy(new Error("upstream timeout"));
          else if (settle(st)) cb.onFailure("upstream_timeout");
        }, options.timeoutMs),
      };
      state.set(req, st);
      if (proxy === undefined) {
        if (settle(st)) cb.onFailure("upstream_unreachable");
        return;
      }
      void proxy(req, res, () => {
        if (settle(st)) cb.onFailure("upstream_unreachable");
      });
    },
    setDraining(value) {
      draining = value;
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
