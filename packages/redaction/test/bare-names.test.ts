/**
 * A person's full name written bare in free text (session 16): no key, label or introduction
 * announces it, so it is read by its words alone, a listed given name and a surname. Leaks the
 * vendor red team found (a Tencent IM message, an SLS log line) next to the capitalised words that
 * are no person's name.
 */
import { describe, expect, it } from "vitest";
import { bodyOf, findingsOf, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const NAME = "[redacted:account.profile.name]";

const message = (text: string) => redactedMessage(r, text);

describe("bare full names", () => {
  it.each([
    ["Astrid Solberg (Oslo) joined the room", `${NAME} (Oslo) joined the room`],
    ["Astrid Solberg fan club", `${NAME} fan club`],
    ["Join the Astrid Solberg fan club!", `Join the ${NAME} fan club!`],
    ["Astrid Solberg's room", `${NAME}'s room`],
    ["Astrid_Solberg_CV.pdf", `${NAME}_CV.pdf`],
    ["Copyright John Smith", `Copyright ${NAME}`],
    ["reported by Ingrid Ødegård-Berg.", `reported by ${NAME}.`],
    // diacritics, a second given name, particles, an initial
    ["quotes from Søren Kierkegaard", `quotes from ${NAME}`],
    ["José María García López llegó", `${NAME} llegó`],
    ["gift from Zoë van der Berg", `gift from ${NAME}`],
    ["John F. Kennedy Jr", `${NAME} Jr`],
    // a given name that is also a word, before a listed surname that is none
    ["Grace Kelly sings", `${NAME} sings`],
    // a surname not on the list, read by its ending
    ["Astrid Vatnedalsen joined", `${NAME} joined`],
    ["Fredrik Lindqvist, Emma Jackson", `${NAME}, ${NAME}`],
    // a mention, and words joined by a thin, ideographic or zero-width space (session 16)
    ["thanks @Astrid Solberg!", `thanks @${NAME}!`],
    ["@Astrid Solberg joined", `@${NAME} joined`],
    ["Astrid\u2009Solberg joined", `${NAME} joined`],
    ["Astrid\u3000Solberg joined", `${NAME} joined`],
    ["Astrid \u200bSolberg joined", `${NAME} joined`],
    ["Ａｓｔｒｉｄ Ｓｏｌｂｅｒｇ joined", `${NAME} joined`],
    // a brand named as many people are is read as the person it may be (session 16)
    ["Paul Smith joined the room", `${NAME} joined the room`],
  ])("%s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it.each([
    // capitalised words that are no person's name
    "Grace Hopper Award",
    "Jordan River",
    "Virginia Beach",
    "Washington Post",
    "Santa Clara",
    "Martin Luther King Day",
    "Visual Studio and Adobe Reader",
    "Will Power",
    "Rose Gold",
    "Julia Language",
    "Sierra Leone",
    "Rio Grande do Sul",
    "Santa Cruz de Tenerife",
    "Lake Louise Smith",
    "Tristan da Cunha",
    "Nur Informationen zu AKTION ausgeben",
    "Tierra de la Reina Maud",
    "Ila de Man",
    "Anna Berg Street",
    "Astrid Solberg Foundation",
    // after `_` only a listed surname, not one read by its ending (a deliberate miss)
    "Astrid_Vatnedalsen",
    // brands and characters written as a name (session 16, a red team's round 5)
    "Calvin Klein Jeans 30% off today",
    "Harley Davidson Sportster",
    "Mercedes Benz C-Class",
    "Johnnie Walker Black Label",
    "Peter Parker Spider-Man",
    // placeholders
    "John Doe",
    "Max Mustermann",
    "Erika Mustermann",
    "Kari Nordmann",
    // sentence starts, titles, code and log lines
    "Anna said hello. Mark this as read.",
    "Astrid Lesson Plans",
    "Add New Page",
    "JohnDoe",
    "new Mark Compact",
    "AstridSolberg",
    "Astrid Solberg2",
    "Max_Value",
    "ASTRID SOLBERG",
    "mail x@Astrid Solberg",
    "astrid solberg",
    "2025-06-24 14:39:36 status unpacked dbus-system-bus-common:all",
  ])("keeps %s", (text) => {
    expect(message(text)).toBe(text);
  });

  it("reports the finding as bare-full-name in a Tencent message, and echoes the name", () => {
    const body = JSON.stringify({
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Astrid Solberg joined. Welcome Astrid!" } }],
    });
    const res = redactJsonBody(r, "tencent", body);
    expect(JSON.parse(bodyOf(res)).MsgBody[0].MsgContent.Text).toBe(`${NAME} joined. Welcome ${NAME}!`);
    expect(findingsOf(res)).toEqual([
      ["body:MsgBody[].MsgContent.Text~text", "account.profile.name", "drop", "bare-full-name"],
      ["body:MsgBody[].MsgContent.Text~text", "account.profile.name", "drop", "echo"],
    ]);
  });

  it("leaves a name an introduction reads to that reader", () => {
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: "my name is Astrid Solberg" }));
    expect(JSON.parse(bodyOf(res)).message).toBe(`my name is ${NAME}`);
    expect(findingsOf(res)).toEqual([["body:message~text", "account.profile.name", "drop", "text"]]);
  });

  it("reads log lines, query values, text bodies and percent-encoded text alike", () => {
    const log = redactJsonBody(
      r,
      "aliyun",
      JSON.stringify({ __logs__: [{ level: "info", message: "user Astrid Solberg left room 42" }] }),
    );
    expect(JSON.parse(bodyOf(log)).__logs__[0].message).toBe(`user ${NAME} left room 42`);
    const q = r.redact(transfer("aliyun", { query: "title=Astrid+Solberg%27s+room" }));
    expect(q.ok && q.transfer.query).toBe("title=%5Bredacted%3Aaccount.profile.name%5D%27s+room");
    const text = r.redact(transfer("zego", { body: { kind: "text", text: "host: Erik Hansen" } }));
    expect(text.ok && text.transfer.body).toEqual({ kind: "text", text: `host: ${NAME}` });
    const encoded = redactJsonBody(r, "aliyun", JSON.stringify({ message: "file=Astrid%20Solberg.pdf" }));
    expect(JSON.parse(bodyOf(encoded)).message).toBe(`file=${NAME}.pdf`);
    expect(findingsOf(encoded)).toEqual([
      ["body:message~text", "account.profile.name", "drop", "bare-full-name"],
    ]);
  });
});

