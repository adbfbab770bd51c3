/**
 * The display name of a mailbox (`Astrid Solberg <astrid@example.org>`): the address goes by its
 * shape, and the name before it goes because of where it stands.
 */
import { describe, expect, it } from "vitest";
import { inspectingRedactor, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const NAME = "[redacted:account.profile.name]";
const EMAIL = "[redacted:contact.email]";

const message = (text: string) => redactedMessage(r, text);

describe("display names of mailboxes", () => {
  it.each([
    ["Astrid Solberg <astrid@example.org>", `${NAME} <${EMAIL}>`],
    ['"Solberg, Astrid" <astrid@example.org>', `"${NAME}" <${EMAIL}>`],
    [
      "To: Astrid Solberg <a@example.org>, Ola Nordmann <ola@example.org>",
      `To: ${NAME} <${EMAIL}>, ${NAME} <${EMAIL}>`,
    ],
    ["cc 张三 <zhangsan@example.cn>", `cc ${NAME} <${EMAIL}>`],
    ["From: Ingrid Ødegård-Berg<ingrid@example.org>", `From: ${NAME}<${EMAIL}>`],
    // a log line's user, and the older form with the name after the address
    ["user Astrid Solberg (astrid@example.org) logged in", `user ${NAME} (${EMAIL}) logged in`],
    ["from astrid@example.org (Astrid Solberg)", `from ${EMAIL} (${NAME})`],
    ["cc <zhangsan@example.cn> (张三)", `cc <${EMAIL}> (${NAME})`],
    ["联系：欧阳小明 <x@example.cn>", `联系：${NAME} <${EMAIL}>`],
  ])("%s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });
  it.each([
    ["write to support <help@example.org> today", `write to support <${EMAIL}> today`],
    ["Kago Support astrid@example.org", `Kago Support ${EMAIL}`],
    ['"" <a@example.org>', `"" <${EMAIL}>`],
    ["mail astrid@example.org (work) or (call me)", `mail ${EMAIL} (work) or (call me)`],
    // ideographs that lead to the address, or too many for a name (translated messages)
    ["报告错误到 <bug-make@example.org>", `报告错误到 <${EMAIL}>`],
    ["请向 <i18n-zh@example.org> 报告", `请向 <${EMAIL}> 报告`],
  ])("names nobody where no mailbox stands: %s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });
  it("names the record's other text too, and a second pass changes nothing", () => {
    const text = JSON.stringify({ to: "Astrid Solberg <astrid@example.org>", note: "astrid asked twice" });
    const res = redactJsonBody(r, "aliyun", text);
    const out = res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : "";
    expect(JSON.parse(out)).toEqual({ to: `${NAME} <${EMAIL}>`, note: `${NAME} asked twice` });
    const again = redactJsonBody(r, "aliyun", out);
    expect(again.ok && again.transfer.body.kind === "json" ? again.transfer.body.text : "").toBe(out);
  });
  it("reads a header's mailbox the same way", () => {
    const res = inspectingRedactor().redact(
      transfer("aliyun", { headers: [["x-reply-to", "Astrid Solberg <astrid@example.org>"]] }),
    );
    expect(res.ok && res.transfer.headers).toEqual([["x-reply-to", `${NAME} <${EMAIL}>`]]);
  });
});
