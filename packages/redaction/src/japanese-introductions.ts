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
 * Since session 17 also a given name alone (`私は健太です`, `名前は陽菜です`, after `名前は` too):
 * two or three kanji, the last one that ends given names far more than nouns (`太`, `郎`, `菜`,
 * `子`: {@link GIVEN_LAST}), not a word a person says they are (`息子`, `大丈夫`: a list); and
 * after a greeting two to four hiragana (`はじめまして、ゆいです`), not a word said there
 * (`よろしくです`, `そうです`) nor an adjective in `い` (`ねむいです`).
 *
 * Katakana after "I am" is not read (`私はエンジニアです`), nor hiragana after `私は` (`私はいいです`,
 * "I'm fine, thanks"), nor a given name of one kanji or ending in another kanji (`私は蓮です`,
 * `私は和明です`): an accepted miss. Spans are the name only, category `account.profile.name`.
 *
 * Session 19 (a red team's round 7, R7's rest): many given names are written in kana (`さくら`,
 * `ゆい`, `サクラ`), and after `私は` or `名前は` those are read when they are listed
 * ({@link KANA_GIVEN_NAMES}: a given name as a whole, not its shape, since two to six kana there
 * are as often a word a person says they are or answers with: `私はここです`, `私はふつうです`,
 * `私はファンです`), in hiragana or the same in katakana, right before `です`, `でございます` or `っす`
 * (not `だ`: `私ははなだいすき` is "I love flowers"). A greeting reads them too (katakana, or more
 * than four kana: `はじめまして、サクラです`). `私は、` with its comma is read as `私は`.
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

/**
 * "I" and `は`, `名前は` ("the name is"; session 17), either perhaps with a comma (`私は、`; session
 * 19), or a greeting and its punctuation (group 1, for the hiragana name only a greeting is
 * followed by), ending where the name starts.
 */
const SELF_INTRODUCTION =
  /(?:(?:(?:私|わたし|わたくし|あたし|僕|ぼく|俺|おれ)は|名前は)[、,]?|((?:はじめまして|初めまして|こんにちは|こんばんは|おはようございます|お世話になっております|お世話になります|お疲れ様です)[、,。.！!]?))[ \t\u3000]*/gu;

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

/**
 * The kanji that end given names far more than the nouns a person says they are (session 17):
 * `健太`, `翔平`, `陽菜`, `花子`, `和夫`. Not `人` (`日本人`), `理` (`経理`), `代` (`二十代`), `明`
 * (`不明`), `生` (`学生`): those end such nouns as often.
 */
const GIVEN_LAST =
  "太郎介輔也哉斗翔樹菜奈衣香恵乃穂彦雄吾輝蓮咲凛美子花華絵葉音希紀里佳枝江那結羽帆夏陽晴男夫平司悟";

/**
 * Words of two or three kanji that end in {@link GIVEN_LAST} and that a person says they are, or
 * answers with after `私は` (`私は寿司です`, "mine is sushi"): kin (`息子`, `双子`, `長男`), roles
 * (`上司`, `新郎`, `弟子`), states (`大丈夫`, `公平`), food (`野菜`, `中華`, `寿司`). Written from the
 * nouns of those endings in everyday Japanese (session 17).
 */
