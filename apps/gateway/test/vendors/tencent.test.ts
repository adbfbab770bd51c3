/**
 * tencent through the gateway: a Tencent Cloud API 3.0 call made and TC3-signed by
 * tencentcloud-sdk-nodejs-common 4.1.220 (the CommonClient every tencentcloud-sdk-nodejs product
 * client is built on) pointed at the gateway by endpoint override, and IM REST v4 requests
 * (sendmsg, portrait_set) with a real UserSig from tls-sig-api-v2 1.0.2 in the query.
 */
import { verifyTc3, verifyTcV1 } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import {
  policyWithAccountIds,
  signableOf,
  startVendorGateway,
  transfersLogged,
  useVendorRig,
  type VendorGateway,
} from "./support.js";
import { CommonClient, forwardedIm, IM_QUERY, postIm, TENCENT_TEST_CREDS } from "./tencent-support.js";

const creds = TENCENT_TEST_CREDS;
const EMAIL = "ingrid.solberg@example.org";
const PHONE = "+47 912 34 567";

const rig = useVendorRig("tencent", creds);
const { gateway } = rig;

/** The Cloud API client as docs/vendors/tencent.md points it at the gateway. */
function cloudClient(gw: VendorGateway, secretKey = creds.secretKey) {
  return new CommonClient("tms.tencentcloudapi.com", "2020-12-29", {
    credential: { secretId: creds.secretId, secretKey },
    region: "ap-singapore",
    profile: { httpProfile: { endpoint: `127.0.0.1:${gw.port}/tencent`, protocol: "http://" } },
  });
}

const settle = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    () => undefined,
  );

describe("Tencent Cloud API 3.0 from tencentcloud-sdk-nodejs-common", () => {
  const payload = { DataId: "msg-30417", Content: `reach me at ${EMAIL}`, BizType: "kago_chat" };

  it("with credentials: the e-mail is gone and the request arrives re-signed for the upstream host (verifyTc3 on the upstream side)", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    await settle(cloudClient(gw).request("TextModeration", payload));
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const text = got.body.toString("utf8");
    expect(text).not.toContain(EMAIL);
    const body = JSON.parse(text) as Record<string, string>;
    expect(body.DataId).toBe("msg-30417");
    expect(body.BizType).toBe("kago_chat");
    expect(got.headers["x-tc-action"]).toBe("TextModeration");
    expect(got.headers.host).toBe(`127.0.0.1:${rig.upstream.port}`);
    expect(verifyTc3(signableOf(got), creds)).toBe(true);
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.endpoint).toBe("tencent.cloudapi.tc3");
    expect(line?.decision).toBe("redacted");
  });

  it("without credentials: 422 stale_signature, nothing forwarded", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    await settle(cloudClient(gw).request("TextModeration", payload));
    expect(rig.upstream.received.length).toBe(before);
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.errorCode).toBe("stale_signature");
    expect(line?.status).toBe(422);
  });

  it("with credentials but a request signed with another key: refused, not re-signed", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    await settle(cloudClient(gw, "SomeoneElsesSecretKey0000000").request("TextModeration", payload));
    expect(rig.upstream.received.length).toBe(before);
    expect((await transfersLogged(gw, 1)).at(-1)?.errorCode).toBe("stale_signature");
  });

  it("an unchanged request passes with its signature untouched", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    await settle(
      cloudClient(gw).request("TextModeration", {
        DataId: "msg-1",
        Content: "aGVsbG8=",
        BizType: "kago_chat",
      }),
    );
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    // Signed by the SDK for the gateway's host and path, and forwarded as it was.
    expect(
      verifyTc3(
        {
          ...signableOf(got),
          path: "/tencent/",
          headers: [
            ...signableOf(got).headers.filter(([n]) => n !== "host"),
            ["host", `127.0.0.1:${gw.port}`],
          ],
        },
        creds,
      ),
    ).toBe(true);
  });
});

