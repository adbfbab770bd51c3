/**
 * `kago-policy dry-run <captures.jsonl>`: what the gateway would do to captured outbound
 * transfers under a policy, without sending anything. Each line of the file is one transfer
 * (validated with zod: recipient, method, path, query, headers, body); each goes through the
 * vendor catalog (which endpoint, which payload plan) and the engine's classification, exactly
 * as the gateway would run them. The output names endpoints, categories, locations and error
 * codes; never a path, a value or a body: a capture holds personal data, a report must not.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CategoryKey } from "@kago/personal-data";
import type { CompiledPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  compileFieldPlanFromTags,
  createRedactor,
  type FieldPlan,
  type RedactionReport,
  type Transfer,
} from "@kago/redaction";
import {
  decodeSlsBody,
  type RecipientId,
  VENDOR_CATALOG,
  VendorCodecError,
  type VendorEndpoint,
} from "@kago/vendors";
import { z } from "zod";
import { type CliIo, EXIT, UsageError } from "../io.js";
import { loadPolicyArgument } from "../policy-source.js";
import { formatIssue } from "./lint.js";

/** One captured transfer, one JSON object per line of the captures file. */
export const captureSchema = z
  .object({
    recipient: z.string().min(1).describe("The recipient id the transfer goes to (facebook, aliyun, ...)."),
    method: z.string().min(1).default("POST").describe("HTTP method."),
    path: z.string().startsWith("/").describe("The vendor path, raw, without the query."),
    query: z.string().default("").describe("The raw query without '?'."),
    headers: z
      .array(z.tuple([z.string().min(1), z.string()]))
      .default([])
      .describe("Header pairs as sent, in order."),
    body: z.string().default("").describe("The body as text (decoded from its content coding)."),
    bodyBase64: z
      .base64()
      .optional()
      .describe(
        "A binary body instead of `body`: an SLS PutLogs protobuf LogGroup (lz4 or deflate as its headers say).",
      ),
    bodyKind: z
      .enum(["json", "form", "text", "none"])
      .optional()
      .describe("How to read the body; by default from the content-type header."),
  })
  .strict()
  .refine((c) => c.bodyBase64 === undefined || c.body === "", {
    message: "body and bodyBase64 exclude each other",
  })
  .describe("A captured outbound transfer.");

/** A capture as read. */
export type Capture = z.infer<typeof captureSchema>;

/** What the dry run found for one line. */
export interface DryRunResult {
  readonly line: number;
  readonly recipient: string;
  /** The catalog endpoint, `unknown` when the catalog knows the recipient but not the endpoint, or null. */
  readonly endpoint: string | null;
  readonly outcome: "unchanged" | "redacted" | "refused";
  /** For a refusal: the error code and, when the engine gives one, where. */
  readonly error?: { readonly code: string; readonly location?: string };
  readonly report?: RedactionReport;
}

/** A line that is not a valid capture. */
export interface DryRunIssue {
  readonly line: number;
  readonly message: string;
}

/** How to read the body: as told, by its content type like the gateway, or the gateway's refusal code. */
function bodyKindOf(
  capture: Capture,
): NonNullable<Capture["bodyKind"]> | "missing_content_type" | "unsupported_media_type" {
  if (capture.bodyKind !== undefined) return capture.bodyKind;
  if (capture.body === "") return "none";
  const type = capture.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1]?.toLowerCase();
  if (type === undefined) return "missing_content_type";
  if (type.includes("json")) return "json";
  if (type.includes("x-www-form-urlencoded")) return "form";
  if (type.startsWith("text/")) return "text";
  return "unsupported_media_type";
}

/**
 * The body of a binary capture as the gateway's SLS codec hands it to the engine: the LogGroup's
 * JSON text. A refusal code (the codec's) when it does not decode, or is not an SLS protobuf.
 */
function binaryBody(capture: Capture, bytes: Uint8Array): { text: string } | { refusal: string } {
  const header = (name: string) => capture.headers.find(([n]) => n.toLowerCase() === name)?.[1];
  const type = header("content-type")?.toLowerCase() ?? "";
  if (capture.recipient !== "aliyun" || !type.startsWith("application/x-protobuf"))
    return { refusal: "unsupported_media_type" };
  try {
    const { logGroup } = decodeSlsBody(bytes, {
      compressType: header("x-log-compresstype"),
      bodyRawSize: header("x-log-bodyrawsize"),
    });
    return { text: JSON.stringify(logGroup) };
  } catch (error) {
    return { refusal: error instanceof VendorCodecError ? error.code : "sls_protobuf_invalid" };
  }
}

