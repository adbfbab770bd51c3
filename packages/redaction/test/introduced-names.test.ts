/**
 * Names introduced in prose (`my name is Astrid Solberg`, `我叫张三`): found after the phrase that
 * introduces them, and nowhere else.
 */
import { describe, expect, it } from "vitest";
import { findIntroducedNames } from "../src/introduced-names.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

/** The names found in `text`. */
const names = (text: string) => (findIntroducedNames(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findIntroducedNames", () => {
  it("finds the capitalised words after an English introduction", () => {
    expect(names("Hi, my name is Astrid Solberg and I live in Oslo")).toEqual(["Astrid Solberg"]);
    expect(
      names("MY NAME IS Erik. His full name is Ingrid Ødegård-Berg, her first  name\tis O'Brien"),
    ).toEqual(["Erik", "Ingrid Ødegård-Berg", "O'Brien"]);
    expect(names("I'm called Mira, i am called Jon")).toEqual(["Mira", "Jon"]);
    // at most four words
    expect(names("my name is Ana Beatriz Costa Lima Pereira")).toEqual(["Ana Beatriz Costa Lima"]);
  });

  it("finds a name after the introductions of more languages (session 13)", () => {
    expect(names("My name's Astrid")).toEqual(["Astrid"]);
    expect(names("Ciao, mi chiamo Marco Rossi. Il mio nome è Giulia")).toEqual(["Marco Rossi", "Giulia"]);
    expect(names("Mijn naam is Daan de Vries, ik heet Sanne")).toEqual(["Daan de Vries", "Sanne"]);
    expect(names("Hei! Jeg heter Astrid. Jag heter Erik, mitt namn är Ola, mitt navn er Kari")).toEqual([
      "Astrid",
      "Erik",
      "Ola",
      "Kari",
    ]);
    expect(names("Nazywam się Anna Kowalska, mam na imię Ola")).toEqual(["Anna Kowalska", "Ola"]);
    expect(names("Halo, nama saya adalah Budi Santoso")).toEqual(["Budi Santoso"]);
    expect(names("Xin chào, tên tôi là Nguyễn Văn An")).toEqual(["Nguyễn Văn An"]);
    expect(names("Merhaba, benim adım Ahmet Yılmaz")).toEqual(["Ahmet Yılmaz"]);
    expect(names("Namaste, mera naam Rahul hai")).toEqual(["Rahul"]);
    expect(names("Привет! Меня зовут Астрид Сольберг. меня зовут Иван")).toEqual(["Астрид Сольберг", "Иван"]);
    // a Cyrillic word that only ends in the phrase's letters is none
    expect(names("Заменя зовут Иван")).toEqual([]);
  });

  it("finds a name after a Chinese name's label without a colon (session 13)", () => {
    expect(names("姓名 张伟，收件人李娜。收件人是王芳，名字叫刘洋")).toEqual([
      "张伟",
      "李娜",
      "王芳",
      "刘洋",
    ]);
    expect(names("本人姓名欧阳小明")).toEqual(["欧阳小明"]);
    for (const text of ["收件人数太多了", "联系人员已到", "实名认证已通过", "户名不对"]) {
      expect(names(text), text).toEqual([]);
    }
  });

  it("reads no name where 我叫 calls or orders, nor before 様 where it makes a word (session 13)", () => {
    for (const text of [
      "我叫车了",
      "我叫外卖了",
      "我叫你别去",
      "我叫他明天来",
      "我叫滴滴吧",
      "我叫醒你",
      "我叫妈妈来",
      "メタ情報仕様をサポートする",
      "管理者様へ",
      "ご利用者様",
      "お客様各位",
    ]) {
      expect(names(text), text).toEqual([]);
    }
    expect(names("我叫张伟。山田様、田中さん")).toEqual(["张伟", "山田", "田中"]);
  });

  it("takes one word in lower case only where it ends the sentence", () => {
    expect(names("my name is astrid")).toEqual(["astrid"]);
    expect(names("my name is astrid, thanks")).toEqual(["astrid"]);
    expect(names("my name is not important")).toEqual([]);
    expect(names("my name is")).toEqual([]);
    // a question asks (session 14)
    expect(names("nama saya apa?")).toEqual([]);
  });

  it("finds two to four ideographs after a Chinese introduction", () => {
    expect(names("你好，我叫张三，电话稍后发")).toEqual(["张三"]);
    expect(names("我的名字是欧阳小明。我的名字叫 李四")).toEqual(["欧阳小明", "李四"]);
    // an aspect particle: "I ordered takeout"; five ideographs are a sentence, not a name
    expect(names("我叫了外卖")).toEqual([]);
    expect(names("我叫张三丰来吃饭")).toEqual([]);
  });

  it("finds a name of a common surname after 我是 or 本人 that ends its clause", () => {
    expect(names("你好，我是张伟，电话稍后发")).toEqual(["张伟"]);
    expect(names("我是 王小明。本人李娜，女")).toEqual(["王小明", "李娜"]);
    expect(names("我是欧阳小明")).toEqual(["欧阳小明"]);
    // before 的 or a sentence-final particle, which stays
    expect(names("我是张伟啊")).toEqual(["张伟"]);
    expect(names("我是林俊杰的粉丝")).toEqual(["林俊杰"]);
    expect(names("我是张伟123")).toEqual(["张伟"]);
  });

  it("finds the writer's name after a sign-off, where it ends the line, the clause or the text", () => {
    expect(names("Regards, Astrid Solberg")).toEqual(["Astrid Solberg"]);
    expect(names("Best regards,\nAstrid\nKago Support")).toEqual(["Astrid"]);
    expect(names("Thanks,\r\nErik Berg, CEO")).toEqual(["Erik Berg"]);
    expect(names("Mvh Astrid")).toEqual(["Astrid"]);
    expect(names("Med vennlig hilsen\nIngrid Ødegård-Berg")).toEqual(["Ingrid Ødegård-Berg"]);
    expect(names("Yours sincerely,\n  Mira.")).toEqual(["Mira"]);
    expect(names("Cordialement, Astrid")).toEqual(["Astrid"]);
    expect(names("Mit freundlichen Grüßen\nErik")).toEqual(["Erik"]);
    expect(names("Saludos, Lucía")).toEqual(["Lucía"]);
    expect(names("Thank you, Mira!")).toEqual(["Mira"]);
    expect(names("Cheers! Ola")).toEqual(["Ola"]);
    expect(names("Thanks, Ødegård")).toEqual(["Ødegård"]);
  });

  it("does not take a sentence's thanks, nor a team's sign-off", () => {
    for (const text of [
      "thanks Astrid for the gift", // no pause after an everyday sign-off: a sentence
      "Thanks, I will check", // the capitalised words run on
      "the best Astrid ever",
      "regards to Astrid and Ola",
      "Best, The Kago Team",
      "Thanks, Bye", // a chat's next words, or an abbreviation, sign for nobody
      "Cheers! See You",
      "Thanks, Sorry",
      "thanks, LGTM",
      "Regards,\nIT Department",
      "Kind regards, Support",
      "user kari reported: thanks you from 198.51.100.0",
      // a team's sign-off in German, Portuguese, Spanish (session 14)
      "Mit freundlichen Grüßen Ihr Kundenservice",
      "Atenciosamente, Equipe Loja Azul",
      "Saludos, El Equipo de Soporte",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("does not take what else 我是 says a person is", () => {
    for (const text of [
      "我是学生", // no surname
      "我是高手", // a surname's character starting a common word
      "我是王者，你呢",
      "我是金牛座",
      "我是马上到",
      "我是周末才有空", // the ideographs run on: a sentence
      "我是张三丰来了",
      "我是韩国人", // a people, not a name
      "我是马来西亚人",
      "我是龙的传人",
      "我是陈", // a surname alone
      // everyday 我是 sentences: what people say they are
      "我是真的不知道",
      "我是来看直播的",
      "我是主播的粉丝",
      "我是上班族",
      "我是金主爸爸",
      "我是万人迷",
      "我是任性",
      "我是高冷",
      "我是方丈",
      "我是孔雀",
      "本人承诺",
      "本人已阅",
      "我是上课的", // a compound surname's first character alone is none (上官, not 上课)
      "我是司令",
      "我是Astrid", // a Latin name after 我是 is not read (no surname to check)
    ])
      expect(names(text), text).toEqual([]);
  });

  it("finds the name a greeting or a title puts before a pause, or the ideographs after 尊敬的", () => {
    expect(names("Hi Astrid, Ola sent you a gift")).toEqual(["Astrid"]);
    expect(names("Dear Mr. Solberg,\nyour order ships")).toEqual(["Solberg"]);
    expect(names("hello Ingrid Ødegård-Berg!")).toEqual(["Ingrid Ødegård-Berg"]);
    expect(names("HEY Mira\nwelcome")).toEqual(["Mira"]);
    expect(names("see Dr Jon Hansen at 10")).toEqual(["Jon Hansen"]);
    expect(names("NOTE FROM MR SMITH")).toEqual(["SMITH"]);
    expect(names("尊敬的张三：您的订单已发货")).toEqual(["张三"]);
    expect(names("亲爱的李四，生日快乐")).toEqual(["李四"]);
    // a capitalised word before a comma is taken for a name, unless nobody is greeted
    expect(names("Dear Valued Customer, thanks. Dear Client, hi")).toEqual(["Client"]);
  });

  it("greets nobody by name in everyday greetings, and reads no title in lower case (session 13)", () => {
    for (const text of [
      "Hi All, build is green",
      "Hello World!",
      "Dear Customer, thanks",
      "Hi Team,\nthe release is out",
      "Hey Guys!",
      "took 12 ms GET /x",
      "L2 cache miss GET /api/items",
      "--prof Generate V8 profiler output.",
      "took 20 ms. Done; all done",
      "set mr Jones",
      // in other languages (session 14)
      "Hola Mundo",
      "Hallo Welt!",
      "Hola Equipo, el despliegue terminó",
      "Estimado Usuario,",
      "Querido Cliente,",
      "Liebe Kundin, lieber Kunde,",
      "Olá Pessoal!",
      "Ich heiße Sie herzlich willkommen",
    ]) {
      expect(names(text), text).toEqual([]);
    }
    expect(names("Ms Astrid Solberg, Miss Ola. Prof. Ingrid Berg")).toEqual([
      "Astrid Solberg",
      "Ola",
      "Ingrid Berg",
    ]);
  });

  it("does not take a greeting's words that run on into a sentence, nor words inside other words", () => {
    for (const text of [
      "hi there, welcome",
      "Hi Astrid and Ola will join", // no pause after the words: a sentence, not an address
      "this is High Street, 5",
      "hey you!",
      "mrs smith said", // a title takes only capitalised words
      "admr Solberg",
      "MS Crypto API (Windows only)", // a title in capitals takes only a name in capitals
      "see DR Congo",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("finds names introduced in Spanish, Portuguese, French, German and Japanese", () => {
    expect(names("me llamo Astrid Solberg")).toEqual(["Astrid Solberg"]);
    expect(names("Hola, mi nombre es Lucía")).toEqual(["Lucía"]);
    expect(names("Olá, meu nome é João Silva")).toEqual(["João Silva"]);
    // a surname's particles are the name's (session 14: `da Silva` stayed)
    expect(names("meu nome é João da Silva")).toEqual(["João da Silva"]);
    // Vietnamese puts "I" first as often (session 14)
    expect(names("tôi tên là Nguyễn Văn An")).toEqual(["Nguyễn Văn An"]);
    expect(names("me llamo Juan de la Cruz y tengo 20 años")).toEqual(["Juan de la Cruz"]);
    expect(names("mi nombre es José Luis van der Berg")).toEqual(["José Luis van der Berg"]);
    expect(names("Ich heiße Anna von Bülow")).toEqual(["Anna von Bülow"]);
    expect(names("me llamo Ana de la tienda")).toEqual(["Ana"]);
    expect(names("eu me chamo Ana")).toEqual(["Ana"]);
    expect(names("je m'appelle Astrid")).toEqual(["Astrid"]);
    expect(names("Ich heiße Erik, mein Name ist Erik Berg")).toEqual(["Erik", "Erik Berg"]);
    expect(names("私の名前はアストリッドです")).toEqual(["アストリッド"]);
    expect(names("私の名前は山田太郎です")).toEqual(["山田太郎"]);
  });

  it("finds names given humbly in Japanese (Korean: test/korean-introductions.test.ts)", () => {
    expect(names("私は田中太郎と申します。アストリッドといいます")).toEqual(["田中太郎", "アストリッド"]);
  });

  it("finds the name a greeting, a title or a Japanese honorific marks in those languages", () => {
    expect(names("Hola Astrid, tu pedido está listo")).toEqual(["Astrid"]);
    expect(names("Olá João!")).toEqual(["João"]);
    expect(names("Sehr geehrte Frau Solberg,")).toEqual(["Solberg"]);
    expect(names("Estimado Sr. García:")).toEqual(["García"]);
    expect(names("アストリッドさん、こんにちは")).toEqual(["アストリッド"]);
    expect(names("山田様へ")).toEqual(["山田"]);
    expect(names("张先生您好，您的订单已发货")).toEqual(["张"]);
    expect(names("李明女士，王小姐和周末王先生")).toEqual(["李明", "王", "王"]);
    expect(names("欧阳先生")).toEqual(["欧阳"]);
  });

  it("finds the surname before a Chinese title where the name starts a clause or follows a greeting", () => {
    expect(names("张老师您好，你好王医生")).toEqual(["张", "王"]);
    expect(names("谢谢李经理，请陈律师看看，@刘阿姨 在吗")).toEqual(["李", "陈", "刘"]);
    expect(names("欧阳老师")).toEqual(["欧阳"]);
    // a subject or an office before the title ends in a surname's character: no name
    for (const text of [
      "语文老师好",
      "班主任老师",
      "上课老师",
      "数学老师",
      "周末老师不在",
      "我们老板",
      "谢谢老师",
      "感谢医生",
      "请向律师咨询",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("does not take a Norwegian first name for a greeting, nor an honorific's common words", () => {
    // `Ola` is a name (`Ola Nordmann`), so the unaccented Portuguese greeting is not read
    expect(names("Ola Nordmann,")).toEqual([]);
    expect(names("お客様")).toEqual([]);
    // no surname right before: a gentleman, a lady, all of you
    expect(names("这位先生，各位女士")).toEqual([]);
    // a compound surname's first ideograph names nobody alone
    expect(names("上次先生说")).toEqual([]);
    expect(names("me llamo la atención")).toEqual([]);
    // `su`, `son`, `seu`, `sein`, `ihr` are "its" too: after them only a capitalised name
    expect(names("porque su nombre es dinámico.")).toEqual([]);
    expect(names("car son nom est dynamique.")).toEqual([]);
    expect(names("su nombre es Lucía. Mi nombre es lucía.")).toEqual(["Lucía", "lucía"]);
  });

  it("does not read other sentences about names, nor keys", () => {
    for (const text of [
      "the event name is Purchase",
      "their username is Bob",
      "rename is Done",
      "what is your name? Astrid",
      "name=Astrid", // a named value, found by named-values.ts, not here
      "你叫什么名字",
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe("introduced names in a transfer (aliyun may not get names)", () => {
  const r = redactorWith();
  it("replaces the name in a JSON string that holds nothing else a finder reads", () => {
    const res = redactJsonBody(
      r,
      "aliyun",
      JSON.stringify({ message: "hello, my name is Astrid Solberg!", k: "v" }),
    );
    expect(JSON.parse(bodyOf(res))).toEqual({
      message: "hello, my name is [redacted:account.profile.name]!",
      k: "v",
    });
    expect(findingsOf(res)).toEqual([["body:message~text", "account.profile.name", "drop", "text"]]);
    // a second pass finds nothing more
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });

  it("replaces a name after 我是 in a Tencent message and keeps the sentence", () => {
    const body = JSON.stringify({
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "你好，我是张伟，我是高手" } }],
    });
    const res = redactJsonBody(r, "tencent", body);
    expect(JSON.parse(bodyOf(res)).MsgBody[0].MsgContent.Text).toBe(
      "你好，我是[redacted:account.profile.name]，我是高手",
    );
    expect(findingsOf(res)).toEqual([
      ["body:MsgBody[].MsgContent.Text~text", "account.profile.name", "drop", "text"],
    ]);
  });

  it("reads escaped strings, query values and text bodies alike", () => {
    const escaped = redactJsonBody(r, "aliyun", '{"m":"\\u6211\\u53eb\\u5f20\\u4e09"}');
    expect(JSON.parse(bodyOf(escaped)).m).toBe("我叫[redacted:account.profile.name]");
    const q = r.redact(transfer("aliyun", { query: "msg=my+name+is+Erik+Berg" }));
    expect(q.ok && q.transfer.query).toBe("msg=my+name+is+%5Bredacted%3Aaccount.profile.name%5D");
    const text = r.redact(transfer("aliyun", { body: { kind: "text", text: "ticket 7: I'm called Mira." } }));
    expect(text.ok && text.transfer.body).toEqual({
      kind: "text",
      text: "ticket 7: I'm called [redacted:account.profile.name].",
    });
  });
});