describe("Tencent Cloud API v1 (the Signature parameter) from tencentcloud-sdk-nodejs-common", () => {
  const payload = { DataId: "msg-30418", Content: `reach me at ${EMAIL}`, BizType: "kago_chat" };
  /** The client with the older signature: every parameter in a form body (POST) or the query (GET). */
  function v1Client(
    gw: VendorGateway,
    signMethod: string,
    reqMethod: "POST" | "GET",
    secretKey = creds.secretKey,
  ) {
    return new CommonClient("tms.tencentcloudapi.com", "2020-12-29", {
      credential: { secretId: creds.secretId, secretKey },
      region: "ap-singapore",
      profile: {
        signMethod,
        httpProfile: { endpoint: `127.0.0.1:${gw.port}/tencent`, protocol: "http://", reqMethod },
      },
    });
  }
  /** What the upstream got, as the v1 verifier reads it: signed for the host and path it was sent to. */
  function v1Received(got: { method: string; url: string; body: Buffer }) {
    const q = got.url.indexOf("?");
    return {
      method: got.method,
      host: `127.0.0.1:${rig.upstream.port}`,
      path: q < 0 ? got.url : got.url.slice(0, q),
      params: got.method === "GET" ? got.url.slice(q + 1) : got.body.toString("utf8"),
    };
  }

  it("the v1 common parameters are operational: a Nonce shaped like a China mobile and the Signature arrive unchanged", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    const query =
      "Action=DescribeInstances&Nonce=13812345678&Region=ap-singapore&SecretId=AKIDGatewayTestSecretId0001" +
      "&Signature=mQp%2BQ4eYGUp0UZ1HkL%2FUZbq9lTk%3D&SignatureMethod=HmacSHA1&Timestamp=1767261600&Version=2017-03-12";
    const res = await fetch(`${gw.url}/tencent/?${query}`);
    expect(res.status).toBe(200);
    const got = rig.upstream.received[before];
    expect(got?.url).toBe(`/?${query}`);
    const [line] = await transfersLogged(gw, 1);
    expect(line?.endpoint).toBe("tencent.cloudapi.get");
  });

  it.each([
    ["HmacSHA256", "POST"],
    ["HmacSHA1", "POST"],
    ["HmacSHA256", "GET"],
  ] as const)(
    "%s %s with credentials: the e-mail is gone and the call arrives re-signed for the upstream (verifyTcV1 there)",
    async (signMethod, reqMethod) => {
      const gw = await gateway(true);
      const before = rig.upstream.received.length;
      await settle(v1Client(gw, signMethod, reqMethod).request("TextModeration", payload));
      const got = rig.upstream.received[before];
      if (got === undefined) throw new Error("nothing forwarded");
      const received = v1Received(got);
      const params = new URLSearchParams(received.params);
      expect(received.params).not.toContain("ingrid");
      expect(params.get("Content")).toMatch(/^reach me at \[redacted:contact\.email\]$/);
      expect(params.get("DataId")).toBe("msg-30418");
      expect(params.get("Action")).toBe("TextModeration");
      expect(params.get("SignatureMethod")).toBe(signMethod);
      expect(verifyTcV1(received, creds)).toBe(true);
      if (reqMethod === "POST") expect(got.headers["content-length"]).toBe(String(got.body.length));
      const line = (await transfersLogged(gw, 1)).at(-1);
      expect(line?.decision).toBe("redacted");
    },
  );

  it("without credentials, or signed with another key: 422 stale_signature, nothing forwarded", async () => {
    for (const [withCreds, key] of [
      [false, creds.secretKey],
      [true, "SomeoneElsesSecretKey0000000"],
    ] as const) {
      const gw = await gateway(withCreds);
      const before = rig.upstream.received.length;
      await settle(v1Client(gw, "HmacSHA256", "POST", key).request("TextModeration", payload));
      expect(rig.upstream.received.length).toBe(before);
      const line = (await transfersLogged(gw, 1)).at(-1);
      expect(line?.errorCode).toBe("stale_signature");
      expect(line?.status).toBe(422);
    }
  });
});

