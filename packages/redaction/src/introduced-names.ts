/**
 * Names a writer introduces in prose: `Hi, my name is Astrid Solberg`, `I'm called Erik`,
 * `我叫张三`, `我的名字是李小龙`. A name has no shape a finder could see, and no key names it here;
 * the phrase before it does. Only these explicit introductions are read (no model, no list of
 * names), so a name mentioned any other way in a message is not found: an accepted miss.
 *
 * - English: `my`, `his`, `her`, `your` or `their`, optionally `full`, `first`, `last`, `real` or
 *   `given`, then `name is` (any case, any white space between the words), or `I'm called` /
 *   `I am called`; then the name: one to four words that start with a capital letter
 *   (`Astrid Solberg`, `Ingrid Ødegård-Berg`, `O'Brien`), or one word in lower case that ends the
 *   sentence (`my name is astrid.`). `my name is not important` names nothing.
 * - Chinese: `我叫`, `我的名字是`, `我的名字叫` or `我姓名是`, then two to four ideographs (`张三`,
 *   `欧阳小明`), not starting with an aspect particle (`我叫了外卖`: "I ordered takeout").
 * - Chinese titles after a surname (session 12): `张老师您好`, `李经理`, `王医生`, as the honorifics
 *   above, but only where the name starts a clause or follows a greeting or a verb
 *   (`BEFORE_TITLED_NAME`): `语文老师` and `班主任老师` end in a surname's character too.
 * - Chinese without `叫` (session 12): `我是张伟`, `本人张伟` ("I am", "the undersigned"). `我是`
 *   stands before anything a person is (`我是学生`, `我是高手`), so only a name's own shape is
 *   taken: a common surname (`SURNAMES`, a compound one whole: `欧阳`) and one or two ideographs,
 *   ending the clause (punctuation, white space, a Latin letter or digit, the text's end) or
 *   before `的` or a sentence-final particle (`我是张伟啊`, `我是张伟的朋友`); not a name ending in
 *   `人` (`我是韩国人`), nor the common words and places that start with a surname's character
 *   (`王者`, `马上`, `周末`, `郑州`: `NOT_NAMES`). Over-redaction accepted for the rest of them.
 * - Greetings and titles (session 8: a push notification's `Hi Astrid, Ola sent you a gift`):
 *   `dear`, `hello`, `hi` or `hey` (any case), then one to four capitalised words followed by
 *   `,` `!` `:` or the end of a line (`Hi Astrid,`, not `hi All of you`); `Mr`, `Mrs`, `Ms`,
 *   `Miss`, `Dr` or `Prof` with a capital (a `.` maybe; `took 12 ms GET` names nobody), then
 *   capitalised words (`Mr. Solberg`; a title in capitals only before a name in capitals, `MR
 *   SMITH`: `MS Office` names none); `亲爱的` or `尊敬的`, then two to four ideographs (`尊敬的张三：`).
 *   Not whom a greeting greets that is nobody (`Hi All,`, `Hello World!`, `Dear Customer,`:
 *   `GREETED_NOBODY`).
 * - Other languages (session 9): Spanish `me llamo`, `mi nombre es`; Portuguese `me chamo`,
 *   `meu nome é`; French `je m'appelle`, `mon nom est`; German `ich heiße`, `mein Name ist`, each
 *   then a name as in English; Japanese `私の名前は` then katakana or two to four kanji; a name
 *   before a Japanese honorific (`アストリッドさん`, `山田様`) or a Chinese one after a common
 *   surname (`张先生您好`, `李明女士`, `王小姐`); the greetings `hola`, `olá`,
 *   `bonjour`, `salut`, `hallo`, `querido`, `estimada`, `prezado`, `cher`, `liebe` and the titles
 *   `Sr.`, `Sra.`, `Mme`, `Herr`, `Frau` as the English ones.
 * - Hinglish `mera naam` with the name in lower case before `hai` (session 17: `mera naam rahul
 *   sharma hai`), read by `hinglish-names.ts`.
 * - Humble Japanese (session 12): `田中太郎と申します` (see `JAPANESE_GIVEN_NAME`). Korean, read here
 *   from session 12, is read in `korean-introductions.ts` since session 15.
 * - Sign-offs (session 12): `Regards, Astrid Solberg`, `Thanks,\nErik`, `Mvh Astrid`, then one to four
 *   capitalised words that end the line, the clause or the text (see `SIGN_OFF`); not a team's
 *   (`Best, The Kago Team`), nor a chat's next words (`Thanks, Bye`) or an abbreviation (`OK`).
 * Spans are the name only, category `account.profile.name`; the phrase stays.
 */