const NOT_GIVEN_NAMES = new Set(
  [
    "息子 双子 女子 男子 弟子 王子 養子 長子 末子 様子 調子 菓子 椅子 帽子 電子 原子 分子 親子 妻子 君子",
    "長男 次男 二男 三男 四男 大男 美男 雨男 新郎 野郎 英雄 上司 寿司 公平 不平 太平 和平 水平 同志 有志 意志",
    "大丈夫 丈夫 工夫 農夫 漁夫 野菜 白菜 前菜 中華 豪華 白衣 浴衣 言葉 紅葉 発音 本音 騒音 録音 覚悟",
    "婿養子 玉子 団子 穴子 茄子 仲介 紹介 知恵 恩恵 北斗 火花 世紀 真夏 太陽 快晴 旦那 刹那 果樹 優美 褒美 賛美 郷里 千里",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The end of a given name alone at `at` (session 17: `私は健太です`, `名前は陽菜です`): two or three
 * kanji, the last one of {@link GIVEN_LAST}, none that ends places and firms ({@link NOT_GIVEN}),
 * no word on {@link NOT_GIVEN_NAMES}, right before the copula; or `at` when none stands there.
 */
function givenNameEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= 3 && isKanjiCode(text.charCodeAt(end))) end++;
  const name = text.slice(at, end);
  if (name.length < 2 || name.length > 3 || !GIVEN_LAST.includes(name.charAt(name.length - 1))) return at;
  if ([...name].some((c) => NOT_GIVEN.includes(c)) || NOT_GIVEN_NAMES.has(name)) return at;
  COPULA.lastIndex = end;
  return COPULA.test(text) ? end : at;
}

/** The copula after a name in hiragana (`です`, `でございます`, `っす`; not `だ`, which ends words). */
const KANA_COPULA = ["です", "でございます", "っす"];

/**
 * Words of two to four hiragana said after a greeting before the copula, not a name (session 17):
 * `よろしくです`, `おひさです`, `そうです`, `まだです`, pronouns, "here", "now", "from now on", "for the
 * first time", "alone", "away" and the weather (`はれです`). Three or more ending in `い` are adjectives (`ねむいです`) and are no name either
 * ({@link kanaNameEnd}).
 */
const NOT_KANA_NAMES = new Set(
  "よろしく おひさ いい まだ いま いまから これから はじめて ひとり るす おやすみ そう ほんと うそ だめ むり いや すき ひま へん げんき おつ ごめん これ それ あれ どれ ここ そこ どこ こちら そちら あちら どちら だれ なに なん いつ ぼく わたし あたし おれ じぶん みんな たぶん さっき へいき ふつう きょう あした きのう あめ ゆき はれ くもり".split(
    " ",
  ),
);

/** True for a hiragana letter or the long mark `ー`. */
const isHiraganaCode = (c: number) => (c >= 0x3041 && c <= 0x3096) || c === 0x30fc;

/**
 * The end of a name in hiragana at `at`, after a greeting (session 17: `はじめまして、ゆいです`):
 * two to four hiragana right before the copula, not a word on {@link NOT_KANA_NAMES} nor three or
 * more ending in `い` (`ねむい`); or `at` when none stands there.
 */
function kanaNameEnd(text: string, at: number): number {
  // the first letter too (session 18, a red team's round 7 R7: `初めて`, `久しぶり` were read)
  if (!isHiraganaCode(text.charCodeAt(at))) return at;
  for (let end = at + 2; end <= at + 4 && isHiraganaCode(text.charCodeAt(end - 1)); end++) {
    if (!KANA_COPULA.some((copula) => text.startsWith(copula, end))) continue;
    const name = text.slice(at, end);
    return NOT_KANA_NAMES.has(name) || (name.length >= 3 && name.endsWith("い")) ? at : end;
  }
  return at;
}

/**
 * Given names written in kana, in hiragana (session 19): the commonest girls' and boys' names of
 * the last decades' births (Meiji Yasuda's yearly lists, as read) and of adults. Not the names
 * that are also an everyday word a person says they are or orders (`私は寿司です` says "mine is
 * sushi"): seasons (`はる`, `なつ`), the colours and fruit (`みどり`, `もも`, `ゆず`), a beer
 * (`あさひ`, `きりん`), the Tokaido Shinkansen's trains (`ひかり`, `のぞみ`, `こだま`: "I'm on the
 * Hikari"), numbers (`なな`), places a person is at (`ゆか`, "the floor"; `なぎさ`), ahead (`さき`),
 * a grade or a dormitory (`りょう`), short names that are words (`けん`, `しょう`, `かい`, `りく`,
 * `そら`, `うみ`, `まき`, `りか`, `ちか`), and names read as a noun one says one has or is on
 * (mecab-ipadic's readings: `けいこ` "practice", `しんや` "late night", `てつや` "all-nighter",
 * `ゆうせい` "ahead").
 */
