/** Turns a captured request into the SignableRequest the signature functions read. */
import type { SignableRequest } from "@kago/vendors";
import type { Captured } from "./real-clients.js";

export function toSignable(captured: Captured): SignableRequest {
  const q = captured.url.indexOf("?");
  const headers: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(captured.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.push([name, v]);
  }
  return {
    method: captured.method,
    path: q < 0 ? captured.url : captured.url.slice(0, q),
    query: q < 0 ? "" : captured.url.slice(q + 1),
    headers,
    body: new Uint8Array(captured.body),
  };
}