import { hinglishNameEnd } from "./hinglish-names.js";
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode, isKatakanaCode } from "./scripts.js";

const NAME = "account.profile.name";

/** The introductions, each ending where the name starts: one `\b` before the Latin ones. */
const INTRODUCTION = new RegExp(
  String.raw`\b(?:${[
    // English
    String.raw`(?:my|his|her|your|their)\s+(?:(?:full|first|last|real|given)\s+)?name(?:\s+is|['’]s)|I(?:['’]m|\s+am)\s+called`,
    // Spanish, Portuguese, French, German (session 9)
    String.raw`me\s+llamo|(?:mi|su)\s+nombre\s+es|(?:eu\s+)?me\s+chamo|(?:meu|seu)\s+nome\s+é|je\s+m['’]appelle|(?:mon|son)\s+nom\s+est|ich\s+hei(?:ß|ss)e|(?:mein|sein|ihr)\s+name\s+ist`,
    // Italian, Dutch, the Nordic languages, Polish, Indonesian and Malay, Vietnamese, Turkish,
    // Hindi in Latin letters (session 13)
    String.raw`(?:io\s+)?mi\s+chiamo|il\s+mio\s+nome\s+è|mijn\s+naam\s+is|ik\s+heet|(?:jeg|jag)\s+heter|jeg\s+hedder|eg\s+heiter|mit+\s+(?:navn\s+er|namn\s+är)|nazywam\s+się|mam\s+na\s+imię|nama\s+(?:saya|aku)(?:\s+adalah)?|tên\s+(?:tôi|mình|em|anh|chị)\s+là|(?:tôi|mình|em)\s+tên\s+là|benim\s+(?:adım|ismim)|mera\s+naam(?:\s+hai)?`,
    // Turkish without `benim` (session 18): `ismim Mehmet`, and `adım Ayşe` where `adım` ("my
    // name", also "step") starts a clause and is no step's (`ilk adım`, `Adım Adım`)
    String.raw`ismim|(?<![\p{L}\p{M}][ \t]{1,4})adım(?![ \t]+adım)`,
  ].join("|")})\s+|(?<!\p{L})(?:меня\s+зовут|мене\s+звуть|мо[её]\s+имя)\s+|我(?:叫|的名字[是叫]|姓名是)\s*`,
  "giu",
);

/**
 * What follows a name a Japanese speaker gives humbly (`田中太郎と申します`, `アストリッドといいます`;
 * session 12): the name is read back from it as before an honorific, katakana or two to four
 * kanji (searched for from this end: from every ideograph, the search cost 6% of a page of them).
 */
const JAPANESE_GIVEN_NAME = /と(?:申し|いい|言い)ます/g;

/**
 * What a humble Japanese introduction holds, for the prose search (Korean's, here until session
 * 15, is `KOREAN_INTRODUCTION_HINT` of `korean-introductions.ts`).
 */
export const EAST_ASIAN_INTRODUCTION_HINT = "と申し|といい|と言い";

/** The Japanese introduction (`私の名前はアストリッドです`), ending where the name starts. */
const JAPANESE_INTRODUCTION = /(?:私|僕|俺|わたし)の名前は\s*/gu;

/**
 * A name before a Japanese honorific (`アストリッドさん`, `山田様`): katakana (a foreign name) or
 * two to four kanji, then `さん`, `様`, `さま` or `ちゃん`.
 */
const HONORIFIC = /さん|様|さま|ちゃん/g;

/**
 * The start of the name before the Japanese honorific at `end` (the whole run of katakana before
 * it, 2-12 long, or of kanji, 2-4 long and not before `ちゃん`), or -1.
 */
function japaneseNameStart(text: string, end: number, chan: boolean): number {
  for (const [isName, max] of chan
    ? ([[isKatakanaCode, 12]] as const)
    : ([
        [isKatakanaCode, 12],
        [isIdeographCode, 4],
      ] as const)) {
    let start = end;
    while (start > 0 && end - start <= max && isName(text.charCodeAt(start - 1))) start--;
    if (end - start >= 2 && end - start <= max) return start;
  }
  return -1;
}

/** A name in Japanese: katakana (with `ー` and `・`) or kanji, up to `です`, `。` or a particle. */
const JAPANESE_NAME = /[\p{sc=Katakana}ー・]{2,12}(?![\p{sc=Katakana}ー])|\p{sc=Han}{2,4}(?!\p{sc=Han})/uy;

/** The honorifics Chinese writes after a surname: Mr., Ms., Miss (`张先生您好`, `李女士`). */
const CHINESE_HONORIFIC = /先生|女士|小姐/g;

/**
 * The hundred commonest Chinese surnames (about 85% of people in China), and the first
 * characters of the compound ones (`欧阳`, `司马`, `诸葛`, `上官`).
 */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪欧司诸上".split(
    "",
  ),
);

/**
 * The titles of a person's work or place that Chinese writes after a surname (session 12):
 * `张老师您好`, `李经理`, `王医生`, `陈律师`. They also follow subjects and offices (`语文老师`,
 * `班主任老师`), whose last ideograph may be a surname's (`文`, `任`), so the name before them must
 * start a clause or follow a word that leads to a person ({@link BEFORE_TITLED_NAME}).
 */
export const CHINESE_TITLE_HINT = "老师|经理|医生|律师|教授|老板|总监|阿姨|叔叔";
const CHINESE_TITLE = new RegExp(CHINESE_TITLE_HINT, "g");

/** What may stand right before a titled name: a greeting's or a verb's last ideograph, `的`, `和`. */
const BEFORE_TITLED_NAME = "好是的和跟找问给请谢叫位让被对向把与及或";

/** The compound surnames, whose first characters `SURNAMES` holds. */
const COMPOUND_SURNAMES = new Set(["欧阳", "司马", "诸葛", "上官"]);
/** Those first characters: a surname only with the second (`上官`, not `上次`). */
const COMPOUND_FIRSTS = new Set([...COMPOUND_SURNAMES].map((name) => name.charAt(0)));

/**
 * The length of the surname at `i`: 2 for a compound one (`欧阳`), 1 for one of the hundred
 * commonest, 0 for none (a compound surname's first character alone is none: `上课`, `司机`).
 */
export function surnameLengthAt(text: string, i: number): number {
  const c = text.charAt(i);
  if (!SURNAMES.has(c)) return 0;
  if (!COMPOUND_FIRSTS.has(c)) return 1;
  return COMPOUND_SURNAMES.has(text.slice(i, i + 2)) ? 2 : 0;
}

/**
 * The name before a Chinese honorific ending at `end`: the nearest surname at most three
 * ideographs back, with the ideographs after it (`王先生`, `李明先生`, `周末王先生` is `王`), a
 * compound surname's first ideograph only with its second (`欧阳先生`; `上次先生` names nobody);
 * `-1` when there is none.
 */
function chineseNameStart(text: string, end: number): number {
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = text.charAt(end - k);
    if (!isIdeographCode(c.charCodeAt(0))) return -1;
    if (surnameLengthAt(text, end - k) > 0) return end - k;
  }
  return -1;
}

/**
 * True when the surname's character at `at` is a word before a title as often: `向` ("to":
 * `向律师咨询`), and `谢` ending a thanks (`谢谢老师`, `感谢医生`).
 */
function isWordBeforeTitle(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c === "向" || (c === "谢" && at > 0 && "谢感多".includes(text.charAt(at - 1)));
}

/** The name before a title ending at `end` (see {@link CHINESE_TITLE}), or -1. */
function titledNameStart(text: string, end: number): number {
  const start = chineseNameStart(text, end);
  if (start < 0 || (end - start >= 2 && NOT_NAMES.has(text.slice(start, start + 2)))) return -1; // `周末老师`
  if (isWordBeforeTitle(text, start)) return -1;
  const before = text.charAt(start - 1);
  return start === 0 || !isIdeographCode(before.charCodeAt(0)) || BEFORE_TITLED_NAME.includes(before)
    ? start
    : -1;
}

/** A Chinese self-introduction without `叫` (`我是`, `本人`), ending where the name would start. */
const CHINESE_SELF = /我是|本人/g;

/**
 * A Chinese label of a person's name without the colon a field would have (session 13, a red-team
 * probe): `姓名 张伟`, `收件人李娜`, `收件人是李娜`, `名字叫李娜`, `持卡人张伟`. The name is read as
 * after `我是` (a surname and one or two ideographs ending the clause), so `收件人数` and
 * `联系人员` name nobody.
 */
export const CHINESE_NAME_LABEL_HINT =
  "姓名|名字|实名|收件人|收货人|联系人|收款人|户名|持卡人|付款人|寄件人|发件人|取件人|签收人|乘车人|入住人|监护人";
const CHINESE_NAME_LABEL = new RegExp(`(?:${CHINESE_NAME_LABEL_HINT})(?:是|叫|为)?[ \t\u3000]*`, "g");

/** What may follow a name after `我是`: `的` or a sentence-final particle (any other ideograph runs on). */
const AFTER_SELF_NAME = "的啊呀哦啦嘛呢哈吧";

/**
 * Words and places after `我是` that start with a surname's character and are no name: ranks,
 * roles and kinds of user (`王者`, `高手`, `金主`, `顾客`), times (`马上`, `周末`), places (`郑州`,
 * `江苏`), star signs (`金牛`), and words people say they are (`白领`, `文盲`). The first two
 * ideographs of what follows. (`上海`, `司机`, `欧洲` start with a compound surname's first
 * character, which alone is none: see `surnameLengthAt`.)
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ..."王者 王牌 高手 高中 高一 高二 高三 高材 高级 金主 金牌 黄金 顾客 付费 董事 常客 新手 程序 白领 颜控".split(
    " ",
  ),
  ..."马上 周末 周一 周五 白天 夏天 曾经 于是 任何 方便 安全 胡说 温柔 高兴 康复 乔迁".split(" "),
  ..."江苏 江西 安徽 武汉 郑州 徐州 温州 苏州 常州 沈阳 唐山 石家 韩国 田园 宋朝 唐朝 秦朝".split(" "),
  ..."金牛 白羊 黄牛 熊猫 石头 毛孩 孙子 汤圆 叶子 段子 范本 文科 文艺 文盲 白痴 牛逼 雷锋 万能 史上 钱多 易燃".split(
    " ",
  ),
  // what people say they are, found by a list of everyday 我是 sentences (session 12)
  ..."方丈 万人 任性 高冷 高富 白富 潘多 孔雀 白骨 文静 安静 严肃 龙套".split(" "),
]);

/**
 * The end of the name after a self-introduction at `at` (see the module note), or `at` when the
 * ideographs there have no name's shape.
 */
function selfIntroducedNameEnd(text: string, at: number): number {
  const surname = surnameLengthAt(text, at);
  if (surname === 0) return at;
  // the surname and one or two ideographs (not a particle), then the clause's end or a particle
  let run = at;
  while (run < at + surname + 2 && isIdeographCode(text.charCodeAt(run))) run++;
  for (let after = run; after > at + surname; after--) {
    if (AFTER_SELF_NAME.includes(text.charAt(after - 1))) continue;
    if (isIdeographCode(text.charCodeAt(after)) && !AFTER_SELF_NAME.includes(text.charAt(after))) continue;
    const name = text.slice(at, after);
    return name.endsWith("人") || NOT_NAMES.has(name.slice(0, 2)) ? at : after;
  }
  return at;
}

/** A greeting or a title before a name (see the module note), its kind in a group. */
const GREETING =
  /\b(?:(dear|hello|hi|hey|hola|olá|oi|bonjour|salut|ciao|buongiorno|hallo|querid[oa]|estimad[oa]|prezad[oa]|cher|chère|liebe[r]?)[ \t]+|(mr|mrs|ms|miss|dr|prof|sr|sra|srta|mme|mlle|herr|frau)\.?[ \t]+)|(亲爱的|尊敬的)/giu;

/** The writer after a greeting (`Hi I'm Astrid`, `Hey I am`), whose name `copula-names.ts` reads. */
const SELF = /^I(?:['’]m)?\b/;

/** Whom a greeting greets that is nobody's name (`Hi All,`, `Hello World!`, `Dear Customer,`). */
const GREETED_NOBODY =
  /^(?:all|everyone|everybody|guys|folks|team|there|world|customer|customers|user|users|sir|madam|sirs|friend|friends|colleagues|members|support|admin|community|people|neighbou?r|neighbou?rs|valued|mundo|welt|monde|equipo|equipe|usuari[oa]s?|usuári[oa]s?|client[ea]s?|kund(?:e|in|en|innen)|amig[oa]s?|tod[oa]s|pessoal|gente|leute|zusammen)(?![\p{L}\p{M}])/iu;

/** A capital A-Z (a title's first letter). */
const isUpperCode = (code: number) => code >= 0x41 && code <= 0x5a;

/** What ends a greeted name: `,` `!` `:` (or their fullwidth forms) or a line's end. */
const GREETED_END = /[ \t]*(?:[,!:，！：\r\n]|$)/y;

/**
 * A sign-off before its writer's name (session 12): `Regards, Astrid Solberg`, `Best regards,` and
 * a line break before `Astrid`, `Mvh Astrid`, `Cordialement, Astrid`. The formal ones (`regards`,
 * `sincerely`, `yours truly` and their French, Portuguese, Spanish, German and Norwegian kin) may
 * stand before the name with white space alone; the ones a sentence also says (`thanks`,
 * `cheers`, `best`, `take care`) need a `,` `!` or a line break after them (`thanks Astrid for the
 * gift` names no writer).
 */
const SIGN_OFF =
  /\b(?:(?:(?:(?:best|kind|warm|warmest)\s+)?regards|sincerely|yours\s+(?:truly|sincerely|faithfully)|cordialement|atenciosamente|(?:un\s+)?saludos(?:\s+cordiales)?|mit\s+freundlichen\s+grü(?:ß|ss)en|(?:viele|liebe|beste)\s+grü(?:ß|ss)e|mvh|(?:med\s+vennlig\s+)?hilsen)[ \t]*[,.!]?|(?:thanks|thank\s+you|many\s+thanks|cheers|best(?:\s+wishes)?|take\s+care)(?=[ \t]*[,!\r\n])[ \t]*[,!]?)[ \t]*(?:\r?\n[ \t]*)*/giu;

/** What every sign-off holds, for the prose search (after a `\b`). */
export const SIGN_OFF_HINT = String.raw`regards|sincerely|cordialement|atenciosamente|saludos|grü(?:ß|ss)e|mvh|hilsen|(?:thanks|thank\s+you|cheers|best(?:\s+wishes)?|take\s+care)[ \t]*[,!\r\n]`;

/** What ends a signed name: `,` `.` `!`, a line's end or the text's (`Astrid Solberg, CEO`). */
const SIGNED_END = /[ \t]*(?:[,.!\r\n]|$)/y;

/**
 * A sign-off's words that sign for a team, not a person (`Best, The Kago Team`), or that start
 * the chat's next sentence (`Thanks, Bye`, `Cheers! See You`, `Thanks, Sorry`): a list of chat
 * words found by running everyday sign-offs through the reader (session 12).
 */
const SIGNED_BY_NOBODY =
  /^(?:the|your|our|team|support|all|everyone|everybody|guys|folks|bye|goodbye|yes|no|ok|okay|sorry|nice|love|see|happy|merry|good|great|have|hope|please|thanks|thank|cheers|best|regards|hi|hello|hey|dear|mom|dad|again|in|for|from|to|and|but|so|i|we|you|it|this|that|lol|haha|wow|cool|awesome|sure|will|can|let|talk|take|looking|welcome|congrats|congratulations|xoxo|ihr|ihre|dein|deine|euer|eure|equipe|equipo|time|servicio|atendimento|kundenservice|kundendienst|o|os|el|los|le|les)(?![\p{L}\p{M}])/iu;
/** A first word in capitals (`OK`, `LGTM`, `IT Department`): an abbreviation, not a name. */
export const IN_CAPITALS = /^\p{Lu}+(?![\p{L}\p{M}])/u;

/**
 * The particles of a surname, in lower case between its capitalised words (`João da Silva`, `Juan
 * de la Cruz`, `Anna von Bülow`, `Jan van der Berg`; session 14: the name stopped before them and
 * the surname stayed).
 */
const PARTICLE = "(?:da|das|de|del|della|der|den|di|do|dos|du|la|le|los|van|von|ter|ten|bin|binti|al|el)";
/**
 * One to four capitalised words (letters, `'` and `-` inside), single spaces between them, and up
 * to two particles before each but the first.
 */
export const CAPITALISED = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?: (?:${PARTICLE} ){0,2}\p{Lu}[\p{L}\p{M}'’-]*){0,3}`,
  "uy",
);
/**
 * One word in lower case that ends a sentence or the text; not before `?` (`nama saya apa?`, "my
 * name is what?", asks; session 14).
 */
const LOWER_LAST = /\p{Ll}[\p{L}\p{M}'’-]*(?=[.,;!)]|\s*$)/uy;
/** Two to four ideographs, not starting with an aspect particle, not followed by another. */
const HAN = /(?![了过着])\p{sc=Han}{2,4}(?!\p{sc=Han})/uy;

/** The names introduced in `text` (see the module note), sorted; `null` when none. */
export function findIntroducedNames(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  INTRODUCTION.lastIndex = 0;
  for (let m = INTRODUCTION.exec(text); m !== null; m = INTRODUCTION.exec(text)) {
    const at = INTRODUCTION.lastIndex;
    const chinese = m[0].charCodeAt(0) === 0x6211;
    let end = nameEnd(text, at, chinese, !ANY_THING.test(m[0]) && !BARE_TURKISH.test(m[0]));
    if (end === at && isHinglish(m[0])) end = Math.max(at, hinglishNameEnd(text, at, HINGLISH_IS, 3));
    if (end === at || (chinese && isCallingSomeone(text.slice(at, end)))) continue;
    if (ADDRESSED.test(text.slice(at, end))) continue; // `Ich heiße Sie willkommen`
    out.push([at, end, NAME]);
  }
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m !== null; m = GREETING.exec(text)) {
    const at = GREETING.lastIndex;
    const word = m[3] !== undefined ? HAN : CAPITALISED;
    if (word === CAPITALISED && SELF.test(text.slice(at, at + 4))) continue; // `Hi I'm Astrid,`: copula-names.ts
    word.lastIndex = at;
    if (!word.test(text)) continue;
    const end = word.lastIndex;
    if (m[1] !== undefined) {
      // a greeting names the words only where they end its line or clause: `Hi Astrid,`
      GREETED_END.lastIndex = end;
      if (!GREETED_END.test(text)) continue;
    }
    const title = m[2];
    if (title !== undefined) {
      // a title starts with a capital (`took 12 ms GET /x`, `cache miss If`, `--prof Generate`)
      if (!isUpperCode(title.charCodeAt(0))) continue;
      // a title in capitals is one only before a name in capitals (`MR SMITH`): `MS Office`,
      // `MS Crypto API` and `DR Congo` name a company's product and a country
      const name = text.slice(at, end);
      if (title.length > 1 && title === title.toUpperCase() && name !== name.toUpperCase()) continue;
    } else if (m[1] !== undefined && GREETED_NOBODY.test(text.slice(at, end))) continue;
    out.push([at, end, NAME]);
  }
  CHINESE_SELF.lastIndex = 0;
  for (let m = CHINESE_SELF.exec(text); m !== null; m = CHINESE_SELF.exec(text)) {
    let at = CHINESE_SELF.lastIndex;
    while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000)) at++;
    const end = selfIntroducedNameEnd(text, at);
    if (end > at) out.push([at, end, NAME]);
  }
  CHINESE_NAME_LABEL.lastIndex = 0;
  for (let m = CHINESE_NAME_LABEL.exec(text); m !== null; m = CHINESE_NAME_LABEL.exec(text)) {
    const at = CHINESE_NAME_LABEL.lastIndex;
    const end = selfIntroducedNameEnd(text, at);
    // `我的名字是` is an introduction, already read
    if (end > at && !text.startsWith("我的", m.index - 2)) out.push([at, end, NAME]);
  }
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m !== null; m = SIGN_OFF.exec(text)) {
    const at = SIGN_OFF.lastIndex;
    CAPITALISED.lastIndex = at;
    if (!CAPITALISED.test(text)) continue;
    const end = CAPITALISED.lastIndex;
    SIGNED_END.lastIndex = end;
    const signed = text.slice(at, end);
    if (SIGNED_END.test(text) && !SIGNED_BY_NOBODY.test(signed) && !IN_CAPITALS.test(signed))
      out.push([at, end, NAME]);
  }
  JAPANESE_GIVEN_NAME.lastIndex = 0;
  for (let m = JAPANESE_GIVEN_NAME.exec(text); m !== null; m = JAPANESE_GIVEN_NAME.exec(text)) {
    const start = japaneseNameStart(text, m.index, false);
    if (start >= 0) out.push([start, m.index, NAME]);
  }
  JAPANESE_INTRODUCTION.lastIndex = 0;
  for (let m = JAPANESE_INTRODUCTION.exec(text); m !== null; m = JAPANESE_INTRODUCTION.exec(text)) {
    const at = JAPANESE_INTRODUCTION.lastIndex;
    JAPANESE_NAME.lastIndex = at;
    if (JAPANESE_NAME.test(text)) out.push([at, JAPANESE_NAME.lastIndex, NAME]);
  }
  CHINESE_HONORIFIC.lastIndex = 0;
  for (let m = CHINESE_HONORIFIC.exec(text); m !== null; m = CHINESE_HONORIFIC.exec(text)) {
    const start = chineseNameStart(text, m.index);
    if (start >= 0) out.push([start, m.index, NAME]);
  }
  CHINESE_TITLE.lastIndex = 0;
  for (let m = CHINESE_TITLE.exec(text); m !== null; m = CHINESE_TITLE.exec(text)) {
    const start = titledNameStart(text, m.index);
    if (start >= 0) out.push([start, m.index, NAME]);
  }
  HONORIFIC.lastIndex = 0;
  for (let m = HONORIFIC.exec(text); m !== null; m = HONORIFIC.exec(text)) {
    const start = japaneseNameStart(text, m.index, m[0] === "ちゃん");
    if (start >= 0 && !NOT_BEFORE_HONORIFIC.includes(text.charAt(m.index - 1)))
      out.push([start, m.index, NAME]);
  }
  if (out.length > 1) out.sort((a, b) => a[0] - b[0]);
  return out.length === 0 ? null : out;
}

