/**
 * Session 20 (a red team's round 10, F16): Tencent IM's UserSig names the account it was made for
 * (`TLS.identifier`, zlib JSON in Tencent's base64 variant), and went to Tencent unread beside
 * `identifier=administrator` when it was made for a phone number, an e-mail address or a name.
 * Real sigs from tls-sig-api-v2 1.0.2, over loopback HTTP through the gateway: a sig naming another
 * account than `identifier` is refused (`usersig_identifier_mismatch`), never changed; the
 * administrator's own sig goes byte for byte.
 */
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { requireCjs, transfersLogged, useVendorRig, type VendorGateway } from "./support.js";
import { TENCENT_TEST_CREDS } from "./tencent-support.js";

const rig = useVendorRig("tencent", TENCENT_TEST_CREDS);

const SDKAPPID = 1400000417;
const TLSSigAPIv2 = requireCjs("tls-sig-api-v2") as {
  Api: new (
    sdkappid: number,
    key: string,
  ) => {
    genUserSig(userid: string, expire: number): string;
    genPrivateMapKey(userid: string, expire: number, roomid: number, privilegeMap: number): string;
  };
};
const api = new TLSSigAPIv2.Api(SDKAPPID, "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");

/** `text` zlib-compressed in Tencent's base64 variant, as tls-sig-api-v2 writes a sig. */
function tencentBase64Zlib(text: string | Buffer): string {
  return deflateSync(text).toString("base64").replace(/\+/g, "*").replace(/\//g, "-").replace(/=/g, "_");
}

const BODY = JSON.stringify({
  To_Account: "kago_55120",
  MsgRandom: 1287657,
  MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hei" } }],
});

interface Outcome {
  readonly status: number;
  readonly code: string | undefined;
  readonly answer: string;
  /** The query the upstream received, or undefined when nothing was forwarded. */
  readonly forwardedQuery: string | undefined;
  readonly line: Record<string, unknown> | undefined;
}

/** POSTs a sendmsg (or `apiPath`) with `query` through `gw`. */
async function call(gw: VendorGateway, query: string, apiPath = "openim/sendmsg"): Promise<Outcome> {
  const before = rig.upstream.received.length;
  const logged = gw.transfers().length;
  const res = await send(gw.url, {
    method: "POST",
    path: `/tencent/v4/${apiPath}?${query}`,
    headers: { "content-type": "application/json" },
    body: BODY,
  });
  const line = (await transfersLogged(gw, logged + 1))[logged];
  const got = rig.upstream.received[before];
  return {
    status: res.status,
    code: errorCode(res),
    answer: res.body.toString("utf8"),
    forwardedQuery: got?.url.split("?")[1],
    line,
  };
}

const imQuery = (identifier: string, usersig: string): string =>
  `sdkappid=${SDKAPPID}&identifier=${encodeURIComponent(identifier)}&usersig=${usersig}&random=99999999&contenttype=json`;

describe("Tencent IM UserSig: the account it names", () => {
  it("a sig made for a phone number, an e-mail address or a name beside identifier=administrator: 400, nothing sent", async () => {
    const gw = await rig.gateway(false);
    for (const account of ["13812345678", "astrid.solberg@example.org", "Astrid Solberg"]) {
      const out = await call(gw, imQuery("administrator", api.genUserSig(account, 86400)));
      expect({ status: out.status, code: out.code }, account).toEqual({
        status: 400,
        code: "usersig_identifier_mismatch",
      });
      expect(out.forwardedQuery, account).toBeUndefined();
      expect(out.line?.errorCode, account).toBe("usersig_identifier_mismatch");
      // neither the answer nor the log line carries the value
      for (const text of [out.answer, JSON.stringify(out.line)])
        for (const planted of ["13812345678", "astrid", "Solberg"]) expect(text).not.toContain(planted);
    }
  });

  it("a call the catalog does not know, a key spelled otherwise: refused the same", async () => {
    const gw = await rig.gateway(false);
    const sig = api.genUserSig("13812345678", 86400);
    for (const [query, path] of [
      [imQuery("administrator", sig), "group_open_http_svc/destroy_group"],
      [`sdkappid=${SDKAPPID}&identifier=administrator&user%73ig=${sig}&random=1`, "openim/sendmsg"],
      [`sdkappid=${SDKAPPID}&identifier=administrator&UserSig=${sig}&random=1`, "openim/sendmsg"],
    ] as const) {
      const out = await call(gw, query, path);
      expect(out.code, query.slice(0, 60)).toBe("usersig_identifier_mismatch");
      expect(out.forwardedQuery).toBeUndefined();
    }
  });

  it("the administrator's sig with no, two or another identifier, or given twice: refused", async () => {
    const gw = await rig.gateway(false);
    const sig = api.genUserSig("administrator", 86400);
    for (const query of [
      `sdkappid=${SDKAPPID}&usersig=${sig}&random=1`,
      `sdkappid=${SDKAPPID}&identifier=administrator&identifier=admin2&usersig=${sig}&random=1`,
      imQuery("Administrator", sig),
      // a server may read either: the second could be anyone's
      `${imQuery("administrator", sig)}&usersig=${api.genUserSig("13812345678", 86400)}`,
      `${imQuery("administrator", sig)}&usersig=x`,
    ])
      expect((await call(gw, query)).code, query.slice(0, 60)).toBe("usersig_identifier_mismatch");
  });

  it("a document naming no account the gateway can be sure of, or inflating past 16 KiB: refused", async () => {
    const gw = await rig.gateway(false);
    for (const doc of [
      // JSON.parse keeps the last; a reader that keeps the first would see the phone number
      '{"TLS.ver":"2.0","TLS.identifier":"13812345678","TLS.identifier":"administrator"}',
      '{"TLS.ver":"2.0","TLS\\u002eidentifier":"13812345678","TLS.identifier":"administrator"}',
      '{"TLS.ver":"2.0"}',
      '["administrator"]',
      "astrid.solberg@example.org",
      `{"TLS.identifier":"administrator","pad":"${" ".repeat(20_000)}"}`,
    ])
      expect((await call(gw, imQuery("administrator", tencentBase64Zlib(doc)))).code, doc.slice(0, 50)).toBe(
        "usersig_identifier_mismatch",
      );
  });

  it("a sig made for identifier itself when that is a phone number: the identifier's own refusal", async () => {
    const gw = await rig.gateway(false);
    const out = await call(gw, imQuery("13812345678", api.genUserSig("13812345678", 86400)));
    expect({ status: out.status, code: out.code }).toEqual({
      status: 400,
      code: "personal_data_in_identifier",
    });
    expect(out.forwardedQuery).toBeUndefined();
  });

  it("near misses: the administrator's sig, a privilege-map key, an id like kago_admin, a value that is no sig go as written", async () => {
    const gw = await rig.gateway(false);
    for (const [identifier, sig] of [
      ["administrator", api.genUserSig("administrator", 86400)],
      ["administrator", api.genPrivateMapKey("administrator", 86400, 10000, 255)],
      ["kago_admin-01", api.genUserSig("kago_admin-01", 180 * 86400)],
      ["administrator", "x"],
      ["administrator", "YWJjZGVm"],
      // Tencent's PHP library (json_encode) writes every `/` of the HMAC as `\/` (red team round 11, F3)
      [
        "administrator",
        tencentBase64Zlib(
          '{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000417,"TLS.expire":86400,"TLS.time":1764579600,"TLS.sig":"q3\\/Zb+8xWnS\\/0dKf2Lw9Yr7TgP1mHc4Ej6UaV5sXoI="}',
        ),
      ],
    ] as const) {
      const query = imQuery(identifier, sig);
      const out = await call(gw, query);
      expect(out.status, sig).toBe(200);
      // byte for byte: the sig is signed
      expect(out.forwardedQuery, sig).toBe(query);
    }
  });
});