function transferOf(capture: Capture, kind: "json" | "form" | "text" | "none"): Transfer {
  return {
    recipient: capture.recipient,
    method: capture.method.toUpperCase(),
    path: capture.path,
    query: capture.query,
    headers: capture.headers.map(([n, v]) => [n.toLowerCase(), v] as [string, string]),
    body: kind === "none" ? { kind: "none" } : { kind, text: capture.body },
  };
}

/** A refusal of the transfer on `line` (the gateway's or the engine's code, and where). */
function refusedResult(
  line: number,
  recipient: string,
  endpoint: string | null,
  code: string,
  location?: string,
): DryRunResult {
  return {
    line,
    recipient,
    endpoint,
    outcome: "refused",
    error: location === undefined ? { code } : { code, location },
  };
}

/** What a dry run needs across lines: the engine, and plans compiled once per endpoint. */
interface DryRunner {
  readonly policy: CompiledPolicy;
  /** The recipients the vendor catalog knows. */
  readonly catalogRecipients: ReadonlySet<string>;
  readonly redactor: ReturnType<typeof createRedactor>;
  readonly plans: Map<string, FieldPlan>;
  readonly unknownPlan: FieldPlan;
}

function planFor(runner: DryRunner, endpoint: VendorEndpoint): FieldPlan {
  let plan = runner.plans.get(endpoint.id);
  if (plan === undefined) {
    plan = compileFieldPlanFromFields({
      endpoint: endpoint.id,
      body: endpoint.bodyFields,
      query: endpoint.queryFields,
    });
    runner.plans.set(endpoint.id, plan);
  }
  return plan;
}

/** One valid capture through the catalog and the engine, as the gateway would run it. */
function dryRunCapture(runner: DryRunner, capture: Capture, line: number): DryRunResult {
  const refused = (code: string, endpoint: string | null) =>
    refusedResult(line, capture.recipient, endpoint, code);
  const recipient = runner.policy.recipients.get(capture.recipient);
  if (recipient === undefined) return refused("unknown_recipient", null);
  let transfer: Transfer;
  if (capture.bodyBase64 !== undefined) {
    const body = binaryBody(capture, Buffer.from(capture.bodyBase64, "base64"));
    if ("refusal" in body) return refused(body.refusal, null);
    transfer = transferOf({ ...capture, body: body.text }, "json");
  } else {
    const kind = bodyKindOf(capture);
    if (kind === "missing_content_type" || kind === "unsupported_media_type") return refused(kind, null);
    transfer = transferOf(capture, kind);
  }
  if (!runner.catalogRecipients.has(capture.recipient))
    return classified(runner, transfer, line, null, undefined);
  const endpoint = VENDOR_CATALOG.match(capture.recipient, transfer);
  if (endpoint === undefined) {
    if (recipient.unknownEndpoints === "refuse") return refused("unknown_endpoint", "unknown");
    return classified(runner, transfer, line, "unknown", runner.unknownPlan);
  }
  return classified(runner, transfer, line, endpoint.id, planFor(runner, endpoint));
}

function classified(
  runner: DryRunner,
  transfer: Transfer,
  line: number,
  endpoint: string | null,
  plan: FieldPlan | undefined,
): DryRunResult {
  // the recipient's own headers (`x-log-*`, `x-tc-*`), as the gateway passes them (session 16)
  const headers = VENDOR_CATALOG.recipients.get(transfer.recipient as RecipientId)?.headers;
  const res = runner.redactor.classify(transfer, {
    ...(plan === undefined ? {} : { plan }),
    ...(headers === undefined ? {} : { headers }),
  });
  if (!res.ok) return refusedResult(line, transfer.recipient, endpoint, res.error.code, res.error.location);
  return {
    line,
    recipient: transfer.recipient,
    endpoint,
    outcome: res.report.changed ? "redacted" : "unchanged",
    report: res.report,
  };
}

/** `; headers dropped <n>` when the engine dropped headers the recipient does not need, else nothing. */
function dropped(report: RedactionReport | undefined): string {
  const n = report?.droppedHeaders.length ?? 0;
  return n === 0 ? "" : `; headers dropped ${n}`;
}

