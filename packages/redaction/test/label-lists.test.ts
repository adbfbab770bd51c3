import { describe, expect, it } from "vitest";
import { readLabels } from "../src/label-lists.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const redacted = (text: string) => bodyOf(redactJsonBody(r, "facebook", text));

describe("column tables and parallel arrays (session 18, red team round 6 F8)", () => {
  it.each([
    [
      '{"columns":["uid","phone","birthday"],"rows":[["kago_30417","4741234567","19900401"]]}',
      '{"columns":["uid","phone","birthday"],"rows":[["","",""]]}',
    ],
    [
      '{"header":["user","mobile"],"data":[["u1","4741234567"],["u2","4798765432"]]}',
      '{"header":["user","mobile"],"data":[["u1",""],["u2",""]]}',
    ],
    ['{"fields":["phone"],"values":["4741234567"]}', '{"fields":["phone"],"values":[""]}'],
    [
      '{"keys":["phone","name"],"values":["4741234567","Astrid"]}',
      '{"keys":["phone","name"],"values":["",""]}',
    ],
    [
      '{"schema":["PHONE","FN"],"data":[["4741234567","astrid"]]}',
      '{"schema":["PHONE","FN"],"data":[["",""]]}',
    ],
    // a number keeps its place as `null`
    ['{"columns":["phone"],"rows":[[4741234567],[null]]}', '{"columns":["phone"],"rows":[[null],[null]]}'],
    // field names the key table knows are no persons' names: the labels stay, the values go
    [
      '{"p":{"names":["phone","name"],"values":["4741234567","Astrid"]}}',
      '{"p":{"names":["phone","name"],"values":["",""]}}',
    ],
    // a cell that goes by its own shape keeps its place too: the next one stays aligned
    [
      '{"keys":["note","phone","score"],"values":["astrid@example.org","4741234567",7]}',
      '{"keys":["note","phone","score"],"values":["","",7]}',
    ],
    // column descriptions: Trino's and Azure Monitor's `columns`, Kusto's `ColumnName`
    [
      '{"columns":[{"name":"uid","type":"varchar"},{"name":"phone","type":"varchar"}],"data":[["kago_30417","4741234567"]]}',
      '{"columns":[{"name":"uid","type":"varchar"},{"name":"phone","type":"varchar"}],"data":[["",""]]}',
    ],
    [
      '{"Columns":[{"ColumnName":"Mobile","DataType":"String"}],"Rows":[["4741234567"]]}',
      '{"Columns":[{"ColumnName":"Mobile","DataType":"String"}],"Rows":[[""]]}',
    ],
  ])("reads %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it.each([
    // labels that name nothing personal, or counts under personal labels (a chart)
    '{"columns":["id","score"],"rows":[["a",1],["b",2]]}',
    '{"labels":["Jan","Feb"],"data":[10,20]}',
    '{"labels":["Email","Phone"],"data":[120,45]}',
    '{"headers":["Content-Type","Accept"],"values":["application/json","text/html"]}',
    // a list of field names alone (a Graph API `fields` list)
    '{"fields":["email","name"]}',
    // values that are no list, or objects read on their own keys
    '{"keys":["phone"],"values":{"a":"x"}}',
    '{"columns":["phone"],"rows":[{"note":"x"}]}',
    // column descriptions without a name, or naming nothing personal
    '{"columns":[{"type":"varchar"}],"rows":[["4741234567x"]]}',
    '{"columns":[{"name":"id"},{"name":"score"}],"rows":[["a",1]]}',
    // labels after the values are not read (left open)
    '{"values":["4741234567"],"keys":["phone"]}',
    // a sentence is no label
    '{"columns":["what is your phone"],"rows":[["x"]]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });

  it("still drops a list of persons' names under `names`", () => {
    expect(redacted('{"names":["Astrid","Bob"],"values":[1,2]}')).toBe('{"values":[1,2]}');
    // not every label is known: the key's reading stays, and the values are read by their labels
    expect(redacted('{"names":["id","phone"],"values":["c1","4741234567"]}')).toBe('{"values":["c1",""]}');
  });

  it("reads labels by position", () => {
    expect(readLabels(["uid", "phone", "score"])).toEqual({
      categories: ["account.id", "contact.phone", null],
      allKnown: false,
    });
    expect(readLabels(["user", "mobile"])?.allKnown).toBe(true);
    expect(readLabels(["id", "score"])).toBeNull();
    expect(readLabels(["phone", "a sentence with too many words"])).toBeNull();
    expect(readLabels([])).toBeNull();
  });
});
