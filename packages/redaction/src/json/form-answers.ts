/**
 * Typeform's webhook answers (session 20, a red team's round 8 R15): each answer names its kind in
 * `type` and holds its value in the member of that name, and its question by the field's `ref`, a
 * name the form's author gives it: `{"type": "date", "date": "1990-05-17", "field": {"id": "x2",
 * "type": "date", "ref": "birthday"}}`. An e-mail or a phone answer was read by its member's key
 * (`email`, `phone_number`); a birth date, a messenger id or a name under `date`, `text` or
 * `number` passed, named only by its `ref`. The walker reads the `ref` as a key when the answer
 * object closes, and the value member as that key names it (`redact-json.ts`).
 */
import { readDiscriminators, stringEnd } from "./discriminators.js";

/** The kind of an answer and its field's `ref`, read ahead of an answer object. */
export interface FormAnswer {
  /** The key of the member holding the answer's value (`date`, `text`). */
  readonly valueKey: string;
  /** The field's `ref`, the name its question was given (`birthday`). */
  readonly ref: string;
}

/** The members read ahead: the field's `ref`, the answer's `type`. */
const REF: readonly string[] = ["ref"];
const TYPE: readonly string[] = ["type"];

/** Longest `ref` read as a key: a longer one is no field name (a UUID is read, and names nothing). */
const MAX_REF = 64;

/**
 * The answer of the object opening at `open` whose `field` object opens at `fieldOpen`, or `null`
 * when it is none: no `type` string, no `ref` string, or a `type` that names no other member of
 * the object (`field`, `type` itself). `work` is told how many characters were read.
 */
export function readFormAnswer(
  text: string,
  open: number,
  fieldOpen: number,
  work: (chars: number) => void,
): FormAnswer | null {
  const ref = readDiscriminators(text, fieldOpen, REF, work).get("ref");
  if (typeof ref !== "string" || ref.length === 0 || ref.length > MAX_REF) return null;
  const valueKey = readDiscriminators(text, open, TYPE, work).get("type");
  if (typeof valueKey !== "string" || valueKey === "type" || valueKey === "field") return null;
  return { valueKey, ref };
}

/** Where the value of the member whose key's opening quote is at `keyStart` starts. */
export function memberValueStart(text: string, keyStart: number): number {
  let i = stringEnd(text, keyStart + 1) + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 58) i++;
    else return i;
  }
}
