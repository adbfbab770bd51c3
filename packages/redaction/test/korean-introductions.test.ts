/**
 * Names introduced in Korean (`src/korean-introductions.ts`): after "my name is", after "I" before
 * "am called", and, where no word says "name", only in a name's own shape (a common surname and
 * given syllables), so that what a person is (`저는 학생입니다`) stays.
 */
import { describe, expect, it } from "vitest";
import { findKoreanIntroductions } from "../src/korean-introductions.js";
import { readProse } from "../src/prose.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The names found in `text`. */
const names = (text: string) => (findKoreanIntroductions(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findKoreanIntroductions", () => {
  it("reads the syllables after 제 이름은 ('my name is'), and after 'I' before 'am called'", () => {
    expect(names("안녕하세요, 제 이름은 김민수입니다")).toEqual(["김민수"]);
    expect(names("제 이름은 이수예요. 내 이름은 박지성")).toEqual(["이수", "박지성"]);
    expect(names("저는 김민수라고 합니다, 전 민지라고 해요")).toEqual(["김민수", "민지"]);
    // reported speech names nobody; a name's word alone neither
    expect(names("그건 사실이라고 합니다")).toEqual([]);
    expect(names("이름은 비밀입니다")).toEqual([]);
  });

  it("reads 'I am called' only before a name's shape (session 15: 학생 was taken)", () => {
    for (const text of ["저는 학생이라고 합니다", "저는 선생님이라고 합니다", "저는 사실이라고 합니다"])
      expect(names(text), text).toEqual([]);
    expect(names("나는 최지훈이라고 해")).toEqual(["최지훈"]);
  });

  it("reads a full name after 'I' or a greeting before the copula (session 15)", () => {
    expect(names("저는 김민수입니다")).toEqual(["김민수"]);
    expect(names("저는 김민수예요")).toEqual(["김민수"]);
    expect(names("전 최민준이에요. 난 강서준이야")).toEqual(["최민준", "강서준"]);
    expect(names("네, 제가 조예은입니다")).toEqual(["조예은"]);
    expect(names("안녕하세요, 윤지우입니다. 처음 뵙겠습니다 임수아입니다")).toEqual(["윤지우", "임수아"]);
    expect(names("저는 남궁민수인데요")).toEqual(["남궁민수"]);
  });

  it("leaves what a person is after 'I am': no surname, a noun's last syllable, a listed word", () => {
    for (const text of [
      "저는 학생입니다",
      "저는 회사원이에요",
      "저는 행운아예요", // "I'm a lucky one": given syllables, no surname first
      "저는 미화원입니다",
      "저는 한국인입니다", // 인 ends nouns of people
      "저는 연예인이에요",
      "저는 경기도예요",
      "저는 도우미입니다", // on NOT_NAMES
      "저는 지하철이에요",
      "저는 강아지예요",
      "저는 백수예요", // a surname and one syllable: too many words
      "저는 김민수", // no copula
      "안녕하세요, 고객센터입니다",
      "안녕하세요 상담원입니다",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("reads a full name before 'am called' with no 'I' only where it starts a clause (session 15)", () => {
    expect(names("김민수라고 해요")).toEqual(["김민수"]);
    expect(names("안녕하세요. 박서진이라고 해요")).toEqual(["박서진"]);
    expect(names("안녕하세요 박서진이라고 합니다")).toEqual(["박서진"]);
    for (const text of [
      "여기를 정수리라고 해요", // after another word: a thing is called so ("the crown of the head")
      "이건 유리창이라고 해요",
      "유리창이라고 해요", // a listed word
      "옥수수라고 해요", // a doubled syllable
      "이건 김치라고 해요",
      "소나기라고 해요",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("reads a given name alone after 'I' or a greeting, or starting a clause before 'am called' (session 17)", () => {
    expect(names("저는 민수입니다")).toEqual(["민수"]);
    expect(names("전 지훈이에요. 난 서연이야")).toEqual(["지훈", "서연"]);
    expect(names("네, 제가 수빈인데요")).toEqual(["수빈"]);
    expect(names("안녕하세요 서연입니다")).toEqual(["서연"]);
    expect(names("처음 뵙겠습니다, 예린이에요")).toEqual(["예린"]);
    expect(names("민수라고 합니다")).toEqual(["민수"]);
    expect(names("안녕하세요. 지훈이라고 해요")).toEqual(["지훈"]);
    expect(names("제 이름은 지훈이에요")).toEqual(["지훈"]);
  });

  it("leaves the two-syllable words a person says they are, is from or answers with", () => {
    for (const text of [
      "저는 학생입니다", // 생 is no given syllable
      "저는 회사원입니다",
      "오늘은 월요일입니다", // no "I"
      "감사합니다",
      "저는 괜찮아요", // no copula
      "저는 가수입니다", // on NOT_GIVEN_NAMES: a singer
      "저는 주민이에요",
      "나는 찬성이야",
      "저는 광주입니다",
      "저는 우유예요", // "mine is milk"
      "저는 미정입니다",
      "저는 성인입니다", // 인 ends nouns: not a given name's last syllable
      "저는 정상입니다",
      "난 하하야", // a doubled syllable
      "우연이라고 합니다", // on the list, before "am called"
      "이건 민수라고 해요", // after another word: a thing is called so
      "안녕하세요, 고객센터입니다",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("replaces the name in a message through the prose search, and keeps the sentence", () => {
    expect(readProse("저는 김민수예요")).not.toBeNull();
    const r = redactorWith();
    expect(redactedMessage(r, "안녕하세요! 저는 김민수입니다.", "facebook")).toBe(
      "안녕하세요! 저는 [redacted:account.profile.name]입니다.",
    );
    expect(redactedMessage(r, "저는 학생입니다", "facebook")).toBe("저는 학생입니다");
    expect(redactedMessage(r, "안녕하세요 서연입니다", "facebook")).toBe(
      "안녕하세요 [redacted:account.profile.name]입니다",
    );
  });
});
