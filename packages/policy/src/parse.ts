/**
 * Reading a policy file: YAML or JSON text to a validated {@link PolicyDocument}, with every
 * problem located by its path in the document and, where possible, its line in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import type { PolicyIssue, PolicyIssueCode } from "./issues.js";
import { type PolicyDocument, policyDocumentSchema } from "./schema.js";

/** The syntax of a policy file. */
export type PolicyFormat = "yaml" | "json";

/** Finds the 1-based line of a document path (or of its nearest existing parent). */
export type LineLocator = (path: readonly (string | number)[], atKey?: boolean) => number | undefined;

/** The result of {@link parsePolicyDocument}. */
export type ParseResult =
  | { readonly ok: true; readonly document: PolicyDocument; readonly locate: LineLocator }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** The policy format a file name implies (`.yaml`, `.yml`, `.json`), or `undefined`. */
export function formatForFileName(fileName: string): PolicyFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".json")) return "json";
  return undefined;
}

/**
 * Parses and validates a policy file's text. JSON is also read through the YAML parser (JSON is
 * YAML 1.2), only to find line numbers and repeated keys, which `JSON.parse` silently merges.
 */
export function parsePolicyDocument(text: string, format: PolicyFormat): ParseResult {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;

  let data: unknown;
  if (format === "json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      const line = position === undefined ? yamlDoc.errors[0]?.pos[0] : Number(position);
      return {
        ok: false,
        issues: [syntaxIssue("not valid JSON", line === undefined ? undefined : lineAt(line))],
      };
    }
  } else {
    if (yamlDoc.errors.length > 0) {
      return {
        ok: false,
        issues: yamlDoc.errors.map((e) => syntaxIssue(firstLine(e.message), lineAt(e.pos[0]))),
      };
    }
    data = yamlDoc.toJS({ maxAliasCount: 100 });
  }

  const locate: LineLocator = (path, atKey = false) => {
    if (format === "json" && yamlDoc.errors.length > 0) return undefined;
    const range = locateNode(yamlDoc.contents, path, atKey);
    return range === undefined ? undefined : lineAt(range);
  };

  const duplicates =
    format === "json" && yamlDoc.errors.length > 0 ? [] : findDuplicateKeys(yamlDoc.contents, [], lineAt);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };

  const parsed = policyDocumentSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.flatMap((i) => fromZodIssue(i, locate)) };
  }
  return { ok: true, document: parsed.data, locate };
}

function syntaxIssue(message: string, line: number | undefined): PolicyIssue {
  return { code: "syntax_error", path: [], message, ...(line === undefined ? {} : { line }) };
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}

/** Offset of the node (or its key) at `path`, or of the deepest existing parent. */
function locateNode(
  root: Node | null,
  path: readonly (string | number)[],
  atKey: boolean,
): number | undefined {
  let node: unknown = root;
  let best: number | undefined = (root as Node | null)?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) return best;
      const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (last && atKey) return keyStart ?? best;
      node = pair.value;
      best = (node as Node | null)?.range?.[0] ?? keyStart ?? best;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      if (node === undefined) return best;
      best = (node as Node).range?.[0] ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Repeated keys anywhere in the document; under `recipients` they are duplicate recipients. */
function findDuplicateKeys(
  node: unknown,
  path: (string | number)[],
  lineAt: (offset: number) => number,
): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (seen.has(key)) {
        const recipient = path.length === 1 && path[0] === "recipients";
        const start = pair.key.range?.[0];
        issues.push({
          code: recipient ? "duplicate_recipient" : "duplicate_key",
          path: [...path, key],
          message: recipient ? `recipient '${key}' is defined twice` : `key '${key}' appears twice`,
          ...(start === undefined ? {} : { line: lineAt(start) }),
        });
      }
      seen.add(key);
      issues.push(...findDuplicateKeys(pair.value, [...path, key], lineAt));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      issues.push(...findDuplicateKeys(item, [...path, index], lineAt));
    });
  }
  return issues;
}

/** Maps one zod issue to policy issues with stable codes. */
function fromZodIssue(issue: z.core.$ZodIssue, locate: LineLocator): PolicyIssue[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const withLine = (code: PolicyIssueCode, p: (string | number)[], message: string, atKey = false) => {
    const line = locate(p, atKey);
    return { code, path: p, message, ...(line === undefined ? {} : { line }) };
  };
  const inOperator = path.some((p) => p === "operators" || p === "defaultOperator");
  const parent = path[path.length - 2];
  const leaf = path[path.length - 1];

  if (issue.code === "unrecognized_keys") {
    // Unknown keys of the operators map are unknown categories; elsewhere, unknown fields.
    if (leaf === "operators") {
      return issue.keys.map((k) =>
        withLine("unknown_category", [...path, k], `'${k}' is not a category of the taxonomy`, true),
      );
    }
    const code: PolicyIssueCode = path.includes("params") ? "invalid_operator_params" : "invalid_field";
    return issue.keys.map((k) => withLine(code, [...path, k], `unknown field '${k}'`, true));
  }
  if (issue.code === "invalid_value" && (leaf === "category" || parent === "categories")) {
    return [withLine("unknown_category", path, "not a category of the taxonomy")];
  }
  if (issue.code === "invalid_union" && inOperator && leaf === "operator") {
    return [withLine("unknown_operator", path, issue.message)];
  }
  if (inOperator && path.includes("params")) {
    return [withLine("invalid_operator_params", path, issue.message)];
  }
  if (parent === "hosts" || (leaf === "hosts" && issue.code !== "too_small")) {
    return [withLine("invalid_host", path, issue.message)];
  }
  if (leaf === "hosts" && issue.code === "too_small") {
    return [withLine("recipient_without_hosts", path, "a recipient needs at least one host")];
  }
  if (leaf === "defaultUpstream") {
    return [withLine("invalid_upstream", path, "must be an absolute https URL")];
  }
  return [withLine("invalid_field", path, issue.message)];
}
