/**
 * Names a writer of Hindi in Latin letters (Hinglish) gives in lower case (session 17): `mera naam
 * rahul hai` ("my name is Rahul"), `mera naam rahul sharma hai`, `main rahul hoon` ("I am Rahul").
 * The capitalised forms (`Mera naam Rahul hai`, `main Rahul Sharma hoon`) are read by
 * `introduced-names.ts` and `copula-names.ts`, which call this reader where the words after the
 * phrase are in lower case.
 *
 * Hindi puts the copula after the name (`hai` "is", `hoon` "am"), so the copula ends it: one to
 * three words of lower-case letters, each of three letters or more, right before it. Chat in
 * Hinglish is mostly in lower case and says with the same words what a person is or where (`main
 * theek hoon` "I am fine", `main ghar pe hoon` "I am at home", `mera naam kya hai` "what is my
 * name?"), so no word may be one of {@link NOT_NAMES}: the postpositions, pronouns, question words,
 * verb forms, states, kin and roles of everyday Hinglish chat, and the English words it borrows
 * for them (`main busy hoon`, `main doctor hoon`). A word not on the list is taken: over-redaction
 * accepted for the rest of what one says one is (`main engineer hoon` is listed; `main architect
 * hoon` loses `architect`).
 *
 * Spans are the name only, category `account.profile.name`; the phrase stays.
 */

/**
 * The lower-case words of Hinglish chat that stand between "I" / "my name" and the copula and are
 * no name: written from everyday `main ... hoon` and `mera naam ... hai` sentences (session 17).
 */
const NOT_NAMES = new Set(
  [
    // the copulas, postpositions, particles, conjunctions and times of day
    "hai hain hoon hun tha thi the hota hoti hote hua hui mein par pe se ka ki ke ko ne tak liye saath sath",
    "wala wali wale bhi toh nahi nahin nhi mat aur phir fir kal aaj abhi ab jab tab",
    // pronouns, possessives and question words
    "main mai mera meri mere tera teri tere tumhara tumhari aapka aapki apka apki uska uski unka unki apna apni",
    "hamara humara hamari humari sabka koi kuch sab woh yeh aap tum hum kya kaun kahan kaise kyun kyu kab kitna kitni konsa",
    // verb forms: progressive, perfective, habitual, ability
    "raha rahi rahe gaya gayi gaye chuka chuki chuke sakta sakti sakte jaanta jaanti janta janti karta karti",
    "rehta rehti rahta rahti sochta sochti chahta chahti dekhta dekhti sunta sunti bolta bolti likhta likhti",
    "padhta padhti khata khati peeta peeti jata jati jaata jaati aata aati deta deti leta leti samajhta samajhti",
    "maanta maanti manta manti chalta chalti milta milti baitha baithi khada khadi pada padi",
    // places and where one is
    "ghar office college school bahar andar upar neeche niche paas door yahan yaha wahan waha idhar udhar",
    "raste rasta road market bazaar station airport hospital",
    // states and moods, in Hindi and the English Hinglish borrows
    "theek thik thek accha acha achha achchha bura buri khush dukhi udaas udas pareshan naraz naraaz gussa",
    "bimar bimaar beemar thaka thaki bhooka bhookha bhooki pyasa pyasi akela akeli zinda pagal mast bindaas",
    "majboor bekaar bekar taiyaar taiyar tayyar sahi galat sach jhooth thoda thodi zyada jyada bahut bohot",
    "shaadishuda shadishuda kunwara kunwari pata maloom malum yaad aapko tumko mujhe usko unko humko",
    "bada badi chota choti chhota chhoti naya nayi purana purani lamba lambi mota moti patla patli sundar alag same",
    "busy free ready late online offline okay fine sorry single married bored tired happy sad sick safe",
    "confused tension bore fit strong smart lucky done back here there home out",
    // session 18 (a red team's round 7, R7): what a live stream's chat says one is
    "live host new old good great cool nice awake sleepy hungry early alone serious nervous excited",
    "available away outside inside waiting coming going sure",
    // kin, people and roles
    "dost bhai behen behan beta beti papa mummy mummi maa baap pati patni biwi ladka ladki aadmi aurat insaan",
    "bachha bachcha bacha student teacher doctor engineer developer manager driver employee intern fresher",
    "worker owner admin customer user member fan hero villain indian hindu muslim sikh punjabi bihari",
    // what one's name is said to be besides itself
    "likha likh change badal common unique list",
  ]
    .join(" ")
    .split(" "),
);

/** True for an ASCII lower-case letter. */
export const isLowerCode = (c: number) => c >= 0x61 && c <= 0x7a;

/** A letter, digit or `_`: what may not follow the copula for it to end the name. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The end of a lower-case Hinglish name at `at`: one to `maxWords` words of three or more
 * lower-case letters, single spaces or tabs between them, none on {@link NOT_NAMES}, right before
 * one of `copulas` (`hoon`, `hai`) as a word of its own; or -1 when none stands there.
 */
export function hinglishNameEnd(
  text: string,
  at: number,
  copulas: readonly string[],
  maxWords: number,
): number {
  let end = -1;
  let i = at;
  for (let n = 0; n <= maxWords; n++) {
    let j = i;
    while (j < text.length && isLowerCode(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    if (n > 0 && copulas.includes(word)) return WORD_CHAR.test(text.charAt(j)) ? -1 : end;
    if (n === maxWords || word.length < 3 || NOT_NAMES.has(word)) return -1;
    end = j;
    i = j;
    if (text[i] !== " " && text[i] !== "\t") return -1;
    while (text[i] === " " || text[i] === "\t") i++;
  }
  return -1;
}
