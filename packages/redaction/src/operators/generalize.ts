import type { Operator } from "./operator.js";

const isDigits = (s: string) => /^[0-9]+$/.test(s);
const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

/** The year of a date of birth in a common spelling, or `null`. */
export function yearOf(value: string): string | null {
  const v = value.trim();
  if (v.length === 4 && isDigits(v)) return plausibleYear(Number(v)) ? v : null;
  if (v.length === 8 && isDigits(v)) {
    const y = v.slice(0, 4);
    const m = Number(v.slice(4, 6));
    const d = Number(v.slice(6, 8));
    return plausibleYear(Number(y)) && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? y : null;
  }
  const parts = v.split(/[-/.]/);
  if (parts.length === 3 && parts.every((p) => p.length > 0 && isDigits(p.slice(0, 2)))) {
    const first = parts[0] as string;
    const last = (parts[2] as string).slice(0, 4);
    if (first.length === 4 && plausibleYear(Number(first))) return first;
    if (last.length === 4 && isDigits(last) && plausibleYear(Number(last))) return last;
  }
  return null;
}

/**
 * `generalize`: coarsen a date (a birthday) to its year: `19941102` -> `1994`,
 * `"1994-11-02"` -> `"1994"`. A number stays a number. Values that are not a recognisable date
 * are unsupported (the engine drops them).
 */
export const generalizeOperator: Operator = {
  name: "generalize",
  apply({ value, isNumber }) {
    const year = yearOf(value);
    return year === null ? { kind: "unsupported" } : { kind: "replace", value: year, isNumber };
  },
};
