/**
 * The main port's server: plain HTTP, or HTTPS (optionally requiring client certificates), with
 * the request-head size limit and the header and request timeouts of the configuration.
 */
import { createServer as createHttpServer, type RequestListener, type Server } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { GatewayConfig } from "../config.js";

/**
 * Creates the main server for `listener`. Node checks the header and request timeouts on a
 * timer; it runs at a quarter of the headers timeout (at most once a second) so a 408 comes
 * close to the configured time. Node's own request timeout is only a backstop behind the body
 * reader's (`requestTimeoutMs`), which answers in the gateway's own terms. The Host header is
 * checked by the gateway, not by Node, so that its absence is answered as JSON.
 */
export function createMainServer(
  config: Pick<GatewayConfig, "maxHeaderBytes" | "headersTimeoutMs" | "requestTimeoutMs" | "tls">,
  listener: RequestListener,
): Server | HttpsServer {
  const options = {
    maxHeaderSize: config.maxHeaderBytes,
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.headersTimeoutMs + config.requestTimeoutMs + 1_000,
    connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(config.headersTimeoutMs / 4))),
    requireHostHeader: false,
    keepAliveTimeout: 65_000,
  };
  if (config.tls === null) return createHttpServer(options, listener);
  const mutual = config.tls.clientCa !== null;
  return createHttpsServer(
    {
      ...options,
      cert: config.tls.cert,
      key: config.tls.key,
      minVersion: "TLSv1.2",
      ...(mutual ? { ca: config.tls.clientCa ?? "", requestCert: true, rejectUnauthorized: true } : {}),
    },
    listener,
  );
}
