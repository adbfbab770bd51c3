import { Agent } from "node:http";
import express, { type Express } from "express";
import { createProxyMiddleware } from "http-proxy-middleware";

/** Where each recipient's traffic goes: recipient name to upstream base URL (path prefix kept). */
export type UpstreamMap = Readonly<Record<string, string>>;

/**
 * The baseline: what a user would run without the gateway. express + http-proxy-middleware with
 * a keep-alive agent, one mount per recipient, forwarding `/<recipient><path>` to
 * `<base URL><path>` like the gateway's routing, and inspecting nothing.
 */
export function createPassThrough(upstreams: UpstreamMap): Express {
  const agent = new Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256 });
  const app = express();
  app.disable("x-powered-by");
  for (const [recipient, target] of Object.entries(upstreams)) {
    app.use(`/${recipient}`, createProxyMiddleware({ target, agent, changeOrigin: true, xfwd: false }));
  }
  return app;
}
