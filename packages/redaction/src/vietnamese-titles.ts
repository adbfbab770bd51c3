/**
 * Vietnamese names after a kinship title (session 18, a red team's round 7, R3): `anh Tuấn`,
 * `chị Lan ơi`, `cô Hương`, `ông Nguyễn Văn An`. Vietnamese addresses people by a title that says
 * their age and sex relative to the speaker (`anh` an older brother, `chị` an older sister, `cô`,
 * `chú`, `bác`, `ông`, `bà`) and their given name; Vietnamese capitalises names and little else,
 * so one to four capitalised words after a title are a name.
 *
 * Read: a title as a word of its own, in lower case anywhere (`gửi anh Tuấn`), or capitalised only
 * where it starts the text or a clause (`Anh Tuấn ơi`; `tiếng Anh Mỹ` is "American English",
 * `nước Anh` is England), then one space and one to four capitalised words (see
 * `introduced-names.ts`'s `CAPITALISED`), the first not in capitals (`anh IT`) nor a place's or
 * a language's word a title-case sentence puts there ({@link NOT_A_NAME}). `em` ("younger
 * sibling") is not read: it is Portuguese's "in" before every place (`em São Paulo`).
 * Spans are the name only, category `account.profile.name`; the title stays.
 */
import { CAPITALISED, IN_CAPITALS } from "./introduced-names.js";
import type { EngineSpan } from "./percent-view.js";

/** For the prose search: a title and the white space after it. */
export const VIETNAMESE_TITLE_HINT = String.raw`(?:anh|chị|cô|chú|bác|ông|bà)[ \t]`;

/** A title as a word of its own, then one space (group 1: the title). */
const TITLE = /(?<![\p{L}\p{M}\p{N}_])([Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|[Ôô]ng|[Bb]à) (?=\p{Lu})/gu;

/** What may stand before a capitalised title: the text's start, or a clause's end and white space. */
const CLAUSE_START = /(?:^|[.!?,;:\n(“"][ \t]*)$/u;

/**
 * First words after a title that are no name: the country and language (`Anh`, `Mỹ`, `Pháp`,
 * `Việt`), the words a title-case sentence starts with (`Anh Ấy`, "he"; `Chị Em`, "sisters"), and
 * the places named with a title (`Bà Rịa`, a province, found in a gettext catalogue; `Bà Chiểu`,
 * `Bà Điểm`, `Bà Đen`, `Bà Hom`, `Ông Lãnh`, `Cô Tô`, `Bác Ái`).
 */
const NOT_A_NAME =
  /^(?:anh|mỹ|pháp|đức|nhật|hàn|trung|việt|nga|ấy|em|chị|và|có|không|là|đã|sẽ|của|cho|với|ơi|nhé|ạ|quốc|rịa|chiểu|điểm|đen|hom|lãnh|tô|ái)$/iu;

const NAME = "account.profile.name";

/** The names after a Vietnamese kinship title in `text` (see the module note), sorted; `null` when none. */
export function findVietnameseTitledNames(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
    const title = m[1] as string;
    const capital = title !== title.toLowerCase();
    if (capital && !CLAUSE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const at = TITLE.lastIndex;
    CAPITALISED.lastIndex = at;
    if (!CAPITALISED.test(text)) continue;
    const end = CAPITALISED.lastIndex;
    const first = text.slice(at, end).split(" ")[0] as string;
    if (NOT_A_NAME.test(first) || IN_CAPITALS.test(first)) continue;
    out.push([at, end, NAME]);
    TITLE.lastIndex = end;
  }
  return out.length === 0 ? null : out;
}
