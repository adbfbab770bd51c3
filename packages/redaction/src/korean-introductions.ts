/**
 * Names a Korean writer introduces (session 12 in `introduced-names.ts`, moved here and widened in
 * session 15, after the red-team report found `저는 김민수입니다` and `김민수라고 해요` unread and
 * `저는 학생이라고 합니다` over-redacted). Korean has no capitals, and "I am" stands before anything a
 * person is (`저는 학생입니다`, "I am a student"), so where no word says "name" only a name's own shape
 * is taken: a common surname (`김`, `이`, `박`..., or a compound one, `남궁`) and a given name of
 * syllables that given names are made of (`민수`, `서연`, `지훈`).
 *
 * - `제 이름은` / `내 이름은` ("my name is"), then two to four syllables ending the clause or
 *   before the copula: `제 이름은 김민수입니다` (any syllables: the phrase says it is a name).
 * - `저는`, `전`, `나는`, `난` or `제가` ("I"), then a name before `(이)라고 합니다` / `해요` ("I am
 *   called"): a surname and one or two given syllables, or a given name alone (`전 민지라고 해요`);
 *   `저는 학생이라고 합니다` ("I am said to be a student") names nobody. Without the "I", `그건
 *   사실이라고 합니다` reports what someone says.
 * - The same "I", or a greeting (`안녕하세요`, `처음 뵙겠습니다`, `반갑습니다`), then a name before the
 *   copula (`입니다`, `이에요`, `예요`, `이야`, `야`, `인데요`): `저는 김민수입니다`, `전 김민수예요`,
 *   `안녕하세요, 김민수입니다`. Only the full shape counts here: a surname and two given syllables,
 *   the last not one that ends common nouns as often as names (`인`, `도`, `기`...: `한국인`,
 *   `경기도`), nor a word people say they are ({@link NOT_NAMES}: `도우미`, `지하철`). So `저는
 *   학생입니다`, `저는 회사원이에요`, `저는 한국인입니다` stay; a name of two syllables (`저는 김구예요`)
 *   is missed here.
 * - A full name before `(이)라고 해요` with no "I", where it starts a clause (the text's start, a
 *   sentence's or a greeting's end): `김민수라고 해요`. After another word it names a thing (`이건
 *   유리창이라고 해요`, "this is called a window").
 * - Since session 17 also a given name alone, in both of the last two: `저는 민수입니다`,
 *   `안녕하세요 서연입니다`, `민수라고 합니다`. Two given syllables, the last one that ends names
 *   ({@link GIVEN_NAME}), and no word one says one is, is from or answers with
 *   ({@link NOT_GIVEN_NAMES}: `저는 가수입니다` "I'm a singer", `저는 광주입니다`, `저는 우유예요`
 *   "mine is milk"). Other such nouns are over-redacted: an accepted cost.
 *
 * Spans are the name only, category `account.profile.name`; the phrase stays.
 */
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";

/**
 * What every Korean introduction holds, for the prose search: the "I"s (with the white space the
 * short ones need), `이름은`, `라고` and the greetings.
 */
export const KOREAN_INTRODUCTION_HINT = String.raw`이름은|라고|저는|나는|제가|전\s|난\s|안녕하|처음\s*뵙|반갑습니다`;

/** The common one-syllable Korean surnames (`김`, `이`, `박`...), from the red-team report's list. */
const SURNAME =
  "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부";
/** The compound surnames, tried before their first syllable alone. */
const COMPOUND_SURNAME = "황보|남궁|제갈|선우|독고|사공|서문";
/**
 * The syllables Korean given names are made of (`민준`, `서연`, `지훈`, `영희`...), written from
 * common names of recent and older generations; not those that mostly make common nouns (`생`,
 * `님`, `자`, `사`: `학생`, `선생님`, `사용자`, `간호사`).
 */
const GIVEN =
  "민준서도윤예시우하주원지호후건현진재연유정승은환찬성영수태규한결혁석동욱훈상철식광종병길용경명대남형아채빈율린인나다가소미숙희혜보람비슬리효선순애란옥화해운솔겸휘범완일만근중창섭열웅택홍덕문봉신송강";
