/**
 * The claims of a JSON Web Token that name the person it was issued to (session 18). A JWT's
 * payload is a JSON claims set whose member names are registered (RFC 7519, OpenID Connect Core
 * 5.1, the IANA JWT claims registry) and mean the same in every token, so the engine reads them by
 * this plan, as it reads a vendor field its catalog tags. Outside a token the same names mean other
 * things (`sub` a subscription, a subject line or a sub-object, `oid` an order id, `picture` a
 * product's), so the plan applies only to the payload of a JWS (`base64-text.ts`, `jwsPayload`).
 *
 * Read, beyond what the key table already reads in any JSON (`email`, `name`, `given_name`,
 * `phone_number`, `birthdate`, `address`, `locale`, `nickname`, `preferred_username`, `uid`,
 * `user_id`, `ipaddr`...):
 * - `sub`, the subject: the user's account id at the issuer (`auth0|64f1...`, `kago_30417`), and
 *   `act.sub` / `may_act.sub` (RFC 8693), the account acting for it; `oid`, Microsoft Entra's
 *   object id of the user, the same in every application of the tenant;
 * - `upn` and `unique_name` (Microsoft Entra), the user's sign-in name, as `preferred_username`;
 * - `picture`, `profile` and `website` (OpenID Connect): the URLs of the user's profile picture,
 *   profile page and web page, profile data as `avatar` is;
 * - `firebase.identities` of a Firebase ID token: the user's ids at its sign-in providers.
 * A `sub` is not a person's in a token a client got for itself (OAuth client credentials), where it
 * names the client: Auth0 marks such tokens `gty: client-credentials`, Microsoft Entra
 * `idtyp: app`; there `sub` and `oid` are operational (only the structural detectors read them). Other
 * client-credentials tokens (`sub` equal to `client_id`) cannot be told from a user's by their
 * claims and are read as a user's.
 * Not read: `sid` and `session_state` (a session at the issuer, not the person), `jti`, `nonce`,
 * `at_hash` (the token's own ids and hashes), `aud`, `azp`, `client_id`, `cid`, `iss`, `tid` (the
 * application, issuer and tenant), `amr`, `acr`, `scope`, `auth_time`, `iat`, `exp`, `nbf`.
 */
import { compileFieldPlanFromTags, type PlanFieldTag, type PlanNode } from "./field-plan.js";

/** A client-credentials token: its `sub` names the client, not a person. */
const CLIENT_TOKEN_MARKS = [
  { path: "#json.gty", equals: "client-credentials" },
  { path: "#json.idtyp", equals: "app" },
] as const;

/** The tags of a claim naming the token's subject: a user's account id, unless a client's token. */
function subjectTags(path: string): PlanFieldTag[] {
  return [
    { path, category: "account.id" },
    ...CLIENT_TOKEN_MARKS.map((when) => ({ path, operational: true as const, when })),
  ];
}

/**
 * Sign-in providers whose user ids a Firebase ID token lists under `firebase.identities`
 * (`{"google.com":["1098..."],"email":["astrid@example.org"]}`): the user's account ids there.
 * The `email` and `phone` lists are read by their names already.
 */
const FIREBASE_PROVIDERS = [
  "google.com",
  "facebook.com",
  "apple.com",
  "github.com",
  "twitter.com",
  "microsoft.com",
  "yahoo.com",
  "playgames.google.com",
  "gc.apple.com",
] as const;

const CLAIM_TAGS: readonly PlanFieldTag[] = [
  ...subjectTags("#json.sub"),
  ...subjectTags("#json.oid"),
  { path: "#json.act.sub", category: "account.id" },
  { path: "#json.may_act.sub", category: "account.id" },
  { path: "#json.upn", category: "account.profile.name" },
  { path: "#json.unique_name", category: "account.profile.name" },
  { path: "#json.picture", category: "account.profile" },
  { path: "#json.profile", category: "account.profile" },
  { path: "#json.website", category: "account.profile" },
  ...FIREBASE_PROVIDERS.map((provider) => ({
    path: `#json.firebase.identities["${provider}"][]`,
    category: "account.id" as const,
  })),
];

/**
 * The plan of the text a JWS payload encodes (its `#json` child is the claims set), for the scan
 * of that text in place of the plan of the field holding the token, which has none for it.
 */
export const JWT_PAYLOAD_PLAN: PlanNode = compileFieldPlanFromTags(CLAIM_TAGS).body;

/** The plan of a JWT's claims set, the JSON document its payload encodes. */
export const JWT_CLAIMS_PLAN: PlanNode = JWT_PAYLOAD_PLAN.children.get("#json") as PlanNode;