const KANA_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // girls'
    "さくら ゆい めい あおい ひまり ゆいな りこ ひな ゆな えま いろは つむぎ みお りん ここな あかり",
    "はな ことは すず さな ゆあ みゆ ほのか かのん ゆずき のあ ゆめ あんな こはる しおり まな あやか",
    "みさき ななみ ちひろ かな まゆ あすか ももか りな れな あやの はるか まりこ ゆみ よしこ",
    "ようこ ともこ ひろみ まゆみ えみ あゆみ めぐみ なおみ ゆうこ かおり みか さやか あや まり ゆり",
    "すみれ あかね かえで みずき なつき ゆうか ゆうな さおり ちなつ まお あい まい ゆき こころ しずく",
    "ひなの ゆづき りお るな えりか みく みゆき ゆかり あさみ ちさと はづき みほ りさ ありさ かりん はなこ",
    // boys'
    "はると そうた ゆうと みなと れん そうま ゆいと はるき ゆうま いつき たくみ こうき だいき けんた",
    "しょうた ゆうた りょうた こうた かいと はやと かずき たける ひろき なおき そうすけ こうすけ",
    "だいすけ りょうすけ けんじ たかし ひろし さとし あきら まさと ゆうじ けいた しんじ たろう じろう",
    "ゆうき はるま あおと こうじ まさし たつや かずや なおや たくや ゆうや",
    "りゅうせい けいすけ しゅんすけ ともや まさき ひでき ひろと しゅうと",
  ]
    .join(" ")
    .split(" "),
);

/** Listed names whose katakana is a loanword more often than a name (`アイ`, "AI", "eye"). */
const NOT_KATAKANA_NAMES: ReadonlySet<string> = new Set(["あい"]);

/** True for a katakana letter (not the long mark, which hiragana uses too). */
const isKatakanaCode = (c: number) => c >= 0x30a1 && c <= 0x30f6;

/** The longest kana name read ({@link KANA_GIVEN_NAMES}: `りょうすけ`, `しゅんすけ`). */
const MAX_KANA_NAME = 6;

/**
 * The end of a listed kana name at `at` (session 19: `私はさくらです`, `私はサクラです`), all in
 * hiragana or all in katakana, right before the copula; or `at` when none stands there.
 */
function listedKanaNameEnd(text: string, at: number): number {
  const katakana = isKatakanaCode(text.charCodeAt(at));
  const isLetter = katakana ? isKatakanaCode : isHiraganaCode;
  let end = at;
  while (end - at < MAX_KANA_NAME && isLetter(text.charCodeAt(end))) {
    end++;
    if (end - at < 2 || !KANA_COPULA.some((copula) => text.startsWith(copula, end))) continue;
    // katakana is hiragana's letters moved up 0x60
    const name = katakana
      ? String.fromCharCode(...[...text.slice(at, end)].map((c) => c.charCodeAt(0) - 0x60))
      : text.slice(at, end);
    const listed = KANA_GIVEN_NAMES.has(name) && !(katakana && NOT_KATAKANA_NAMES.has(name));
    return listed ? end : at;
  }
  return at;
}

/** The names given with "I am" in Japanese in `text` (see the module note), sorted; `null` when none. */
export function findJapaneseIntroductions(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  SELF_INTRODUCTION.lastIndex = 0;
  for (let m = SELF_INTRODUCTION.exec(text); m !== null; m = SELF_INTRODUCTION.exec(text)) {
    const at = SELF_INTRODUCTION.lastIndex;
    let end = nameEnd(text, at);
    if (end === at) end = givenNameEnd(text, at);
    if (end === at && m[1] !== undefined) end = kanaNameEnd(text, at);
    if (end === at) end = listedKanaNameEnd(text, at);
    if (end > at) out.push([at, end, NAME]);
  }
  return out.length === 0 ? null : out;
}
