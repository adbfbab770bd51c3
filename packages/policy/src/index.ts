export type * from "./compiled.js";