/**
 * The given syllables that end common nouns as often as names (`한국인`, `경기도`, `소나기`, `문화`,
 * `성인식`...), or a verb's form (`한`, `해`, `다`): not the last of a name read by its shape alone.
 */
const NOT_LAST = "인한해다가기화도문대비소시병상범일중";
const LAST = [...GIVEN].filter((c) => !NOT_LAST.includes(c)).join("");

/** A full name: a surname and two given syllables, the last one that ends names more than nouns. */
const FULL_NAME = `(?:${COMPOUND_SURNAME}|[${SURNAME}])[${GIVEN}][${LAST}]`;
/**
 * A given name alone (session 17): two given syllables, the last one that ends names more than
 * nouns (`민수`, `서연`, `지훈`). Nouns of this shape are many (`가수`, `주민`, `찬성`), so it is
 * read only where the writer says "I", greets, or starts a clause before "am called", and never
 * as a word on {@link NOT_GIVEN_NAMES}.
 */
const GIVEN_NAME = `[${GIVEN}][${LAST}]`;
/** A name after "I am called": a surname and one or two given syllables, or a given name alone. */
const CALLED_NAME = `(?:${COMPOUND_SURNAME}|[${SURNAME}])[${GIVEN}]{1,2}|[${GIVEN}]{2}`;

/** "I" as Korean writes it: `저는`, `나는`, `제가`, and the short `전`, `난` before white space. */
const SELF = String.raw`(?:저는|나는|제가)\s*|(?:전|난)\s+`;
/** The copula after a name: "am" (`입니다`, `이에요`, `예요`, `이야`, `야`, `인데요`). */
const COPULA = "입니다|이에요|이예요|예요|이야|야|인데요";
/** "Am called" (`라고 합니다`, `이라고 해요`, `라고 불러요`), after the name. */
const CALLED = String.raw`이?라고\s*(?:합니다|해요|해|불러|부릅니다)`;

/**
 * The Korean introductions, each name in its own group: after `이름은` (1), after "I" before "am
 * called" (2), after "I" or a greeting before the copula (3), and a full name before "am called"
 * (4), whose clause start is checked in code (see {@link startsClause}).
 */
const KOREAN_INTRODUCTION = new RegExp(
  [
    String.raw`(?:제|내|저의|나의)\s*이름은\s*([가-힣]{2,4}?)(?=입니다|이에요|예요|이야|야|[\s.,!?。，！]|$)`,
    `(?<![가-힣])(?:${SELF})(${CALLED_NAME})(?=${CALLED})`,
    String.raw`(?<![가-힣])(?:${SELF}|(?:안녕하세요|안녕하십니까|처음\s*뵙겠습니다|반갑습니다)[\s,.!~]*)(${FULL_NAME}|${GIVEN_NAME})(?=${COPULA})`,
    `(?<![가-힣])(${FULL_NAME}|${GIVEN_NAME})(?=${CALLED})`,
  ].join("|"),
  "dgu",
);

/**
 * Words of a full name's shape that a person says they are, or names at a clause's start before
 * "is called" (`옥수수라고 해요`, "it is called corn"): people (`도우미` "helper", `이주민`
 * "immigrant", `경호원` "bodyguard"), places one says one is at (`지하철` "the subway", `조수석`,
 * `반지하`), animals, food and everyday things (`강아지`, `한정식`, `소시지`, `유리창`, `이미지`).
 * Picked by hand from the three-syllable words of a Korean dictionary (hunspell-ko) that have the
 * shape (session 15); the rest of them (`공정성`, `변화율`) are not said of a person nor named alone.
 */
const NOT_NAMES = new Set(
  [
    "도우미 이주민 원주민 이재민 도시민 소시민 경호원 경비원 구성원 고용원 소대원 정보원 주재원 고용주 소유주 기대주",
    "명가수 모범수 사형수 여비서 어린애 장애아 정상아 기형아 지진아 유인원 백인종 황인종 구미호",
    "지하철 조수석 조종석 지정석 금연석 반지하 고시원 고아원 기도원 노인정 문화원 연수원 유아원 유원지 여인숙 사우나",
    "이태원 이태리 명승지 서식지 소재지 주소지 배수지 지하수 은하수 오솔길 봉우리 모서리 사다리 유리창 우주선 유람선",
    "강아지 송아지 도다리 노가리 소시지 마가린 한정식 이유식 손수건 도화지 신문지 편지지 현미경 지휘봉 이미지 노하우",
    "고지서 공문서 설명서 설문지 성명서 주문서 지원서 진정서 문화재 방정식 하소연 이슬람",
  ]
    .join(" ")
    .split(" "),
);

