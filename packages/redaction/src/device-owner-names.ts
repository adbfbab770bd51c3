/**
 * The owner's name in a device's name (session 16, red-team H12): iOS names a new device after its
 * owner (`Astrid's iPhone`, `Astrids iPhone` in Norwegian and Swedish, `iPhone von Astrid`,
 * `iPhone de Astrid`, `Astrid的iPhone`), Android and macOS write the same (`Astrid's Galaxy S23`,
 * `Astrid's MacBook Pro`), and analytics SDKs log that name as the device's (`device_name`, a
 * `User-Agent` of some SDKs, free text such as `device Astrid Solberg's iPhone connected`). A device
 * attribute may go where a name may not (aliyun receives device information, never a name), so
 * the name is cut out and the device word stays: `[redacted:account.profile.name]'s iPhone`.
 *
 * Read: one or two capitalised words, the first a listed given name (`name-lists.ts`), before
 * `'s`, `’s`, `'` or a glued `s`, then a device word
 * (`iPhone`, `iPad`, `iPod`, `iMac`, `MacBook`, `Galaxy`, `Pixel`, `Mac`, `Apple Watch`,
 * `AirPods`); the device word, then `von`, `de`, `di` or `van` and one or two capitalised words;
 * two to four Han characters before `的` and the device word. A brand or a word that is no one's
 * name (`Apple's iPhone`, `Google's Pixel`, `Today's iPhone deals`, `Mom's iPad`) stays, as does a
 * device word with no owner (`iPhone 15 Pro`, `Galaxy S23`).
 *
 * Session 18 (a red team's round 7, R12): Turkish names a device with the owner's genitive,
 * written after an apostrophe (`Ayşe'nin iPhone'u`, `Mehmet'in iPad'i`, `Oğuz'un MacBook'u`). That
 * suffix after a capitalised word and before a device word says whose the device is, so any
 * capitalised word there that is no maker's or pronoun's ({@link NOT_OWNERS}) is taken for the
 * owner, listed or not (`Apple'ın iPhone'u` stays).
 *
 * Session 19 (a red team's round 8, R13): the host name macOS and iOS derive from a device's name,
 * the apostrophe dropped and the words joined by `-` (`Astrid Solberg's MacBook Pro` is
 * `Astrid-Solbergs-MacBook-Pro`, `Astrid's iPhone` is `Astrids-iPhone`, `iPhone de João` is
 * `iPhone-de-Joao`), which an SLS client sends as `__hostname__` and a crash report as the
 * machine's: a glued `s` and `-` before the device word, `-de-` after it, `MBP` (`Astrid-Solbergs-MBP.local`)
 * as a device word, and a listed given name also without its accents; the same in lower case,
 * as DHCP and mDNS write it (`astrids-iphone.lan`, {@link LOWER_CASE_HOST}). `MacBook-Pro.local`
 * and `iPhone` alone name no owner.
 *
 * Session 19 (round 7, R12's rest): Russian and Ukrainian write no possessive before a device word,
 * so a name stands there as it is (`Kago/2.8.1 (Иван Петров iPhone; iOS 17)`, `Маша iPad`). One or
 * two capitalised Cyrillic words before a device word are the owner when one of them is a listed
 * given name ({@link CYRILLIC_GIVEN_NAMES}: `Иван Петров`, `Петров Иван`, `Иван`); any other word
 * there (`Купить iPhone`, `Новый iPhone 15`, `Найти iPhone`, `Обзор Galaxy S23`) is none. Also a
 * listed Latin given name before `的` (`Astrid的iPhone`), as a Han name is read there.
 */
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from "./name-lists.js";
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";

/** The device words, in the case their makers write them (not the `Mac` of `Mac and Cheese`). */
const DEVICE = String.raw`(?:iPhone|iPad|iPod|iMac|MacBook|MBP|Mac(?!\s*(?:and|&|n'?)\s*[Cc]heese)|Apple\s+Watch|AirPods|Galaxy|Pixel)\b`;

/**
 * What every owned device's name holds, for the prose search (case-insensitive there): a
 * possessive's `s` before a device word, a Turkish genitive before one (`'nin iPhone`), a device
 * word before `von`/`de`/`di`/`van`, `的` before one, or a Cyrillic letter and a space before one
 * (`Иван iPhone`; the search is case-insensitive and reads capital Cyrillic letters too).
 */
