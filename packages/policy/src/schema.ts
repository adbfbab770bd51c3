/**
 * The policy file format (YAML or JSON), as a zod 4 schema. Every field carries `.describe()`:
 * the JSON Schema in `schema/policy.schema.json` and the README are generated from one source.
 */
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import { z } from "zod";
import { HOST_PATTERN_RE } from "./hosts.js";

/**
 * A header name as `forwardHeaders` takes it: an RFC 9110 token in lower case (the gateway
 * compares names lower-cased), so `X-Kago-Tenant` is refused with a precise issue rather than
 * never matching.
 */
const HEADER_NAME_RE = /^[a-z0-9!#$%&'*+.^_`|~-]+$/;

const categoryKeySchema = z.enum(CATEGORY_KEYS as [CategoryKey, ...CategoryKey[]]).meta({
  id: "CategoryKey",
  description:
    "A dotted category key of the @kago/personal-data taxonomy. Naming a category names all of its descendants.",
});

const citationSchema = z.string().min(1).meta({
  id: "Citation",
  description:
    "A passage quoted verbatim from the source policy text. Compared with runs of white space (line breaks included) folded to one space.",
});

const idSchema = z.string().regex(/^[a-z][a-z0-9_-]*$/, "must be lower-case letters, digits, _ or -");

const dropSchema = z
  .strictObject({
    operator: z.literal("drop").describe("Remove the value (and its field) from the transfer."),
  })
  .describe("Remove the value.");

const maskSchema = z
  .strictObject({
    operator: z.literal("mask").describe("Replace the value's characters with a mask character."),
    params: z
      .strictObject({
        char: z.string().length(1).default("*").describe("The mask character."),
        keepLast: z
          .int()
          .min(0)
          .max(4)
          .default(0)
          .describe("How many trailing characters stay visible (0 to 4)."),
      })
      .default({ char: "*", keepLast: 0 })
      .describe("Mask parameters."),
  })
  .describe("Mask the value.");

const hashSchema = z
  .strictObject({
    operator: z
      .literal("hash")
      .describe(
        "Replace the value by its HMAC-SHA-256 (hex) under the deployment's secret; never a bare hash, which is reversible by lookup.",
      ),
  })
  .describe("HMAC the value with the deployment's secret.");

const truncateSchema = z
  .strictObject({
    operator: z.literal("truncate").describe("Keep only the network prefix of an IP address."),
    params: z
      .strictObject({
        ipv4Bits: z
          .int()
          .min(0)
          .max(32)
          .default(24)
          .describe("IPv4 prefix length kept, in bits (default /24)."),
        ipv6Bits: z
          .int()
          .min(0)
          .max(128)
          .default(48)
          .describe("IPv6 prefix length kept, in bits (default /48)."),
      })
      .default({ ipv4Bits: 24, ipv6Bits: 48 })
      .describe("Truncation parameters."),
  })
  .describe("Truncate an IP address (only for network.ip_address).");

const generalizeSchema = z
  .strictObject({
    operator: z.literal("generalize").describe("Replace a date of birth by a coarser value."),
    params: z
      .strictObject({
        to: z.literal("year").default("year").describe("The coarser value: the year."),
      })
      .default({ to: "year" })
      .describe("Generalisation parameters."),
  })
  .describe("Generalise a birthday to its year (only for account.profile.birthday).");

const pseudonymizeSchema = z
  .strictObject({
    operator: z
      .literal("pseudonymize")
      .describe(
        "Replace the value by a stable token keyed with the deployment's secret: the same value of the same category gives the same token.",
      ),
  })
  .describe("Replace the value by a stable keyed pseudonym.");

/** One operator with its parameters. */
export const operatorSpecSchema = z
  .discriminatedUnion("operator", [
    dropSchema,
    maskSchema,
    hashSchema,
    truncateSchema,
    generalizeSchema,
    pseudonymizeSchema,
  ])
  .meta({
    id: "OperatorSpec",
    description: "What to do with a value of a category the recipient may not receive.",
  });

const grantSchema = z
  .strictObject({
    category: categoryKeySchema.describe("The category granted; its descendants are granted too."),
    citation: citationSchema.describe("The sentence of the source policy that grants it, verbatim."),
    reading: idSchema
      .optional()
      .describe("Id of the entry in `readings` that explains how this grant reads the citation."),
  })
  .describe("A category the recipient may receive, with the sentence that permits it.");

const recipientSchema = z
  .strictObject({
    vendor: z.string().min(1).describe("The company that receives the data, as the source policy names it."),
    purpose: z.string().min(1).describe("What the vendor receives the data for, in plain words."),
    purposeCitation: citationSchema.describe("The source policy's sentence stating the purpose, verbatim."),
    hosts: z
      .array(
        z
          .string()
          .regex(HOST_PATTERN_RE, "must be a lower-case host name, optionally starting with '*.'")
          .describe("A host name, or `*.suffix` for every host below the suffix (one or more labels)."),
      )
      .min(1)
      .describe("The vendor's API hosts. No two recipients may claim the same host."),
    defaultUpstream: z
      .url({ protocol: /^https$/ })
      .describe("The https base URL used when the deployment gives no upstream for this recipient."),
    grants: z
      .array(grantSchema)
      .default([])
      .describe("Categories the recipient may receive. Everything else is denied."),
    operators: z
      .partialRecord(categoryKeySchema, operatorSpecSchema)
      .default({})
      .describe(
        "Operator per denied category (applies to its descendants too; the nearest key wins). A category may not be both granted and given an operator.",
      ),
    defaultOperator: operatorSpecSchema
      .default({ operator: "drop" })
      .describe("Operator for denied categories the `operators` map does not name. Default: drop."),
    unknownEndpoints: z
      .enum(["enforce", "refuse"])
      .default("enforce")
      .describe(
        "Requests to an endpoint the vendor catalog does not know: `enforce` inspects them with the generic rules; `refuse` rejects them.",
      ),
    unknownHeaders: z
      .enum(["drop", "inspect"])
      .default("drop")
      .describe(
        "Request headers that are neither HTTP's standard ones, nor the vendor catalog's for this recipient, nor named in `forwardHeaders`: `drop` removes them and reports each one (the default: a vendor needs none of them); `inspect` reads them like any field (key table and value detectors) and forwards what the policy permits. Other tracing systems' headers (B3, Jaeger, Datadog, Sentry, X-Ray, Cloud Trace) are dropped either way.",
      ),
    forwardHeaders: z
      .array(
        z
          .string()
          .regex(HEADER_NAME_RE, "must be a lower-case header name")
          .describe("A header name, lower case (`x-kago-tenant`)."),
      )
      .default([])
      .describe(
        "Headers this deployment forwards to the recipient besides HTTP's standard ones and the vendor catalog's: each is still read like any field (key table and value detectors), and what the policy does not permit is removed. The way to pass one custom header without `unknownHeaders: inspect`.",
      ),
    accountIdsWithPersonalData: z
      .enum(["refuse", "pseudonymize"])
      .default("refuse")
      .describe(
        "An account id this recipient receives (a field of category account.id) whose value holds a category it may not receive, such as a phone number or e-mail address used as the user id: `refuse` the transfer (error personal_data_in_account_id; the default), or `pseudonymize` the whole id with the deployment's keyed pseudonym, the token the pseudonymize operator gives account.id (only where the vendor's client SDKs log in under the same pseudonyms). No effect where account.id is not granted.",
      ),
  })
  .describe("One recipient: a vendor, its hosts and what it may receive.");

const readingSchema = z
  .strictObject({
    id: idSchema.describe("Stable id, referenced by grants (`reading:`) and shown in reports."),
    question: z.string().min(1).describe("The open question the source text leaves."),
    decision: z.string().min(1).describe("How this policy answers it."),
    reason: z.string().min(1).describe("Why: the argument from the text."),
    citation: citationSchema.describe("The passage of the source the question is about, verbatim."),
    appliesTo: z
      .strictObject({
        recipients: z
          .array(idSchema)
          .optional()
          .describe("Recipient ids concerned; every recipient when omitted."),
        categories: z.array(categoryKeySchema).min(1).describe("Categories concerned."),
      })
      .optional()
      .describe("Which recipients and categories the reading concerns, for `explain` and reports."),
  })
  .describe("A decided reading of an open passage of the source policy.");

/** The policy file: the whole document. */
export const policyDocumentSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Editor hint: the JSON Schema of this format. Ignored."),
    version: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1-64 letters, digits, '.', '_' or '-'")
      .describe("The policy's version, reported on every span (e.g. `kago-2025.1`)."),
    source: z
      .strictObject({
        title: z.string().min(1).describe("Title of the source privacy policy."),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits")
          .describe("SHA-256 (hex) of the exact source text the citations quote."),
        file: z
          .string()
          .min(1)
          .optional()
          .describe("Path of the source text, relative to this policy file (used by `loadPolicyFile`)."),
      })
      .describe("The privacy policy text this file cites."),
    readings: z
      .array(readingSchema)
      .default([])
      .describe("Open questions the source text leaves, each with the decision taken and its reason."),
    recipients: z
      .record(idSchema, recipientSchema)
      .describe("Recipients by id; the id is the first path segment of the gateway route."),
  })
  .meta({
    title: "Kago privacy policy file",
    description:
      "Which categories of personal data each recipient may receive, each rule citing the privacy policy.",
  });

/** A policy document as written in a file (defaults not yet applied). */
export type PolicyDocumentInput = z.input<typeof policyDocumentSchema>;
/** A validated policy document, defaults applied. */
export type PolicyDocument = z.output<typeof policyDocumentSchema>;
/** One recipient of a validated policy document. */
export type RecipientDocument = PolicyDocument["recipients"][string];
/** One reading of a validated policy document. */
export type ReadingDocument = PolicyDocument["readings"][number];
/** An operator with its parameters, defaults applied. */
export type OperatorSpecDocument = z.output<typeof operatorSpecSchema>;

/** The JSON Schema (draft 2020-12) of the policy file, for editors (`yaml-language-server`). */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policyDocumentSchema, { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}