/**
 * Words of a given name's shape (two syllables) that a person says they are or are from, or
 * answers with (`저는 우유입니다`, "mine is milk"), so not read as a name after "I" or a greeting
 * (session 17): people and roles (`가수` "singer", `선수`, `주민` "resident", `서민`, `남성`,
 * `후보`, `대리`, `비서`, `순경`), states (`미정` "undecided", `찬성` "in favour", `건강`), places
 * (`강남`, `광주`, `수원`, `호주`, `병원`, `재택` "working from home"), majors and departments
 * (`경영`, `홍보`), food and drink (`우동`, `우유`, `소주`, `한식`). Picked by hand
 * from the two-syllable words of a Korean dictionary (hunspell-ko) of that shape, 1,090 of them,
 * most never said of oneself (`가결`, `규명`); those as often a name (`주연`, `하나`, `지성`,
 * `진주`, `다정`) are left off: a name is worth more than the noun.
 */
const NOT_GIVEN_NAMES = new Set(
  [
    "가수 선수 주민 시민 도민 서민 남성 남아 미남 후보 대리 비서 수석 순경 경리 동창 영재 수재 하수",
    "보수 진보 신규 정규 미정 미아 유아 아동 소아 태아 형수 원수 인원 정식 우수 명예 건강 결석 민원",
    "찬성 다수 소수 동지 동성 유명 재수 연수 수강 동승 환승 주유 채식 미성 순수 태연 영원 운명 우연",
    "강남 강원 경남 경주 광주 수원 성남 창원 원주 영남 호남 호주 대만 미주 중동 상주 하남 남원 한강 동경",
    "우동 우유 소주 식혜 명란 명태 한우 한식 중식 일식 석식 연근 석유 주식 우리 예수 소원 영웅",
    "연하 영아 원아 빈민 하숙 지하 병원 재택 결근 운동 미용 경영 지리 홍보 운영",
  ]
    .join(" ")
    .split(" "),
);

/**
 * True when a name read by its shape alone is no word on {@link NOT_NAMES} or
 * {@link NOT_GIVEN_NAMES}, nor ends in a doubled syllable (`옥수수`, `하하`).
 */
function hasNameShape(name: string): boolean {
  return (
    !NOT_NAMES.has(name) &&
    !NOT_GIVEN_NAMES.has(name) &&
    name.charAt(name.length - 1) !== name.charAt(name.length - 2)
  );
}

/** What ends a clause before a name with no "I": punctuation, a line break. */
const CLAUSE_END = ".,!?~:;。，！？：\r\n";
/** Greetings after which a name starts the clause. */
const GREETINGS = ["안녕하세요", "안녕하십니까", "반갑습니다", "뵙겠습니다"];

/** True when `at` starts a clause: after white space, the text's start, punctuation or a greeting. */
function startsClause(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t" || text[i - 1] === "\u3000")) i--;
  return i === 0 || CLAUSE_END.includes(text.charAt(i - 1)) || GREETINGS.some((g) => text.endsWith(g, i));
}

/** The names introduced in Korean in `text` (see the module note), sorted; `null` when none. */
export function findKoreanIntroductions(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  KOREAN_INTRODUCTION.lastIndex = 0;
  for (let m = KOREAN_INTRODUCTION.exec(text); m !== null; m = KOREAN_INTRODUCTION.exec(text)) {
    const group = m.indices?.findIndex((span, i) => i > 0 && span !== undefined) ?? -1;
    const span = m.indices?.[group];
    if (span === undefined) continue;
    const name = text.slice(span[0], span[1]);
    if (group >= 3 && !hasNameShape(name)) continue;
    if (group === 4 && !startsClause(text, span[0])) continue;
    out.push([span[0], span[1], NAME]);
  }
  return out.length === 0 ? null : out;
}
