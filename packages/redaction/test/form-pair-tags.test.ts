import { describe, expect, it } from "vitest";
import { readFormPairTags } from "../src/form-pair-tags.js";
import { redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

/** The form body and the query string `text` becomes for tencent (both read alike). */
function sent(text: string): [form: string, query: string] {
  const form = r.redact(transfer("tencent", { body: { kind: "form", text } }));
  const query = r.redact(transfer("tencent", { query: text }));
  if (!form.ok || !query.ok) throw new Error("refused");
  return [form.transfer.body.kind === "form" ? form.transfer.body.text : "", query.transfer.query];
}

describe("tag/value pairs written as query or form pairs (session 19)", () => {
  it.each([
    ["attr[0][name]=email&attr[0][value]=astrid%40example.org", "attr[0][name]=email"],
    ["key=phone&value=4741234567&x=1", "key=phone&x=1"],
    ["field=phone&val=4741234567", "field=phone"],
    ["Tag=Tag_Profile_IM_BirthDay&Value=19900401", "Tag=Tag_Profile_IM_BirthDay"],
    ["key=name&value=astrid+solberg", "key=name"],
    ["type=mobile&value=4741234567", "type=mobile"],
    // the value first, and a list of pair objects in bracket notation
    ["attr[0][value]=4741234567&attr[0][name]=phone", "attr[0][name]=phone"],
    [
      "attr[0][name]=phone&attr[0][value]=4741234567&attr[1][name]=name&attr[1][value]=ASTRID",
      "attr[0][name]=phone&attr[1][name]=name",
    ],
    ["key=phone&value=4741234567&key=sort&value=desc", "key=phone&key=sort&value=desc"],
  ])("%s goes as %s", (text, expected) => {
    expect(sent(text)).toEqual([expected, expected]);
  });

  it.each([
    // the tag names nothing, or the value cannot be what it names (a setting, a default, a count)
    "key=sort&value=desc",
    "field=status&val=open",
    "type=page&value=home",
    "type=email&value=weekly",
    "key=email&value=true",
    "key=phone&value=1",
    "key=email&value=",
    "name=email&value=subscribed",
    // beside a value, a name is a tag (as in a JSON pair object), not a person's name
    "attr[0][name]=utm_source&attr[0][value]=newsletter",
    // a value in another group, or no value member
    "key=phone&cd[value]=4741234567",
    "cd[value]=12.5&cd[currency]=USD&id=4741234567",
  ])("%s stays", (text) => {
    expect(sent(text)).toEqual([text, text]);
  });

  it("reports an invalid escape in a pair at the pair, as before", () => {
    const res = r.redact(transfer("tencent", { body: { kind: "form", text: "key=phone&value=%E0%A4" } }));
    expect(res.ok ? null : [res.error.code, res.error.location]).toEqual([
      "invalid_form_encoding",
      "body:value",
    ]);
  });

  it("pairs each tag with the nearest value of its group", () => {
    const keys = ["key", "value", "key", "value", "a[0][name]", "b[0][value]", "a[0][value]"];
    const values = ["phone", "4741234567", "sort", "y", "email", "z", "w@x.org"];
    const tags = readFormPairTags(keys, (i) => values[i] as string);
    expect([...(tags?.named ?? [])]).toEqual([
      [1, "contact.phone"],
      [6, "contact.email"],
    ]);
    expect([...(tags?.tags ?? [])]).toEqual([0, 2, 4]);
    expect(readFormPairTags(["q", "page", null], () => "")).toBe(null);
  });
});

describe("a flat message body is no pair's value (session 19, red team round 8 R1)", () => {
  it.each([
    "type=city&content=%E4%BB%8A%E6%99%9A%208%20https%3A%2F%2Fkago.example%2Fe%2F1024&seq=12",
    "type=avatar&content=https%3A%2F%2Fcdn.kago.example%2Fframes%2F1024.png",
    // a JSON object's answer names (`a`) are no value members among query pairs
    "type=phone&a=4741234567",
  ])("keeps %s", (text) => {
    expect(sent(text)).toEqual([text, text]);
  });

  it.each([
    ["type=phone&content=4741234567&seq=3", "type=phone&seq=3"],
    // a short phrase is a value (session 19, red team round 9 A9)
    ["kind=language&data=zh-CN+1", "kind=language"],
    ["type=name&content=astrid+solberg", "type=name"],
    // in a group, a list of pair objects, the body is read as before
    ["m[0][type]=phone&m[0][content]=474+1234+567", "m[0][type]=phone"],
  ])("%s goes as %s", (text, expected) => {
    expect(sent(text)).toEqual([expected, expected]);
  });
});

describe("a search filter's or an option's pairs (session 20, red team round 9 A8)", () => {
  it.each([
    // a name or a phone number in its own shape still goes
    ["filter[0][key]=name&filter[0][value]=astrid+solberg", "filter[0][key]=name"],
    ["filters[0][field]=phone&filters[0][value]=4741234567", "filters[0][field]=phone"],
    ["where[0][value]=%E5%BC%A0%E4%BC%9F&where[0][key]=name", "where[0][key]=name"],
    // another category's tag names its value as before
    ["filter[0][key]=birthday&filter[0][value]=19900517", "filter[0][key]=birthday"],
    // a profile's own pair list is no filter
    ["attr[0][name]=name&attr[0][value]=Large", "attr[0][name]=name"],
  ])("%s goes as %s", (text, expected) => {
    expect(sent(text)).toEqual([expected, expected]);
  });

  it.each([
    "filter[0][key]=name&filter[0][value]=iphone",
    "filters[0][field]=name&filters[0][value]=Galaxy+S24",
    "opts[0][key]=name&opts[0][value]=Large",
    "options[1][value]=iPhone+15&options[1][key]=phone",
    "search[0][type]=name&search[0][value]=Premium+Plan",
    "facets[0][key]=name&facets[0][value]=%E7%8E%AB%E7%91%B0",
  ])("%s stays", (text) => {
    expect(sent(text)).toEqual([text, text]);
  });
});

describe("a search filter's name: a person's unless it reads as a thing's (session 20)", () => {
  it.each([
    ["filter[0][key]=name&filter[0][value]=Nguy%E1%BB%85n+V%C4%83n+An", "filter[0][key]=name"],
    ["filters[0][field]=name&filters[0][value]=Oluwaseun+Adeyemi", "filters[0][field]=name"],
  ])("%s goes as %s", (text, expected) => {
    expect(sent(text)).toEqual([expected, expected]);
  });

  it.each([
    "filter[0][key]=name&filter[0][value]=gift+box",
    "filter[0][key]=name&filter[0][value]=Phone+Case",
  ])("%s stays", (text) => {
    expect(sent(text)).toEqual([text, text]);
  });
});