export const DEVICE_OWNER_HINT = String.raw`[а-яёєіїґ]\s+(?:iphone|ipad|ipod|imac|macbook|mac|apple\s+watch|airpods|galaxy|pixel)\b|['’]?s(?:\s+|-)(?:iphone|ipad|ipod|imac|macbook|mbp|mac|apple\s+watch|airpods|galaxy|pixel)\b|['’]n?[ıiuü]n\s+(?:iphone|ipad|ipod|imac|macbook|mac|galaxy|pixel)|(?:iphone|ipad|ipod|imac|macbook|mac|galaxy|pixel)(?:\s+|-)(?:von|de|di|van)[\s-]|的\s*(?:iphone|ipad|ipod|imac|macbook|mac|galaxy|pixel)`;

/** A capitalised word of a name: a capital and small letters (accents and marks included). */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;

/** A capitalised Cyrillic word (Russian's and Ukrainian's letters). */
const CYRILLIC_WORD =
  "[\u0401\u0404\u0406\u0407\u0410-\u042f\u0490][\u0430-\u044f\u0451\u0454\u0456\u0457\u0491]+";

/**
 * The shapes, the owner in group 1 (before a possessive with an apostrophe or none), group 2 (a
 * glued `s`: `Astrids`, the group holds the name without it), group 3 (after the device word),
 * group 4 (Han, before `的`), group 5 (before a Turkish genitive: `Ayşe'nin`), group 6 (one or two
 * Cyrillic words right before the device word: `Иван Петров iPhone`) or group 7 (Latin, before
 * `的`: `Astrid的iPhone`).
 */
const DEVICE_OWNER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{M}'’])(${WORD}(?:[ -]${WORD})?)['’]s?\s+(?=${DEVICE})`,
    String.raw`(?<![\p{L}\p{M}'’])(${WORD}(?:[ -]${WORD})?)s(?:\s+|-)(?=${DEVICE})`,
    String.raw`${DEVICE}(?:\s+(?:von|de|di|van)\s+|-(?:von|de|di|van)-)(${WORD}(?:[ -]${WORD})?)(?![\p{L}\p{M}])`,
    String.raw`(?<!\p{sc=Han})(\p{sc=Han}{2,4})的\s*(?=${DEVICE})`,
    String.raw`(?<![\p{L}\p{M}'’])(${WORD}(?:[ -]${WORD})?)['’]n?[ıiuü]n\s+(?=${DEVICE})`,
    String.raw`(?<![\p{L}\p{M}'’-])(${CYRILLIC_WORD}(?: ${CYRILLIC_WORD})?)\s+(?=${DEVICE})`,
    String.raw`(?<![\p{L}\p{M}'’])(${WORD}(?: ${WORD})?)的\s*(?=${DEVICE})`,
  ].join("|"),
  "gu",
);

/**
 * Capitalised words that own devices in ordinary prose but are nobody's name: makers, shops,
 * carriers, days, pronouns, family words and roles.
 */
const NOT_OWNERS: ReadonlySet<string> = new Set([
  "apple",
  "google",
  "samsung",
  "amazon",
  "microsoft",
  "adobe",
  "meta",
  "facebook",
  "sony",
  "huawei",
  "xiaomi",
  "oneplus",
  "motorola",
  "nokia",
  "verizon",
  "vodafone",
  "telenor",
  "walmart",
  "target",
  "today",
  "tomorrow",
  "yesterday",
  "tonight",
  "this",
  "that",
  "next",
  "last",
  "year",
  "week",
  "month",
  "his",
  "her",
  "their",
  "your",
  "our",
  "its",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "nobody",
  "anyone",
  "mom",
  "mum",
  "dad",
  "mother",
  "father",
  "grandma",
  "grandpa",
  "kid",
  "kids",
  "user",
  "users",
  "customer",
  "customers",
  "company",
  "work",
  "office",
  "the",
  "new",
  "old",
  "my",
  "world",
  "android",
  "paris",
  "london",
  // places and makers in Turkish before a genitive (`Türkiye'nin iPhone pazarı`, session 18)
  "türkiye",
  "turkey",
  "avrupa",
  "amerika",
  "çin",
  "japonya",
  "kore",
  "istanbul",
  "ankara",
  // given names that are also shops, assistants or places before a device (`Macy's Galaxy sale`)
  "macy",
  "siri",
  "alexa",
  "cortana",
]);

/**
 * Capitalised words ending in `s` that stand before a device word in titles and listings (`Cases
 * iPhone 15`, `This iPhone`, `Tips iPhone`): never a glued possessive.
 */
