/** Loads the contract cases (contract/cases/*.json in the repo) as engine-level transfers. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { HeaderPair, Transfer, TransferBody } from "@kago/redaction";

/** One case: the transfer as the gateway would decode it, and the literal lists. */
export interface ContractCase {
  readonly name: string;
  readonly transfer: Transfer;
  readonly mustNotReach: readonly string[];
  readonly mustReach: readonly string[];
}

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../contract/cases");

interface CaseFile {
  name: string;
  destination: string;
  request: { method: string; path: string; headers: Record<string, string>; body_base64: string };
  must_not_reach: string[];
  must_reach: string[];
}

/** Every case, with gzip bodies decompressed (the gateway's codec does that before the engine). */
export function loadContractCases(): ContractCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const c = JSON.parse(readFileSync(join(CASES_DIR, file), "utf8")) as CaseFile;
      const q = c.request.path.indexOf("?");
      const headers: HeaderPair[] = Object.entries(c.request.headers)
        .filter(([name]) => name.toLowerCase() !== "host")
        .map(([name, value]) => [name.toLowerCase(), value]);
      let bytes = Buffer.from(c.request.body_base64, "base64");
      const encoding = headers.find(([n]) => n === "content-encoding")?.[1];
      if (encoding === "gzip") bytes = gunzipSync(bytes);
      const type = headers.find(([n]) => n === "content-type")?.[1] ?? "";
      const text = bytes.toString("utf8");
      const body: TransferBody =
        bytes.length === 0
          ? { kind: "none" }
          : type.includes("json")
            ? { kind: "json", text }
            : type.includes("x-www-form-urlencoded")
              ? { kind: "form", text }
              : { kind: "text", text };
      return {
        name: c.name,
        transfer: {
          recipient: c.destination,
          method: c.request.method,
          path: q === -1 ? c.request.path : c.request.path.slice(0, q),
          query: q === -1 ? "" : c.request.path.slice(q + 1),
          headers,
          body,
        },
        mustNotReach: c.must_not_reach,
        mustReach: c.must_reach,
      };
    });
}