describe("bare full names with other spacing, surnames in capitals, surname first (session 17)", () => {
  it.each([
    // two spaces, a tab (a TSV line), a line break (a red team's round 5)
    ["Astrid  Solberg joined", `${NAME} joined`],
    ["Astrid\tSolberg\t42\tOslo", `${NAME}\t42\tOslo`],
    ["id\tfirst\tlast\n7\tAstrid\tSolberg", `id\tfirst\tlast\n7\t${NAME}`],
    ["Astrid\u00a0\u00a0Solberg", NAME],
    ["Astrid\nSolberg", NAME],
    ["Astrid\r\nSolberg", NAME],
    ["Reported by Kenny\nPaterson and Nadhem", `Reported by ${NAME} and Nadhem`],
    ["patches from Eduardo\nVillanueva (discussion)", `patches from ${NAME} (discussion)`],
    // a word on the next line makes no name a thing's
    ["Astrid Solberg\nFoundation", `${NAME}\nFoundation`],
    // a surname in capitals, after or before the given name
    ["Astrid SOLBERG joined", `${NAME} joined`],
    ["Astrid Marie SOLBERG", NAME],
    ["José GARCÍA LÓPEZ llegó", `${NAME} llegó`],
    ["SOLBERG Astrid joined", `${NAME} joined`],
    ["M. DUPONT Jean a appelé", `M. ${NAME} a appelé`],
    ["SOLBERG, Astrid", NAME],
    ["DUPONT, Jean-Pierre", NAME],
    // surname first with a comma (lists, citations)
    ["Solberg, Astrid", NAME],
    ["Kowalski, Jan; Nowak, Anna", `${NAME}; ${NAME}`],
  ])("%s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it.each([
    // a line break: a blank line, a surname read by its ending or one that is a word, a given name
    // that is a word, a list of one entry a line
    "Astrid\n\nSolberg",
    "Astrid\nVatnedalsen",
    "Astrid\nBerg",
    "Grace\nHopper",
    "Mari\nBarre oblique inverse à la fin",
    "Mariana\nGhale, Güney",
    "an interview with Anna\nLe Monde",
    "thanks to Astrid\nThomas and Erik",
    "songs of Grace\nKelly and others",
    "a road trip in Virginia\nJohansson led",
    "Astrid\nSolberg joined",
    // other spacing, near misses as with one space
    "Jordan  River",
    "Sierra\tLeone",
    "Lake  Louise  Smith",
    "Martin Luther  King  Day",
    "Astrid  Solberg  Foundation",
    // words in capitals that are no surname, or a surname that is a word or a given name
    "Max SIZE reached",
    "Mark AS READ",
    "Anna LG",
    "Max POWER MODE",
    "Astrid SOLBERG MODE",
    "Anna YOUNG",
    "NOTE Anna will review",
    "MARTIN Luther",
    "SMITH John",
    "ASTRID SOLBERG",
    // a comma after no surname, a surname that is a given name or a word, an initial
    "Paris, Anna",
    "Hello, Anna",
    "Thomas, Anna, Martin",
    "Smith, John",
    "Solberg, A.",
    "McSolberg, Astrid",
  ])("keeps %s", (text) => {
    expect(message(text)).toBe(text);
  });
});