describe("Tencent IM REST v4 with a tls-sig-api-v2 UserSig", () => {
  const query = IM_QUERY;

  /** Posts `msg` to sendmsg through a gateway: the request as the upstream received it. */
  async function sendmsg(msg: unknown) {
    const gw = await gateway(false);
    return { gw, got: await forwardedIm(rig, gw, "openim/sendmsg", msg) };
  }

  it("sendmsg: the query (UserSig) arrives unchanged; a phone number in the text is removed; operational fields stay", async () => {
    const msg = {
      SyncOtherMachine: 2,
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287657,
      MsgBody: [
        { MsgType: "TIMTextElem", MsgContent: { Text: `call me on ${PHONE} or mail ${EMAIL}` } },
        {
          MsgType: "TIMSoundElem",
          MsgContent: {
            Url: "https://cos.example/voice/1.silk",
            UUID: "u-1",
            Size: 8192,
            Second: 4,
            Download_Flag: 2,
          },
        },
      ],
    };
    const { gw, got } = await sendmsg(msg);
    expect(got.url).toBe(`/v4/openim/sendmsg?${query}`);
    const text = got.body.toString("utf8");
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(EMAIL);
    const sent = JSON.parse(text) as typeof msg;
    expect(sent.MsgRandom).toBe(1287657);
    expect(sent.MsgBody[0]?.MsgType).toBe("TIMTextElem");
    expect(sent.MsgBody[1]?.MsgContent).toMatchObject({ UUID: "u-1", Size: 8192, Second: 4 });
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.endpoint).toBe("tencent.im.sendmsg");
  });

  it("sendmsg: an identity card number typed in a message and the sender's name in the offline push are gone", async () => {
    const ID = "11010519491231002X";
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287659,
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: `实名认证：我的身份证号是${ID}` } }],
      OfflinePushInfo: {
        PushFlag: 0,
        Ext: JSON.stringify({ sender_name: "Ingrid Solberg", room: 7 }),
        Desc: "new message",
        ApnsInfo: { Title: "Ingrid sent you a message", BadgeMode: 1 },
      },
    });
    const text = got.body.toString("utf8");
    expect(text).not.toContain(ID);
    expect(text).not.toMatch(/ingrid/i);
    const sent = JSON.parse(text) as {
      MsgBody: Array<{ MsgContent: { Text: string } }>;
      OfflinePushInfo: { Ext: string; ApnsInfo: { Title: string; BadgeMode: number } };
    };
    expect(sent.MsgBody[0]?.MsgContent.Text).toBe("实名认证：我的身份证号是[redacted:identity.national_id]");
    expect(sent.OfflinePushInfo.Ext).toBe('{"room":7}');
    // session 15: a push title is the sender's display name by convention, profile data: it goes whole
    expect(sent.OfflinePushInfo.ApnsInfo).toEqual({ BadgeMode: 1 });
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["identity.national_id", "account.profile.name", "account.profile"]),
    );
    expect(JSON.stringify(gw.logs)).not.toContain(ID);
  });

  it("sendmsg: a location element loses its address (Desc) and coordinates (Latitude, Longitude); a custom element keeps its Desc", async () => {
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287658,
      MsgBody: [
        {
          MsgType: "TIMLocationElem",
          MsgContent: { Desc: "12 Storgata, 0155 Oslo", Latitude: 59.9127, Longitude: 10.7461 },
        },
        {
          MsgContent: { Data: '{"kind":"gift"}', Desc: "sent you a gift", Ext: "" },
          MsgType: "TIMCustomElem",
        },
      ],
    });
    const text = got.body.toString("utf8");
    for (const planted of ["Storgata", "59.9127", "10.7461"]) expect(text).not.toContain(planted);
    const sent = JSON.parse(text) as {
      MsgBody: Array<{ MsgType: string; MsgContent: Record<string, unknown> }>;
    };
    expect(sent.MsgBody[1]?.MsgContent.Desc).toBe("sent you a gift");
    expect(sent.MsgBody[1]?.MsgContent.Data).toBe('{"kind":"gift"}');
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["contact.address", "location.coordinates"]),
    );
  });

  it("sendmsg: a custom element sharing a location (longitude first as AMap writes it, a GeoJSON array, a track) loses the coordinates and keeps its other members (session 17)", async () => {
    const data = {
      businessID: "location_share",
      location: "121.473701,31.230416",
      gps: [10.7522, 59.9139],
      polyline: "116.481488,39.990464;116.482,39.991",
      pos: 3,
      note: "我在 116.481488,39.990464 附近",
    };
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287660,
      MsgBody: [
        { MsgType: "TIMCustomElem", MsgContent: { Data: JSON.stringify(data), Desc: "location", Ext: "" } },
      ],
    });
    const text = got.body.toString("utf8");
    for (const planted of ["121.473701", "10.7522", "116.481488", "39.990464"])
      expect(text).not.toContain(planted);
    const sent = JSON.parse(text) as { MsgBody: Array<{ MsgContent: { Data: string; Desc: string } }> };
    expect(JSON.parse(sent.MsgBody[0]?.MsgContent.Data ?? "")).toEqual({
      businessID: "location_share",
      pos: 3,
      note: "我在 [redacted:location.coordinates] 附近",
    });
    expect(sent.MsgBody[0]?.MsgContent.Desc).toBe("location");
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["location.coordinates"]));
    expect(JSON.stringify(gw.logs)).not.toContain("121.473701");
  });

  it("sendmsg: a card number typed into a chat is cut out of the text, and the log names its category, never its digits", async () => {
    const PAN = "4539 5787 6362 1486";
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287660,
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: `付款失败，卡号 ${PAN}，请帮我看看` } }],
    });
    const text = got.body.toString("utf8");
    expect(text).not.toContain("1486");
    const sent = JSON.parse(text) as { MsgBody: Array<{ MsgContent: { Text: string } }> };
    expect(sent.MsgBody[0]?.MsgContent.Text).toBe(
      "付款失败，卡号 [redacted:financial.payment_card]，请帮我看看",
    );
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["financial.payment_card"]));
    expect(JSON.stringify(gw.logs)).not.toContain("6362");
  });

  it("sendmsg: a phone number written past a contact filter (numerals, spaced digits, a spelt-out address, a WeChat homophone) is cut out", async () => {
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287661,
      MsgBody: [
        {
          MsgType: "TIMTextElem",
          MsgContent: { Text: "加我电话一三八 一二三四 五六七八，或者 1 3 8 1 2 3 4 5 6 7 9" },
        },
        { MsgType: "TIMTextElem", MsgContent: { Text: "邮箱zhangsan艾特qq点com，威信 astrid_wx" } },
      ],
    });
    const text = got.body.toString("utf8");
    const sent = JSON.parse(text) as { MsgBody: Array<{ MsgContent: { Text: string } }> };
    expect(sent.MsgBody[0]?.MsgContent.Text).toBe(
      "加我电话[redacted:contact.phone]，或者 [redacted:contact.phone]",
    );
    expect(sent.MsgBody[1]?.MsgContent.Text).toBe(
      "邮箱[redacted:contact.email]，威信 [redacted:contact.messenger]",
    );
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["contact.phone", "contact.email", "contact.messenger"]),
    );
    const logs = JSON.stringify(gw.logs);
    for (const secret of ["一三八", "5 6 7 9", "zhangsan", "astrid_wx"]) expect(logs).not.toContain(secret);
  });

  it("sendmsg: a number split by slashes or Chinese commas, and WeChat and QQ labels written past keyword filters, are cut out", async () => {
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287662,
      MsgBody: [
        { MsgType: "TIMTextElem", MsgContent: { Text: "电话 138/1234/5678，或者 86-139，8765，4321" } },
        { MsgType: "TIMTextElem", MsgContent: { Text: "V❤ astrid520 🐧 12345678 phone 4791234567" } },
      ],
    });
    const sent = JSON.parse(got.body.toString("utf8")) as {
      MsgBody: Array<{ MsgContent: { Text: string } }>;
    };
    expect(sent.MsgBody[0]?.MsgContent.Text).toBe(
      "电话 [redacted:contact.phone]，或者 [redacted:contact.phone]",
    );
    expect(sent.MsgBody[1]?.MsgContent.Text).toBe(
      "V❤ [redacted:contact.messenger] 🐧 [redacted:contact.messenger] phone [redacted:contact.phone]",
    );
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["contact.phone", "contact.messenger"]));
    const logs = JSON.stringify(gw.logs);
    for (const secret of ["1234/5678", "8765", "astrid520", "12345678", "4791234567"])
      expect(logs).not.toContain(secret);
  });

  it("sendmsg: a name after 我是 or a sign-off, a spaced-out address and a loosely split number after its label are cut out", async () => {
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287663,
      MsgBody: [
        { MsgType: "TIMTextElem", MsgContent: { Text: "你好，我是张伟，加我v: astrid520" } },
        {
          MsgType: "TIMTextElem",
          MsgContent: {
            Text: "mail e r i k @ g m a i l . c o m or call me on 415/555/2671\nRegards,\nAstrid Solberg",
          },
        },
      ],
    });
    const sent = JSON.parse(got.body.toString("utf8")) as {
      MsgBody: Array<{ MsgContent: { Text: string } }>;
    };
    expect(sent.MsgBody[0]?.MsgContent.Text).toBe(
      "你好，我是[redacted:account.profile.name]，加我v: [redacted:contact.messenger]",
    );
    expect(sent.MsgBody[1]?.MsgContent.Text).toBe(
      "mail [redacted:contact.email] or call me on [redacted:contact.phone]\nRegards,\n[redacted:account.profile.name]",
    );
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["account.profile.name", "contact.email", "contact.phone", "contact.messenger"]),
    );
    const logs = JSON.stringify(gw.logs);
    for (const secret of ["张伟", "astrid520", "g m a i l", "555/2671", "Solberg"])
      expect(logs).not.toContain(secret);
  });

  it("sendmsg: a custom element whose Data is JSON in base64 arrives without the e-mail, still in base64", async () => {
    const data = Buffer.from(JSON.stringify({ kind: "gift", contact: EMAIL, network: "wifi" })).toString(
      "base64",
    );
    const { gw, got } = await sendmsg({
      From_Account: "kago_30417",
      To_Account: "kago_55102",
      MsgRandom: 1287659,
      MsgBody: [{ MsgType: "TIMCustomElem", MsgContent: { Data: data, Desc: "gift", Ext: "" } }],
    });
    const sent = JSON.parse(got.body.toString("utf8")) as {
      MsgBody: Array<{ MsgContent: { Data: string } }>;
    };
    const decoded = Buffer.from(sent.MsgBody[0]?.MsgContent.Data ?? "", "base64").toString("utf8");
    expect(JSON.parse(decoded)).toEqual({ kind: "gift", network: "wifi" });
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(JSON.stringify(line)).not.toContain(EMAIL);
  });

  /** Posts `body` to the IM REST `path` through `gw`: the answer, and the request the upstream got (if any). */
  async function postImBody(gw: VendorGateway, path: string, body: unknown) {
    const { status, answer, got } = await postIm(rig, gw, path, body);
    return {
      status,
      answer,
      got,
      sent: got && (JSON.parse(got.body.toString("utf8")) as Record<string, unknown>),
    };
  }

  // session 15: a phone number used as the user id reached Tencent as "[redacted:contact.phone]",
  // the same id for every such user (their messages pooled in one account); an e-mail id lost its member
  const ID_PHONE_A = "13812345678";
  const ID_PHONE_B = "13900001111";
  const ID_E164 = "+8613700002222";
  const ID_EMAIL = "astrid.solberg@example.org";
  const ID_VALUES = [ID_PHONE_A, ID_PHONE_B, ID_E164, "13700002222", ID_EMAIL];
  const message = (from: unknown, to: unknown) => ({
    From_Account: from,
    To_Account: to,
    MsgRandom: 1287670,
    MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "see you at eight" } }],
  });

  it("an account id that is a phone number or an e-mail address refuses the call with personal_data_in_account_id; nothing reaches Tencent or the log", async () => {
    const gw = await gateway(false);
    const calls: Array<[string, unknown, string]> = [
      ["openim/sendmsg", message("kago_30417", ID_PHONE_A), "body:To_Account"],
      ["openim/sendmsg", message("kago_30417", ID_PHONE_B), "body:To_Account"],
      ["openim/sendmsg", message(ID_EMAIL, "kago_55102"), "body:From_Account"],
      ["openim/sendmsg", message("kago_30417", ID_E164), "body:To_Account"],
      ["openim/batchsendmsg", message("kago_30417", ["kago_1", ID_PHONE_A, "kago_2"]), "body:To_Account[]"],
      ["im_open_login_svc/account_import", { UserID: ID_PHONE_B, Nick: "astrid_s" }, "body:UserID"],
      [
        "group_open_http_svc/create_group",
        { Owner_Account: ID_PHONE_A, Type: "Public", Name: "g" },
        "body:Owner_Account",
      ],
      [
        "group_open_http_svc/create_group",
        { Owner_Account: "kago_30417", Type: "Public", MemberList: [{ Member_Account: ID_EMAIL }] },
        "body:MemberList[].Member_Account",
      ],
      // a word neither the catalog nor the key table knows is not shown: a caller's key may be a name
      [
        "openim/sendmsg",
        { ...message("kago_30417", "kago_55102"), Astrid_notes: { user_id: ID_PHONE_A } },
        "body:{}.user_id",
      ],
    ];
    for (const [path, body, location] of calls) {
      const { status, answer, got } = await postImBody(gw, path, body);
      expect(status, path).toBe(400);
      expect(answer.error?.code).toBe("personal_data_in_account_id");
      // the field to fix, named; never the value
      expect(answer.error?.location, path).toBe(location);
      for (const value of [...ID_VALUES, "Astrid"]) expect(JSON.stringify(answer)).not.toContain(value);
      expect(got).toBeUndefined();
    }
    const lines = await transfersLogged(gw, calls.length);
    expect(lines.map((l) => l.errorCode)).toEqual(Array(calls.length).fill("personal_data_in_account_id"));
    const logs = JSON.stringify(gw.logs);
    for (const value of ID_VALUES) expect(logs).not.toContain(value);
    // near miss: the opaque ids go as they came, a number in the text is still cut out of it
    const plain = await postImBody(gw, "openim/sendmsg", {
      ...message("kago_30417", "kago_55102"),
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: `call me on ${ID_PHONE_A}` } }],
    });
    expect(plain.status).toBe(200);
    expect(plain.sent).toMatchObject({ From_Account: "kago_30417", To_Account: "kago_55102" });
    expect(plain.got?.body.toString("utf8")).not.toContain(ID_PHONE_A);
    const group = await postImBody(gw, "group_open_http_svc/create_group", {
      Owner_Account: "kago_30417",
      Type: "Public",
      MemberList: [{ Member_Account: "kago_1", Role: "Admin" }],
    });
    expect(group.status).toBe(200);
    expect(group.sent).toEqual({
      Owner_Account: "kago_30417",
      Type: "Public",
      MemberList: [{ Member_Account: "kago_1", Role: "Admin" }],
    });
    expect((await transfersLogged(gw, calls.length + 2)).at(-1)?.endpoint).toBe("tencent.im.create-group");
  });

  it("accountIdsWithPersonalData: pseudonymize: each such id arrives as its own stable pseudonym, present, never as the number", async () => {
    const gw = await startVendorGateway({
      upstreams: { tencent: rig.upstream.url },
      policy: policyWithAccountIds("pseudonymize"),
    });
    try {
      const a = (await postImBody(gw, "openim/sendmsg", message("kago_30417", ID_PHONE_A))).sent;
      const b = (await postImBody(gw, "openim/sendmsg", message("kago_30417", ID_PHONE_B))).sent;
      const a2 = (await postImBody(gw, "openim/sendmsg", message("kago_30417", ID_PHONE_A))).sent;
      const token = a?.To_Account as string;
      expect(token).toMatch(/^psn_[a-z2-7]{26}$/);
      expect(b?.To_Account).toMatch(/^psn_[a-z2-7]{26}$/);
      expect(b?.To_Account).not.toBe(token);
      expect(a2?.To_Account).toBe(token);
      expect(a?.From_Account).toBe("kago_30417");
      // the account created for the user is the one messages are addressed to
      const imported = await postImBody(gw, "im_open_login_svc/account_import", { UserID: ID_PHONE_A });
      expect(imported.sent).toEqual({ UserID: token });
      const batch = await postImBody(
        gw,
        "openim/batchsendmsg",
        message("kago_30417", [ID_PHONE_B, "kago_1", ID_PHONE_A]),
      );
      expect(batch.sent?.To_Account).toEqual([b?.To_Account, "kago_1", token]);
      // an e-mail or E.164 id keeps its member, as a pseudonym
      const mail = (await postImBody(gw, "openim/sendmsg", message(ID_EMAIL, ID_E164))).sent;
      expect(mail?.From_Account).toMatch(/^psn_[a-z2-7]{26}$/);
      expect(mail?.To_Account).toMatch(/^psn_[a-z2-7]{26}$/);
      const forwarded = rig.upstream.received.map((r) => r.body.toString("utf8")).join("\n");
      for (const value of ID_VALUES) expect(forwarded).not.toContain(value);
      const lines = await transfersLogged(gw, 6);
      expect(lines.at(-1)?.categoriesRemoved).toEqual(
        expect.arrayContaining(["contact.email", "contact.phone"]),
      );
      const logs = JSON.stringify(gw.logs);
      for (const value of [...ID_VALUES, token]) expect(logs).not.toContain(value);
    } finally {
      await gw.close();
    }
  });

  it("portrait_set: profile fields Tencent may not get are removed, the UserSig query is untouched", async () => {
    const gw = await gateway(false);
    const got = await forwardedIm(rig, gw, "profile/portrait_set", {
      From_Account: "kago_30417",
      ProfileItem: [
        { Tag: "Tag_Profile_IM_Nick", Value: "Ingrid S." },
        { Tag: "Tag_Profile_IM_BirthDay", Value: 19941102 },
        { Tag: "Tag_Profile_IM_AllowType", Value: "AllowType_Type_NeedConfirm" },
      ],
    });
    expect(got.url).toBe(`/v4/profile/portrait_set?${query}`);
    const sent = JSON.parse(got.body.toString("utf8")) as { ProfileItem: Array<{ Tag: string }> };
    expect(sent.ProfileItem.map((p) => p.Tag)).toEqual(["Tag_Profile_IM_AllowType"]);
    expect((await transfersLogged(gw, 1)).at(-1)?.endpoint).toBe("tencent.im.portrait-set");
  });
});