/** Runs the dry run over the lines of a captures file (blank lines are skipped). */
export function dryRun(
  text: string,
  policy: CompiledPolicy,
): { results: DryRunResult[]; issues: DryRunIssue[] } {
  const runner: DryRunner = {
    policy,
    catalogRecipients: new Set(VENDOR_CATALOG.recipients.keys()),
    // keyed operators need a secret; their outputs are never shown, so a throwaway one serves
    redactor: createRedactor({ policy, secret: randomBytes(32) }),
    plans: new Map(),
    unknownPlan: compileFieldPlanFromTags([], [], "unknown"),
  };
  const results: DryRunResult[] = [];
  const issues: DryRunIssue[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index] as string;
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      issues.push({ line, message: "not a JSON object" });
      continue;
    }
    const parsed = captureSchema.safeParse(json);
    if (parsed.success) results.push(dryRunCapture(runner, parsed.data, line));
    else
      for (const issue of parsed.error.issues)
        issues.push({ line, message: `${issue.path.join(".") || "(line)"}: ${issue.code}` });
  }
  return { results, issues };
}

/** Per recipient: transfers, refusals, and in how many transfers each category was sent or removed. */
export interface DryRunSummary {
  readonly transfers: number;
  readonly refused: number;
  readonly sent: Partial<Record<CategoryKey, number>>;
  readonly removed: Partial<Record<CategoryKey, number>>;
}

/** Sums the results per recipient. */
export function summarise(results: readonly DryRunResult[]): Record<string, DryRunSummary> {
  const out: Record<
    string,
    {
      transfers: number;
      refused: number;
      sent: Partial<Record<CategoryKey, number>>;
      removed: Partial<Record<CategoryKey, number>>;
    }
  > = {};
  for (const r of results) {
    let s = out[r.recipient];
    if (s === undefined) {
      s = { transfers: 0, refused: 0, sent: {}, removed: {} };
      out[r.recipient] = s;
    }
    s.transfers++;
    if (r.outcome === "refused") s.refused++;
    for (const c of r.report?.categoriesSent ?? []) s.sent[c] = (s.sent[c] ?? 0) + 1;
    for (const c of r.report?.categoriesRemoved ?? []) s.removed[c] = (s.removed[c] ?? 0) + 1;
  }
  return out;
}

function counts(record: Partial<Record<string, number>>): string {
  const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "-" : entries.map(([k, n]) => `${k} (${n})`).join(", ");
}

/** Runs `dry-run`; returns the exit code (1 when some line is not a valid capture). */
export function dryRunCommand(
  file: string,
  policyFile: string | undefined,
  json: boolean,
  io: CliIo,
): number {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the captures${code ? ` (${code})` : ""}`);
  }
  const loaded = loadPolicyArgument(policyFile, io.cwd);
  if (!loaded.ok) {
    const name = policyFile ?? "(built-in policy)";
    io.stdout(`${loaded.issues.map((i) => formatIssue(name, i)).join("\n")}\n`);
    return EXIT.issues;
  }
  const { results, issues } = dryRun(text, loaded.policy);
  const summary = summarise(results);
  if (json) {
    for (const r of results) io.stdout(`${JSON.stringify(r)}\n`);
    for (const i of issues) io.stdout(`${JSON.stringify({ issue: i })}\n`);
    io.stdout(`${JSON.stringify({ summary })}\n`);
  } else {
    for (const r of results) {
      const head = `${file}:${r.line}: ${r.recipient} ${r.endpoint ?? "-"}`;
      if (r.outcome === "refused")
        io.stdout(`${head}: refused ${r.error?.code}${r.error?.location ? ` at ${r.error.location}` : ""}\n`);
      else {
        const list = (categories: readonly string[] | undefined) =>
          categories === undefined || categories.length === 0 ? "-" : categories.join(", ");
        io.stdout(
          `${head}: ${r.outcome}; sent ${list(r.report?.categoriesSent)}; removed ${list(r.report?.categoriesRemoved)}${dropped(r.report)}\n`,
        );
      }
    }
    for (const i of issues) io.stdout(`${file}:${i.line}: not a valid capture: ${i.message}\n`);
    for (const [recipient, s] of Object.entries(summary))
      io.stdout(
        `\n${recipient}: ${s.transfers} transfer${s.transfers === 1 ? "" : "s"}, ${s.refused} refused; categories by the number of transfers\n  sent:    ${counts(s.sent)}\n  removed: ${counts(s.removed)}\n`,
      );
  }
  return issues.length > 0 ? EXIT.issues : EXIT.ok;
}
