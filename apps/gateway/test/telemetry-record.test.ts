import { templatePath, templateQuery } from "@kago/gateway";
import { describe, expect, it } from "vitest";

describe("templates", () => {
  it("keeps word-like path segments and hides ids and encoded text", () => {
    expect(templatePath("/facebook/v21.0/918273645501234/events")).toBe("/facebook/v21.0/{}/events");
    expect(templatePath("/tencent/users/kago_30417/x")).toBe("/tencent/users/{}/x");
    expect(templatePath("/aliyun/u/ingrid%40example.org")).toBe("/aliyun/u/{}");
    expect(templatePath("/aliyun/u/ingrid@example.org")).toBe("/aliyun/u/{}");
  });
  it("redacts every query value and templates keys", () => {
    expect(templateQuery("UserName=Ingrid%20Solberg&AppId=1290037465&flag")).toBe(
      "UserName=REDACTED&AppId=REDACTED&flag",
    );
    expect(templateQuery("ingrid%40example.org&a=1")).toBe("{}&a=REDACTED");
    expect(templateQuery("")).toBe("");
  });
});
