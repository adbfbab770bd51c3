import { reportParts, spanAttributes, type TransferRecord, templatePath, templateQuery } from "@kago/gateway";
import type { RedactionReport } from "@kago/redaction";
import { describe, expect, it } from "vitest";

describe("templates", () => {
  it("keeps the words of catalog paths and versions, hides ids and encoded text", () => {
    expect(templatePath("/facebook/v21.0/918273645501234/events")).toBe("/facebook/v21.0/{}/events");
    expect(templatePath("/tencent/v4/openim/sendmsg")).toBe("/tencent/v4/openim/sendmsg");
    expect(templatePath("/aliyun/logstores/app-log/track")).toBe("/aliyun/logstores/{}/track");
    expect(templatePath("/aliyun/u/ingrid%40example.org")).toBe("/aliyun/{}/{}");
    expect(templatePath("/aliyun/u/ingrid@example.org")).toBe("/aliyun/{}/{}");
  });
  it("hides the words a caller wrote, which may be a name (session 14)", () => {
    expect(templatePath("/facebook/v21.0/Astrid-Solberg/events")).toBe("/facebook/v21.0/{}/events");
    expect(templatePath("/tencent/people/kago_30417/x")).toBe("/tencent/{}/{}/{}");
    // `users` is a catalog path's word since session 15 (Meta's Custom Audience `/users` edge)
    expect(templatePath("/facebook/v21.0/23850000000000001/users")).toBe("/facebook/v21.0/{}/users");
  });
  it("shows a version only when it is one: a phone or an IMEI behind a v is hidden (session 16)", () => {
    for (const version of ["v21.0", "v4", "v2.12", "v2.12.1", "v1.0.0", "v99.99"])
      expect(templatePath(`/facebook/${version}/x`), version).toBe(`/facebook/${version}/{}`);
    // session 20 (red team round 10 F6): the digits of a mobile between a version's dots
    for (const digits of [
      "v4741234567",
      "v47.412.34.567",
      "v4741.0",
      "v1.2345",
      "v474.123.45",
      "v138.123.456",
      "v47.41.23",
      "v999.999.999",
    ])
      expect(templatePath(`/facebook/${digits}/events`), digits).toBe("/facebook/{}/events");
    expect(templateQuery("v490154203237518=1&v2=1&v474.123.45=1")).toBe(
      "{}=REDACTED&v2=REDACTED&{}=REDACTED",
    );
  });
  it("redacts every query value and keeps only known keys", () => {
    expect(templateQuery("UserName=Ingrid%20Solberg&AppId=1290037465&flag")).toBe(
      "UserName=REDACTED&AppId=REDACTED&{}",
    );
    expect(templateQuery("access_token=EAA&kago_user_Astrid=1&Solberg")).toBe(
      "access_token=REDACTED&{}=REDACTED&{}",
    );
    expect(templateQuery("ingrid%40example.org&email=1")).toBe("{}&email=REDACTED");
    expect(templateQuery("")).toBe("");
  });
  it("shows a removed value's location with its unknown words hidden (session 14)", () => {
    const finding = (location: string) =>
      ({ location, category: "contact.email", action: "drop", detector: "key" }) as const;
    const report = {
      endpoint: null,
      findings: [
        finding('body:["Astrid Solberg"].em'),
        finding("body:data[].user_data.em"),
        finding("body:Astrid.email"),
        finding("header:[redacted:network.ip_address]"),
        finding("body:MsgBody[].MsgContent.Text~text"),
        finding("body:CloudCustomData#json.phone"),
      ],
      categoriesSent: [],
      categoriesRemoved: ["contact.email"],
      countsByAction: { drop: 6 },
      countsByCategory: { "contact.email": 6 },
      droppedHeaders: [],
      changed: true,
    } as unknown as RedactionReport;
    expect(reportParts(report).removedPaths).toEqual([
      "body:CloudCustomData#json.phone",
      "body:MsgBody[].MsgContent.Text~text",
      "body:[{}].em",
      "body:data[].user_data.em",
      "body:{}.email",
      "header:[redacted:network.ip_address]",
    ]);
  });
});

describe("dropped headers (session 16)", () => {
  it("are counted by reason and located with their unknown names hidden", () => {
    const report = {
      endpoint: "facebook.capi.events",
      findings: [],
      categoriesSent: [],
      categoriesRemoved: [],
      countsByAction: {},
      countsByCategory: {},
      droppedHeaders: [
        { location: "header:x-kago_30417", reason: "unlisted" },
        { location: "header:[redacted:contact.email]", reason: "unlisted" },
        { location: "header:x-forwarded-user", reason: "unlisted" },
        { location: "header:x-b3-traceid", reason: "trace" },
      ],
      changed: true,
    } as const satisfies RedactionReport;
    const parts = reportParts(report);
    expect(parts.removedPaths).toEqual(["header:[redacted:contact.email]", "header:{}"]);
    expect(parts.droppedHeaders).toEqual({ unlisted: 3, trace: 1 });
    const record: TransferRecord = {
      recipient: "facebook",
      upstream: "facebook",
      policyVersion: "kago-1",
      method: "POST",
      pathTemplate: "/facebook/v21.0/{}/events",
      queryTemplate: "",
      decision: "redacted",
      errorCode: null,
      status: 200,
      durationSeconds: 0.01,
      ...parts,
    };
    expect(spanAttributes(record)).toMatchObject({
      "privacy.headers.dropped.unlisted.count": 3,
      "privacy.headers.dropped.trace.count": 1,
      "privacy.removed.paths": ["header:[redacted:contact.email]", "header:{}"],
    });
  });
});
