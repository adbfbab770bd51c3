/**
 * Network status: the connection type and online state, the policy's "networking method".
 *
 * Rule: one of {@link CONNECTION_TYPES}, compared case-insensitively. The list spans what
 * Android, iOS and the vendor SDKs report (`wifi`, `4g`, `lte`, `cellular`, `none`, ...).
 *
 * False-positive policy: a closed vocabulary, so nothing else passes; words like `none` or
 * `unknown` are connection types only in a field that holds one.
 */
import { z } from "zod";

/** Connection types and online states, lower case. */
export const CONNECTION_TYPES = [
  "wifi",
  "wi-fi",
  "wlan",
  "ethernet",
  "wired",
  "cellular",
  "mobile",
  "wwan",
  "2g",
  "3g",
  "4g",
  "5g",
  "gprs",
  "edge",
  "umts",
  "hspa",
  "lte",
  "nr",
  "bluetooth",
  "vpn",
  "online",
  "offline",
  "none",
  "unknown",
] as const;

/** One connection type or online state. */
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

const known: ReadonlySet<string> = new Set(CONNECTION_TYPES);

/** True when `s` names a connection type or online state (case-insensitive). */
export function isConnectionType(s: string): boolean {
  if (s.length === 0 || s.length > 9) return false;
  return known.has(s) || known.has(s.toLowerCase());
}

/** A connection type or online state: the policy's "network status". */
export const connectionTypeSchema = z
  .stringFormat("connection-type", isConnectionType, "Not a connection type")
  .describe(`Network status: one of ${CONNECTION_TYPES.join(", ")} (case-insensitive).`);
