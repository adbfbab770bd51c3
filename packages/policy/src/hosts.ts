/**
 * Host patterns of recipients: exact names (`graph.facebook.com`) and leading wildcards
 * (`*.log.aliyuncs.com`, which matches one or more labels in front of the suffix but not the
 * suffix itself).
 */

/** A host pattern as the policy file may write it: lower-case labels, optional leading `*.`. */
export const HOST_PATTERN_RE = /^(\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Normalises a Host header or authority for look-up: lower case, port removed, trailing dots
 * removed. Returns `""` for something that cannot be a host name.
 */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[")) {
    // IPv6 literal: keep the bracketed address, drop the port.
    const end = h.indexOf("]");
    return end > 0 ? h.slice(0, end + 1) : "";
  }
  const colon = h.indexOf(":");
  if (colon >= 0) {
    if (h.indexOf(":", colon + 1) >= 0) return ""; // a bare IPv6 address is no vendor host
    h = h.slice(0, colon);
  }
  while (h.endsWith(".")) h = h.slice(0, -1);
  return h;
}

/** True when two host patterns can match a common host name. */
export function hostPatternsOverlap(a: string, b: string): boolean {
  const aWild = a.startsWith("*.");
  const bWild = b.startsWith("*.");
  const aName = aWild ? a.slice(2) : a;
  const bName = bWild ? b.slice(2) : b;
  if (!aWild && !bWild) return aName === bName;
  if (aWild && bWild) return aName === bName || aName.endsWith(`.${bName}`) || bName.endsWith(`.${aName}`);
  return aWild ? bName.endsWith(`.${aName}`) : aName.endsWith(`.${bName}`);
}

/** A compiled host table: exact names and wildcard suffixes, each mapped to a value. */
export interface HostTable<T> {
  lookup(host: string): T | undefined;
}

/** Builds a host table; later entries for the same pattern are ignored (conflicts are linted). */
export function createHostTable<T>(entries: Iterable<readonly [pattern: string, value: T]>): HostTable<T> {
  const exact = new Map<string, T>();
  const suffix = new Map<string, T>();
  for (const [pattern, value] of entries) {
    const table = pattern.startsWith("*.") ? suffix : exact;
    const name = pattern.startsWith("*.") ? pattern.slice(2) : pattern;
    if (!table.has(name)) table.set(name, value);
  }
  return {
    lookup(host) {
      const h = normalizeHost(host);
      if (h === "") return undefined;
      const hit = exact.get(h);
      if (hit !== undefined) return hit;
      // Try every proper suffix: a.b.log.aliyuncs.com -> b.log.aliyuncs.com -> log.aliyuncs.com ...
      let dot = h.indexOf(".");
      while (dot >= 0) {
        const found = suffix.get(h.slice(dot + 1));
        if (found !== undefined) return found;
        dot = h.indexOf(".", dot + 1);
      }
      return undefined;
    },
  };
}