const NOT_GLUED_POSSESSIVES: ReadonlySet<string> = new Set([
  "this",
  "his",
  "its",
  "yes",
  "is",
  "was",
  "has",
  "does",
  "us",
  "plus",
  "pros",
  "news",
  "tips",
  "deals",
  "sales",
  "specs",
  "games",
  "apps",
  "cases",
  "covers",
  "accessories",
  "chargers",
  "cables",
  "headphones",
  "screens",
  "protectors",
  "parts",
  "repairs",
  "models",
  "series",
  "features",
  "updates",
  "settings",
  "photos",
  "videos",
  "notes",
  "contacts",
  "messages",
  "maps",
  "works",
  "comes",
  "gets",
  "makes",
  "uses",
  "buys",
  "sells",
  "fits",
  "supports",
  "includes",
  "yours",
  "ours",
  "theirs",
  "hers",
  "moms",
  "mums",
  "dads",
  "kids",
]);

/** The Han words before `的` that are nobody's name (`苹果的`, `公司的`, `我们的`...). */
const NOT_HAN_OWNERS: ReadonlySet<string> = new Set([
  "苹果",
  "谷歌",
  "三星",
  "华为",
  "小米",
  "公司",
  "我们",
  "他们",
  "她们",
  "你们",
  "用户",
  "客户",
]);

/**
 * Russian and Ukrainian given names and their everyday short forms, capitalised (session 19): the
 * commonest of the last decades' births and of adults, written as their owners sign. Not the names
 * that are also everyday words (`Вера` "faith", `Надежда` "hope", `Любовь` "love", `Роман` "novel",
 * `Лев` "lion", `Слава` "glory", `Лилия` "lily", `Роза` "rose"): a capitalised word before a device
 * word starts a sentence or a title as often.
 */
const CYRILLIC_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // men's
    "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Богдан Борис Вадим",
    "Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий",
    "Глеб Григорий Даниил Данил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин",
    "Леонид Максим Матвей Михаил Никита Николай Олег Павел Пётр Петр Руслан Семён Семен Сергей",
    "Станислав Степан Тимофей Тимур Фёдор Федор Юрий Ярослав Тарас Остап Назар Олександр Андрій",
    "Дмитро Сергій Юрій Василь Микола Петро Іван Олексій Віктор Володимир",
    // women's
    "Алёна Алена Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия Варвара Вероника",
    "Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зоя Ирина Карина Кира",
    "Кристина Ксения Лариса Людмила Маргарита Марина Мария Милана Наталья Наталия Нина Оксана",
    "Олеся Ольга Полина Светлана София Софья Таисия Тамара Татьяна Ульяна Юлия Яна Олена Наталія",
    "Катерина Ганна Тетяна Марія Юлія Ірина Світлана",
    // short forms
    "Саша Алёша Лёша Дима Миша Коля Паша Петя Серёжа Сережа Женя Ваня Вова Витя Костя Гоша Ксюша",
    "Настя Катя Маша Даша Наташа Оля Таня Юля Лена Аня Ира Галя Вика Надя Соня",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The owner's span among one or two Cyrillic words before a device word (group 6, at `start`),
 * when one of them is a listed given name ({@link CYRILLIC_GIVEN_NAMES}); `null` otherwise.
 */
function cyrillicOwnerSpan(owner: string, start: number): EngineSpan | null {
  return owner.split(" ").some((word) => CYRILLIC_GIVEN_NAMES.has(word))
    ? [start, start + owner.length, NAME]
    : null;
}

/** True when `word` is on {@link NOT_OWNERS} in lower case, Turkish's too (`İstanbul` is `istanbul`). */
function isTurkishNonOwner(word: string): boolean {
  return NOT_OWNERS.has(word.toLowerCase()) || NOT_OWNERS.has(word.toLocaleLowerCase("tr"));
}

/**
 * True when `word` (any case) is a given name of the bare-name reader's lists, also written
 * without its accents (`Joao`, `Zoe`): a host name holds ASCII letters only, so macOS and iOS
 * write `João's iPhone` as `iPhone-de-Joao` (session 19).
 */
function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(lower) || WORD_GIVEN_NAMES.has(lower)) return true;
  unaccentedGivenNames ??= new Set([...GIVEN_NAMES].map(unaccented));
  return unaccentedGivenNames.has(lower);
}

/** The given names without their accents, built on the first name that is not listed as written. */
let unaccentedGivenNames: ReadonlySet<string> | undefined;

