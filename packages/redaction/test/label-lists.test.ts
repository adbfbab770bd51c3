import { describe, expect, it } from "vitest";
import { readLabels } from "../src/label-lists.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith } from "./helpers.js";

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
      byValue: [false, true, false],
      allKnown: false,
    });
    expect(readLabels(["user", "mobile"])?.allKnown).toBe(true);
    expect(readLabels(["id", "score"])).toBeNull();
    expect(readLabels(["phone", "a sentence with too many words"])).toBeNull();
    expect(readLabels([])).toBeNull();
  });
});

describe("labels after their values, and Google DataTable rows (session 19)", () => {
  it.each([
    ['{"values":["4741234567"],"keys":["phone"]}', '{"values":[""],"keys":["phone"]}'],
    [
      '{"values":["astrid solberg","4741234567",7],"labels":["name","phone","age"]}',
      '{"values":["","",7],"labels":["name","phone","age"]}',
    ],
    [
      '{"data":[["kago_30417","4741234567"],["kago_2",4798765432]],"columns":["uid","phone"]}',
      '{"data":[["",""],["",null]],"columns":["uid","phone"]}',
    ],
    // a cell an edit inside the list already removed stays removed; the others keep their places
    [
      '{"values":["astrid@example.org","ASTRID"],"labels":["email","name"]}',
      '{"values":[""],"labels":["email","name"]}',
    ],
    // DataTable: the columns' labels name the cells `v` (and their formatted text `f`) of each row;
    // a cell's value that goes becomes `null` (session 20: valid in a column of any type)
    [
      '{"cols":[{"id":"A","label":"Phone","type":"string"},{"id":"B","label":"Name","type":"string"}],"rows":[{"c":[{"v":"4741234567","f":"474 12 345 67"},{"v":"astrid solberg"}]},{"c":[null,{"v":"ASTRID"}]}]}',
      '{"cols":[{"id":"A","label":"Phone","type":"string"},{"id":"B","label":"Name","type":"string"}],"rows":[{"c":[{"v":null,"f":null},{"v":null}]},{"c":[null,{"v":null}]}]}',
    ],
    [
      '{"rows":[{"c":[{"v":"4741234567"},{"v":12}]}],"cols":[{"id":"A","label":"Mobile","type":"string"},{"id":"B","label":"Visits","type":"number"}]}',
      '{"rows":[{"c":[{"v":null},{"v":12}]}],"cols":[{"id":"A","label":"Mobile","type":"string"},{"id":"B","label":"Visits","type":"number"}]}',
    ],
  ])("reads %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it.each([
    // counts under personal labels (a chart), labels naming nothing personal
    '{"data":[120,45],"labels":["Email","Phone"]}',
    '{"values":["desc","open"],"keys":["sort","status"]}',
    '{"data":[["a",1]],"columns":[{"name":"id"},{"name":"score"}]}',
    // a chart's DataTable of dates and counts, and `cols` of other shapes
    '{"cols":[{"id":"A","label":"Date","type":"date"},{"id":"B","label":"Count","type":"number"}],"rows":[{"c":[{"v":"Date(2026,0,1)"},{"v":4741234567}]}]}',
    '{"cols":[{"width":100},{"width":200}],"rows":[{"c":[{"v":"4741234567"}]}]}',
    '{"rows":[{"c":[{"v":"4741234567"}]}],"cols":4}',
    // rows of objects that are no DataTable's are read by their own keys
    '{"columns":["phone"],"rows":[{"c":"4741234567x"}]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });

  it("reports each cell once, by its label", () => {
    const found = (text: string) =>
      findingsOf(redactJsonBody(r, "facebook", text)).filter(([, , action]) => action !== "keep");
    expect(found('{"values":["astrid solberg"],"labels":["name"]}')).toEqual([
      ["body:values[]", "account.profile.name", "drop", "tag-value"],
    ]);
    // removed by its own shape, the cell is not read again by its label
    expect(found('{"values":["astrid@example.org"],"labels":["email"]}')).toEqual([
      ["body:values[]", "contact.email", "drop", "value"],
    ]);
  });
});

describe("columns described by their title (session 19, red team round 8 R9)", () => {
  it.each([
    // DataTables' and Ant Design's column descriptions
    [
      '{"columns":[{"title":"Name"},{"title":"Mobile"}],"rows":[["张伟","13812345678"]]}',
      '{"columns":[{"title":"Name"},{"title":"Mobile"}],"rows":[["",""]]}',
    ],
    [
      '{"columns":[{"title":"Name","dataIndex":"name"},{"title":"Visits","dataIndex":"visits"}],"data":[["Astrid",12]]}',
      '{"columns":[{"title":"Name","dataIndex":"name"},{"title":"Visits","dataIndex":"visits"}],"data":[["",12]]}',
    ],
    // a `name` before the title names the column
    [
      '{"columns":[{"name":"phone","title":"Contact"}],"rows":[["4741234567"]]}',
      '{"columns":[{"name":"phone","title":"Contact"}],"rows":[[""]]}',
    ],
  ])("reads %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it.each([
    // titles naming nothing personal, counts under personal titles (a chart), a titled series
    '{"columns":[{"title":"Month"},{"title":"Revenue"}],"rows":[["Jan",100]]}',
    '{"columns":[{"title":"Email"},{"title":"Phone"}],"data":[[120,45]]}',
    '{"series":[{"title":"Name","data":[1,2,3]}]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });
});

describe("broad labels: the cell's value decides (session 20, red team round 9 A7)", () => {
  it.each([
    // under `Name` a person's name goes, read by the engine's name readers (a full name the text
    // search found first keeps its placeholder: rewritten, not removed)
    [
      '{"cols":[{"label":"Name"},{"label":"Sales"}],"rows":[{"c":[{"v":"Astrid Solberg"},{"v":12}]},{"c":[{"v":"张伟"},{"v":3}]},{"c":[{"v":"Astrid"},{"v":1}]}]}',
      '{"cols":[{"label":"Name"},{"label":"Sales"}],"rows":[{"c":[{"v":"[redacted:account.profile.name]"},{"v":12}]},{"c":[{"v":null},{"v":3}]},{"c":[{"v":null},{"v":1}]}]}',
    ],
    [
      '{"rows":[{"c":[{"v":"王秀英"},{"v":"+47 474 12 345"}]}],"cols":[{"label":"Name"},{"label":"Phone"}]}',
      '{"rows":[{"c":[{"v":null},{"v":null}]}],"cols":[{"label":"Name"},{"label":"Phone"}]}',
    ],
    // a column table with its labels first, and after
    [
      '{"columns":["name","phone"],"rows":[["Solberg, Astrid","(555) 123-4567"],["Gift Box","iPhone 15"]]}',
      '{"columns":["name","phone"],"rows":[["",""],["Gift Box","iPhone 15"]]}',
    ],
    [
      '{"values":["astrid solberg","Premium Plan","4741234567"],"labels":["name","name","phone"]}',
      '{"values":["","Premium Plan",""],"labels":["name","name","phone"]}',
    ],
    // one table, one shape: a cell found by its value (an IP) becomes `null` as a labelled one
    [
      '{"cols":[{"label":"Device"},{"label":"IP"},{"label":"Phone"}],"rows":[{"c":[{"v":"srv1"},{"v":"8.8.8.8"},{"v":13812345678}]}]}',
      '{"cols":[{"label":"Device"},{"label":"IP"},{"label":"Phone"}],"rows":[{"c":[{"v":"srv1"},{"v":null},{"v":null}]}]}',
    ],
    ['{"rows":[{"c":[{"v":"8.8.8.8","f":"8.8.8.8"}]}]}', '{"rows":[{"c":[{"v":null,"f":null}]}]}'],
    // a label that is no broad word names its cells by itself
    [
      '{"cols":[{"label":"Full name"},{"label":"Mobile"}],"rows":[{"c":[{"v":"Premium Plan"},{"v":"x1"}]}]}',
      '{"cols":[{"label":"Full name"},{"label":"Mobile"}],"rows":[{"c":[{"v":null},{"v":null}]}]}',
    ],
    // a city is an address's part, as under the key `city`
    [
      '{"cols":[{"label":"City"},{"label":"Count"}],"rows":[{"c":[{"v":"Paris"},{"v":3}]}]}',
      '{"cols":[{"label":"City"},{"label":"Count"}],"rows":[{"c":[{"v":null},{"v":3}]}]}',
    ],
  ])("reads %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it.each([
    '{"cols":[{"id":"A","label":"Name","type":"string"},{"id":"B","label":"Sales","type":"number"}],"rows":[{"c":[{"v":"Gift Box"},{"v":12}]}]}',
    '{"cols":[{"label":"Name"},{"label":"Phone"}],"rows":[{"c":[{"v":"Premium Plan"},{"v":"iPhone 15"}]},{"c":[{"v":"玫瑰"},{"v":"Galaxy S24"}]}]}',
    '{"rows":[{"c":[{"v":"Rose"},{"v":"Pixel 8"}]},{"c":[{"v":"金币"},{"v":"Phone"}]}],"cols":[{"label":"Name"},{"label":"Phone"}]}',
    '{"columns":["name","phone"],"rows":[["Diamond Pack 680","iPhone"],["火箭","Mate 60 Pro"]]}',
    '{"values":["API Gateway","iPhone 15 Pro Max"],"labels":["name","phone"]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });
});

describe("broad labels: a name goes unless it reads as a thing's (session 20, after red team round 9 A7)", () => {
  it.each([
    // persons' names no name reader knows, which the label alone dropped before session 20's first step
    [
      '{"cols":[{"label":"Name"},{"label":"Sales"}],"rows":[{"c":[{"v":"Nguyễn Văn An"},{"v":12}]},{"c":[{"v":"周迅"},{"v":3}]},{"c":[{"v":"Oluwaseun Adeyemi"},{"v":1}]}]}',
      '{"cols":[{"label":"Name"},{"label":"Sales"}],"rows":[{"c":[{"v":null},{"v":12}]},{"c":[{"v":null},{"v":3}]},{"c":[{"v":null},{"v":1}]}]}',
    ],
    [
      '{"columns":["name","qty"],"rows":[["Priya Ramanathan",1],["迪丽热巴·迪力木拉提",2],["章子怡",3]]}',
      '{"columns":["name","qty"],"rows":[["",1],["",2],["",3]]}',
    ],
  ])("reads %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it.each([
    '{"cols":[{"label":"Name"},{"label":"Sales"}],"rows":[{"c":[{"v":"Men\'s Running Shoes"},{"v":12}]},{"c":[{"v":"黄金会员"},{"v":3}]},{"c":[{"v":"YouTube Premium"},{"v":1}]}]}',
    '{"columns":["name","qty"],"rows":[["Handful of Gems",1],["周卡",2],["SKU-123",3],["Large",4],["Stainless Steel Water Bottle",5]]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });
});
