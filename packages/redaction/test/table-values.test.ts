/**
 * Values in a table written as text (`src/table-values.ts`): a CSV or TSV export, a Markdown
 * table, Meta's customer-list format. The header row names each column.
 */
import { describe, expect, it } from "vitest";
import { findTableValues } from "../src/table-values.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The cells found in `text`, as `[cell, category]`. */
const cells = (text: string) => (findTableValues(text) ?? []).map(([a, b, c]) => [text.slice(a, b), c]);

describe("findTableValues", () => {
  it("reads the rows under a CSV header by their columns' keys", () => {
    expect(cells("export:\nname,birthday\nWang Fang,1990-03-07\nLi Na,1985-12-01\n\nWang Fang,x")).toEqual([
      ["Wang Fang", "account.profile.name"],
      ["1990-03-07", "account.profile.birthday"],
      ["Li Na", "account.profile.name"],
      ["1985-12-01", "account.profile.birthday"],
    ]);
  });

  it("reads TSV, Meta's customer-list headers, quoted cells and a Markdown table", () => {
    expect(cells("email\tfn\tln\r\nastrid@example.org\tastrid\tsolberg")).toEqual([
      ["astrid@example.org", "contact.email"],
      ["astrid", "account.profile.name"],
      ["solberg", "account.profile.name"],
    ]);
    expect(cells('id,name,plan\n1,"Doe, Jane",gold')).toEqual([["Doe, Jane", "account.profile.name"]]);
    expect(cells("| name | phone | plan |\n|---|---|---|\n| Jane Doe | 13912345678 | gold |")).toEqual([
      ["Jane Doe", "account.profile.name"],
      ["13912345678", "contact.phone"],
    ]);
  });

  it("ends a table at a row of another width, and reads no header without a personal key", () => {
    expect(cells("name,city\nJane Doe,Oslo\nthe end\nJane Doe,Oslo")).toEqual([
      ["Jane Doe", "account.profile.name"],
      ["Oslo", "contact.address"],
    ]);
    expect(cells("a,b\n1,2")).toEqual([]);
    expect(cells("name, version\nreact, 18.2.0")).toEqual([]); // a bare name column takes a name's shape
    expect(cells("Hello, world\nJane, Oslo")).toEqual([]);
    expect(cells("name,phone")).toEqual([]);
    expect(
      cells("Please check your email address, so that we can\nreach you about the order, and thanks."),
    ).toEqual([]);
    expect(cells("First Name,E-mail address\nJane,jane@example.org")).toEqual([
      ["Jane", "account.profile.name"],
      ["jane@example.org", "contact.email"],
    ]);
  });

  it("sends a table's header and the other columns as they came", () => {
    expect(redactedMessage(redactorWith(), "name,plan\nJane Doe,gold\n")).toBe(
      "name,plan\n[redacted:account.profile.name],gold\n",
    );
  });
});
