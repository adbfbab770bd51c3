/**
 * Names a Japanese writer gives with a plain "I am" (session 15, red-team round 3): `私は佐藤花子です`,
 * `わたしは佐藤です`, `はじめまして、山田太郎です。`, `お世話になっております。田中です。`. The
 * phrases that say "name" or humble "am called" (`私の名前は`, `と申します`) and the honorifics
 * (`山田様`) are read in `introduced-names.ts`; these say only "I ... am", which stands before
 * anything a person is (`私は学生です`, `私は元気です`), so only a name's own shape is taken: one of
 * about a hundred common surnames ({@link SURNAMES}), then up to three kanji of a given name, right
 * before the copula (`です`, `だ`, `でございます`, `っす`).
 *
 * - After `私は`, `わたしは`, `僕は`, `俺は`... ("I"), or a greeting that starts a letter or a talk
 *   (`はじめまして`, `こんにちは`, `お世話になっております`, `お疲れ様です`) and its punctuation.
 * - A surname of one kanji (`林`, `森`, `原`) is taken alone or before a space: joined to more kanji
 *   it makes a word (`原因`, `原告`, `森林`, `林業`).
 * - The given name holds none of the kanji that end places, firms and roles (`県`, `市`, `出身`,
 *   `社`, `店`, `山`, `川`, `島`: `私は山口県出身です`, "I am from Yamaguchi"; `私は上野動物園です`).
 *
 * Katakana and hiragana after "I am" are not read (`私はエンジニアです`), nor a surname not on the
 * list: an accepted miss. Spans are the name only, category `account.profile.name`.
 */
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode } from "./scripts.js";

const NAME = "account.profile.name";

/**
 * What the prose search must let through for this reader beyond what it already does: the
 * greetings without `は` (`初めまして`, `お世話になって`). Every other phrase here holds `は`, a
 * copula's mark that the prose search lets through (`STATED_VALUE_MARKS`), or `様` (`お疲れ様`), an
 * honorific's.
 */
export const JAPANESE_SELF_HINT = "初めまして|お世話にな";

/** "I" and `は`, or a greeting and its punctuation, ending where the name starts. */
const SELF_INTRODUCTION =
  /(?:(?:私|わたし|わたくし|あたし|僕|ぼく|俺|おれ)は|(?:はじめまして|初めまして|こんにちは|こんばんは|おはようございます|お世話になっております|お世話になります|お疲れ様です)[、,。.！!]?)[ \t\u3000]*/gu;

/** About a hundred of the commonest Japanese surnames, as written in kanji. */
const SURNAMES = new Set(
  "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 斎藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井".split(
    " ",
  ),
);

/**
 * The kanji that end places, firms and roles after a surname's kanji (`山口県`, `鈴木商店`, `田中家`,
 * `山口県出身`), and the places named like surnames (`上野動物園`, `高田馬場`, `三浦半島`, `大野川`,
 * `清水寺`: the place names of a Japanese dictionary, mecab-ipadic, that start with a listed
 * surname; session 15). 525 of that dictionary's 16,537 given names of one to three kanji (3%)
 * hold one (`市子`, `美都里`) and are missed here.
 */
const NOT_GIVEN =
  "県市町村区都府郡駅線店屋社会組部課係室院所館校家派側方氏殿様君商工業産設電機製銀出身在住担当" +
  "山川峠湖湾崎岬鼻島寺池沢岳原台橋浦港谷越坂盆園岸塚城頭郷尾場堤礁嶺幌芝辺口下上前焼賞法温";

/** The copula after a name: `です`, `だ`, `でございます`, `でした`, `っす`. */
const COPULA = /です|でございます|でした|だ|っす/y;

/** True for a kanji, or the repeat mark `々` (`佐々木`). */
const isKanjiCode = (c: number) => isIdeographCode(c) || c === 0x3005;

/** The length of the listed surname at `at`, the longest first (`森田` before `森`), or 0. */
function surnameLength(text: string, at: number): number {
  for (let n = 3; n >= 1; n--) if (SURNAMES.has(text.slice(at, at + n))) return n;
  return 0;
}

/**
 * The end of the name at `at` (a listed surname, then up to three kanji of a given name, maybe
 * after one space), or `at` when none stands there right before the copula.
 */
function nameEnd(text: string, at: number): number {
  const surname = surnameLength(text, at);
  if (surname === 0) return at;
  const spaced = text[at + surname] === " " || text[at + surname] === "\u3000";
  const start = spaced ? at + surname + 1 : at + surname;
  let end = start;
  while (end < text.length && end - start <= 3 && isKanjiCode(text.charCodeAt(end))) end++;
  const given = text.slice(start, end);
  if (given.length === 0) end = at + surname;
  else if (given.length > 3 || [...given].some((c) => NOT_GIVEN.includes(c))) return at;
  else if (surname === 1 && !spaced) return at; // `原因`, `森林`: one kanji joined to more is a word
  COPULA.lastIndex = end;
  return COPULA.test(text) ? end : at;
}

/** The names given with "I am" in Japanese in `text` (see the module note), sorted; `null` when none. */
export function findJapaneseIntroductions(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  SELF_INTRODUCTION.lastIndex = 0;
  for (let m = SELF_INTRODUCTION.exec(text); m !== null; m = SELF_INTRODUCTION.exec(text)) {
    const at = SELF_INTRODUCTION.lastIndex;
    const end = nameEnd(text, at);
    if (end > at) out.push([at, end, NAME]);
  }
  return out.length === 0 ? null : out;
}