/**
 * True when the ideographs after `我叫` are what 叫 means besides "am called", "call" or "order"
 * (session 13, a red-team probe): someone called (`我叫你别去`, `我叫他明天来`, `我叫妈妈来`), a
 * verb's complement (`我叫醒你`), or a sentence ending in a particle (`我叫车了`, `我叫滴滴吧`).
 */
function isCallingSomeone(words: string): boolean {
  return (
    CALLED_FIRST.includes(words.charAt(0)) || SENTENCE_PARTICLES.includes(words.charAt(words.length - 1))
  );
}
/** Pronouns, kin and `醒` ("wake"), which start what `我叫` calls or does, not a name. */
const CALLED_FIRST = "你他她它您咱醒妈爸哥姐弟妹爷奶";
/** Sentence-final particles, which end no name. */
const SENTENCE_PARTICLES = "了吧啊呢吗呀哦嘛";

/**
 * The kanji before `様` (or another honorific) that make a word with it or name a role, not a name
 * (session 13, found in translated messages): `仕様` (a specification), `同様`, `模様`, `多様`,
 * `皆様`, `王様`, `神様`, `奥様`, and `管理者様`, `会員様`, `お客様`.
 */
const NOT_BEFORE_HONORIFIC = "仕同模多皆王神奥者員客";