/** `name` with its combining marks removed (`joão` is `joao`). */
function unaccented(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * The owner's span in `[start, start + owner.length)`: its leading words that are nobody's name
 * dropped (`Yesterday Astrid's iPhone`), then only when the first word left is a listed given name
 * (session 16, a red team's round 5: `Women's Apple Watch band`, `China's iPhone sales`,
 * `Engadget's Pixel 9 review`, `Christmas iPad deals` were taken for owners); `null` otherwise.
 */
function ownerSpan(owner: string, start: number): EngineSpan | null {
  let from = 0;
  for (const word of owner.split(/[ -]/)) {
    if (!NOT_OWNERS.has(word.toLowerCase()))
      return isGivenName(word) ? [start + from, start + owner.length, NAME] : null;
    from += word.length + 1;
  }
  return null;
}

/**
 * A device word as its maker writes it: the first test, without the `u` flag, so that the reader's
 * Unicode expression runs only on texts that name a device (it cost every text the prose search
 * lets through about 20% in Chinese, Russian and Korean hostile bodies).
 */
const DEVICE_WORD = /iPhone|iPad|iPod|Mac|MBP|AirPods|Galaxy|Pixel|Apple\s+Watch/;

/**
 * A device's host name in lower case, as a router's DHCP table and mDNS write it
 * (`astrid-solbergs-macbook-pro.local`, `astrids-iphone.lan`; session 19): one or two words of
 * ASCII letters, the last with its glued `s`, `-` and a device word; the words in group 1.
 */
const LOWER_CASE_HOST =
  /(?<![a-z\d-])([a-z]+(?:-[a-z]+)?)s-(?=(?:iphone|ipad|ipod|imac|macbook|mbp|mac-mini|mac-pro|mac-studio)(?![a-z]))/g;

/**
 * The owner's span in a lower-case host name (see {@link LOWER_CASE_HOST}) at `start`, when its
 * first word is a listed given name (not one that is also a word: `bills-ipad` may be a bill's)
 * and no word is on {@link NOT_OWNERS} (`apples-iphone`).
 */
function lowerCaseHostOwner(owner: string, start: number): EngineSpan | null {
  const words = owner.split("-");
  const first = words[0] as string;
  if (words.some((word) => NOT_OWNERS.has(word)) || NOT_GLUED_POSSESSIVES.has(`${words.at(-1)}s`))
    return null;
  if (WORD_GIVEN_NAMES.has(first) || !isGivenName(first)) return null;
  return [start, start + owner.length + 1, NAME];
}

/** The owners' names in the devices' names in `text`, sorted; `null` when none. */
export function findDeviceOwnerNames(text: string): EngineSpan[] | null {
  const spans: EngineSpan[] = [];
  if (text.includes("s-")) {
    LOWER_CASE_HOST.lastIndex = 0;
    for (let m = LOWER_CASE_HOST.exec(text); m !== null; m = LOWER_CASE_HOST.exec(text)) {
      const span = lowerCaseHostOwner(m[1] as string, m.index);
      if (span !== null) spans.push(span);
    }
  }
  if (!DEVICE_WORD.test(text)) return spans.length === 0 ? null : spans;
  DEVICE_OWNER.lastIndex = 0;
  for (let m = DEVICE_OWNER.exec(text); m !== null; m = DEVICE_OWNER.exec(text)) {
    let span: EngineSpan | null = null;
    if (m[1] !== undefined) span = ownerSpan(m[1], m.index);
    else if (m[2] !== undefined) {
      // the glued `s` belongs to the name's word: `Astrids` goes whole
      const last = m[2].slice(m[2].search(/[^ -]+$/u)).toLowerCase();
      const owner =
        NOT_OWNERS.has(last) || NOT_GLUED_POSSESSIVES.has(`${last}s`) ? null : ownerSpan(m[2], m.index);
      if (owner !== null) span = [owner[0], owner[1] + 1, NAME];
    } else if (m[3] !== undefined) {
      const owner = m[3];
      const start = m.index + m[0].length - owner.length;
      const words = owner.split(/[ -]/);
      span =
        words.some((w) => NOT_OWNERS.has(w.toLowerCase())) || !isGivenName(words[0] as string)
          ? null
          : [start, start + owner.length, NAME];
    } else if (m[4] !== undefined && !NOT_HAN_OWNERS.has(m[4])) span = [m.index, m.index + m[4].length, NAME];
    else if (m[5] !== undefined && !m[5].split(/[ -]/).some(isTurkishNonOwner))
      span = [m.index, m.index + m[5].length, NAME];
    else if (m[6] !== undefined) span = cyrillicOwnerSpan(m[6], m.index);
    else if (m[7] !== undefined) span = ownerSpan(m[7], m.index);
    if (span !== null) spans.push(span);
  }
  if (spans.length === 0) return null;
  // a lower-case host's owner was pushed first
  return spans.sort((a, b) => a[0] - b[0]);
}
