/**
 * Host names that hold an IPv4 address written with `-` yet name a server, not a subscriber's line
 * (session 20, a red team's round 9, A3). Session 19 read `198-51-100-77.static.isp.example` as
 * the client's address an ISP's reverse-DNS (PTR) name holds; the same shape names clouds' and
 * CDNs' machines (`ec2-54-12-34-56.compute-1.amazonaws.com`, aliyun's `__hostname__` on every
 * log), Kubernetes pods and nodes (`api-7d9f8b-1-2-3-4.svc.cluster.local`), wildcard-DNS names a
 * developer points at a server (`8-8-8-8.sslip.io`) and the hosts of URLs a page loads
 * (`https://52-12-34-56.cdn.kago.com/app.js`), which went to aliyun with the address redacted. A
 * server's address is an operator's, no person's. Such a name is told by:
 * - its domain: a cloud's, a CDN's or a wildcard DNS's ({@link SERVER_DOMAINS}), or a top-level
 *   domain for private use (`.internal`, `.local`: no ISP's PTR ends so);
 * - a server's word as the label part just before the address (`ec2-`, `gke-`, `node-`) or as the
 *   label just after it (`.cdn.`, `.svc.`, `.build.`), see {@link SERVER_WORDS}; or a generated
 *   hash just before it (`api-7d9f8b-`, a Kubernetes replica set's);
 * - a URL's authority (`//` before the name): a server a client asks for.
 * An ISP's words (`c-`, `ip-`, `host-`, `pool-`, `cpe-`, `static-`; `.static.`, `.dynamic.`,
 * `.res.`, `.hsd1.`) are none of these, so subscribers' names are read as before. A name none of
 * these rules tells apart (`part-1-2-3-4.seg.kago.net`) is still read: over-redaction, not a leak.
 */
import { isAsciiLetterCode, isDigitCode, isGlueCode } from "../values/chars.js";

/**
 * Domains whose dashed-address names are servers (session 20): clouds' public names for their
 * machines (AWS `compute-1.amazonaws.com`, S3 buckets, Google Cloud `bc.googleusercontent.com`,
 * Linode), CDNs' edges (Akamai, CloudFront) and the wildcard DNS services that resolve a name to
 * the address written in it (`sslip.io`, `nip.io`, `xip.io`), which developers point at servers.
 * Also the top-level domains for private use (RFC 6762's `local`, ICANN's `internal`, and the
 * customary `lan`, `localdomain`, `corp`, `home`, `intranet`): Kubernetes' `cluster.local`, GCE's
 * `c.<project>.internal`; no ISP's reverse-DNS name ends in one.
 */
const SERVER_DOMAINS: readonly string[] = [
  "amazonaws.com",
  "cloudfront.net",
  "googleusercontent.com",
  "linodeusercontent.com",
  "akamaitechnologies.com",
  "akamaiedge.net",
  "sslip.io",
  "nip.io",
  "xip.io",
  "local",
  "internal",
  "lan",
  "localdomain",
  "corp",
  "home",
  "intranet",
];

/**
 * Words that name a server's role, read as the label part just before a dashed address
 * (`ec2-54-12-34-56`, `gke-...-node-1-2-3-4`) or as the label just after it (`.cdn.`, `.svc.`,
 * `.edge.`; session 20): clouds' and clusters' names for machines, pods and services, and the
 * parts of a delivery network. No ISP names a subscriber's line with one; ISPs' words (`c`, `ip`,
 * `host`, `pool`, `cpe`, `dsl`, `static`, `dynamic`, `res`) are not here. `build` and `release`
 * name a version's (`1-2-3-4.build.example.com`).
 */
const SERVER_WORDS: ReadonlySet<string> = new Set(
  "ec2 gke eks aks k8s kube pod pods node nodes svc service vm vps srv server worker api web www app db lb cdn edge origin cache proxy ingress gateway compute deploy build release".split(
    " ",
  ),
);

/** The longest host name read back from a dashed address (DNS's limit). */
const MAX_NAME = 253;

/**
 * Where the host name holding the address at `start` begins: the first of the letters, digits and
 * `-` that run back from it (`ec2-` in `ec2-54-12-34-56`), at most {@link MAX_NAME} back.
 */
export function hostNameStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < MAX_NAME) {
    const c = text.charCodeAt(i - 1);
    if (!isGlueCode(c) && c !== 45) break;
    i--;
  }
  return i;
}

/**
 * True when the host name from `nameStart`, whose dashed address starts at `start` and is followed
 * by `domain` (the rest of the name, `.compute-1.amazonaws.com` or `-dynamic.isp.example`), names
 * a server, not a subscriber's line (see the module note).
 */
export function namesServer(text: string, nameStart: number, start: number, domain: string): boolean {
  if (nameStart >= 2 && text.charCodeAt(nameStart - 1) === 47 && text.charCodeAt(nameStart - 2) === 47)
    return true; // a URL's host: `https://52-12-34-56.cdn.kago.com/app.js`
  const lower = domain.toLowerCase();
  for (const server of SERVER_DOMAINS) {
    if (lower.endsWith(server) && lower.charCodeAt(lower.length - server.length - 1) === 46) return true;
  }
  const firstDot = lower.indexOf(".");
  const nextDot = lower.indexOf(".", firstDot + 1);
  if (SERVER_WORDS.has(lower.slice(firstDot + 1, nextDot))) return true;
  if (nameStart === start) return false;
  const part = text.slice(partStart(text, nameStart, start - 1), start - 1);
  return SERVER_WORDS.has(part.toLowerCase()) || isGeneratedHash(part);
}

/** Where the label part that ends at the `-` at `dash` begins (not before `nameStart`). */
function partStart(text: string, nameStart: number, dash: number): number {
  let i = dash;
  while (i > nameStart && text.charCodeAt(i - 1) !== 45) i--;
  return i;
}

/**
 * A generated hash as a name's part (`7d9f8b6c4`, `x2x9z`: the suffixes Kubernetes gives a
 * replica set's and a pod's names): five to sixteen letters and digits, two digits or more and a
 * letter. ISPs' words before an address are letters (`pool`, `static`), at most one digit.
 */
function isGeneratedHash(part: string): boolean {
  if (part.length < 5 || part.length > 16) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (isDigitCode(c)) digits++;
    else if (isAsciiLetterCode(c)) letters++;
    else return false;
  }
  return digits >= 2 && letters >= 1;
}