/**
 * The German pronouns after `ich heiße` that are greeted, not named (`Ich heiße Sie herzlich
 * willkommen`, "I bid you welcome"; session 14).
 */
const ADDRESSED = /^(?:Sie|Euch|Dich|Ihn|Ihnen|Du)(?![\p{L}\p{M}])/u;

/** True when the introduction is Hinglish `mera naam`, whose name in lower case ends at `hai`. */
const isHinglish = (introduction: string) => introduction.slice(0, 4).toLowerCase() === "mera";
/** "Is" in Hindi in Latin letters, as `hinglish-names.ts` reads it after a lower-case name. */
const HINGLISH_IS = ["hai"];

/**
 * The possessives of Spanish, Portuguese, French and German that name a thing's name as often as a
 * person's (`su nombre es dinámico`, `son nom est dynamique`: "its name is dynamic"): after them
 * only a capitalised name is taken, not a lower-case word (session 12, found in TypeScript's
 * translated messages).
 */
const ANY_THING = /^(?:su|son|seu|sein|ihr)\s/i;
/**
 * Turkish's `ismim` and `adım` without `benim` (session 18): only a capitalised name after them,
 * since `adım atıldı.` ("the step was taken") ends a sentence with a lower-case word too.
 */
const BARE_TURKISH = /^(?:ismim|adım)\s/i;

/**
 * Where the name starting at `at` ends, or `at` when none starts there; a lower-case word that
 * ends the sentence counts only when `lowerCase`.
 */
function nameEnd(text: string, at: number, chinese: boolean, lowerCase: boolean): number {
  for (const word of chinese ? [HAN] : lowerCase ? [CAPITALISED, LOWER_LAST] : [CAPITALISED]) {
    word.lastIndex = at;
    if (word.test(text)) return word.lastIndex;
  }
  return at;
}
