/**
 * A small CompiledPolicy for the engine's tests, following the contract's reading of Kago's
 * policy (packages/policy builds the real one). Every category not granted is denied with the
 * operator given for it in `operators`, else `drop`.
 */
import { CATEGORY_KEYS, type CategoryKey, TAXONOMY } from "@kago/personal-data";
import type { CompiledPolicy, CompiledRecipient, Decision, OperatorSpec } from "@kago/policy";

const GRANTS: Record<string, readonly CategoryKey[]> = {
  facebook: ["network.status"],
  aliyun: ["device", "log"],
  tencent: ["network.status", "storage", "media", "account.id"],
  zego: ["network.status", "storage", "media.microphone", "media.photo_album", "account.id"],
};

const HOSTS: Record<string, string> = {
  facebook: "graph.facebook.com",
  aliyun: "log.aliyuncs.com",
  tencent: "console.tim.qq.com",
  zego: "rtc-api.zego.im",
};

function covers(granted: ReadonlySet<CategoryKey>, category: CategoryKey): CategoryKey | null {
  let cur: CategoryKey | null = category;
  while (cur !== null) {
    if (granted.has(cur)) return cur;
    cur = TAXONOMY[cur].parent as CategoryKey | null;
  }
  return null;
}

/**
 * Builds the fixture policy; `operators` overrides the deny operator per category (all recipients),
 * `accountIds` says what every recipient does with an account id that holds personal data,
 * `headers` what every recipient does with headers outside the standard and vendor lists.
 */
export function fixturePolicy(
  operators: Partial<Record<CategoryKey, OperatorSpec>> = {},
  grants: Record<string, readonly CategoryKey[]> = GRANTS,
  accountIds: CompiledRecipient["accountIdsWithPersonalData"] = "refuse",
  headers: Pick<CompiledRecipient, "unknownHeaders" | "forwardHeaders"> = {
    unknownHeaders: "drop",
    forwardHeaders: [],
  },
): CompiledPolicy {
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, list] of Object.entries(grants)) {
    const granted = new Set(list);
    const allowed = new Set(CATEGORY_KEYS.filter((k) => covers(granted, k) !== null));
    recipients.set(id, {
      id,
      vendor: id,
      purpose: "test",
      hosts: [HOSTS[id] ?? `${id}.example`],
      defaultUpstream: `https://${HOSTS[id] ?? `${id}.example`}`,
      allowed,
      unknownEndpoints: "enforce",
      ...headers,
      accountIdsWithPersonalData: accountIds,
      decide(category: CategoryKey): Decision {
        const by = covers(granted, category);
        if (by !== null) return { kind: "allow", grant: { category: by, citation: "fixture" } };
        return {
          kind: "deny",
          operator: operators[category] ?? { operator: "drop" },
          reason: `not granted to ${id}`,
        };
      },
    });
  }
  return {
    version: "fixture-1",
    recipients,
    recipientForHost: (host) => [...recipients.values()].find((r) => r.hosts.includes(host.toLowerCase())),
  };
}
