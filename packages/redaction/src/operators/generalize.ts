import { parseBirthday } from "@kago/personal-data";
import type { Operator } from "./operator.js";

/**
 * `generalize`: coarsen a date of birth to its year: `19941102` -> `1994`,
 * `"1994-11-02"` -> `"1994"` (spellings as `parseBirthday` of `@kago/personal-data` reads them).
 * A number stays a number. A value that is not a date of birth is unsupported (the engine drops it).
 */
export const generalizeOperator: Operator = {
  name: "generalize",
  apply({ value, isNumber }) {
    const date = parseBirthday(value);
    return date === null ? { kind: "unsupported" } : { kind: "replace", value: String(date.year), isNumber };
  },
};
