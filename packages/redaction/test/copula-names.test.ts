/**
 * Names given with a plain "I am" (`Hi, I'm Astrid`, `Hello, this is Erik from Kago`, `Hola, soy
 * Lucía`): read only where the words have a name's shape and end the clause.
 */
import { describe, expect, it } from "vitest";
import { findCopulaNames } from "../src/copula-names.js";
import { readProse } from "../src/prose.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The names found in `text`. */
const names = (text: string) => (findCopulaNames(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findCopulaNames", () => {
  it("finds the capitalised words after I'm or I am that end the clause", () => {
    expect(names("I'm Astrid Solberg")).toEqual(["Astrid Solberg"]);
    expect(names("Hi, I’m Astrid, nice to meet you")).toEqual(["Astrid"]);
    expect(names("I am Erik. I am Ingrid Ødegård-Berg!")).toEqual(["Erik", "Ingrid Ødegård-Berg"]);
    expect(names("hey there! i'm Mira 👋")).toEqual(["Mira"]);
    expect(names("I'm Li Ming\nI'm Ahmed (the driver)")).toEqual(["Li Ming", "Ahmed"]);
  });

  it("finds them before a word that goes on", () => {
    expect(names("I'm Astrid from Kago")).toEqual(["Astrid"]);
    expect(names("I am Erik and I live in Oslo")).toEqual(["Erik"]);
    expect(names("I'm Mira here, your driver")).toEqual(["Mira"]);
    // anything else after the words: they may start a sentence in title case
    expect(names("I'm Astrid the new PM")).toEqual([]);
  });

  it("finds a name after Vietnamese, Indonesian and Russian 'I (am)' (session 14)", () => {
    expect(names("Tôi là Nguyễn Văn An")).toEqual(["Nguyễn Văn An"]);
    expect(names("Xin chào, mình là Lan và mình 20 tuổi")).toEqual(["Lan"]);
    expect(names("Perkenalkan, saya Budi Santoso dari Jakarta")).toEqual(["Budi Santoso"]);
    expect(names("Я Иван Петров, из Москвы")).toEqual(["Иван Петров"]);
    for (const text of [
      "Tôi là sinh viên",
      "saya mau pesan",
      "я не знаю",
      "Я Тоже",
      "Ya, saya OK",
      "кічуа (високогір’я Імбабура)",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("finds the capitalised words between Hinglish main and hoon (session 15)", () => {
    expect(names("main Rahul Sharma hoon")).toEqual(["Rahul Sharma"]);
    expect(names("Hi, Main Priya hu. mai Amit Kumar hun, Delhi se")).toEqual(["Priya", "Amit Kumar"]);
    // a title-case sentence capitalises hoon too
    expect(names("Main Rahul Sharma Hoon")).toEqual(["Rahul Sharma"]);
    for (const text of [
      "main theek hoon", // lower case: "I am fine" (on hinglish-names.ts's list)
      "main ghar pe hoon",
      "main ready hoon",
      "Main Theek Hoon", // a title-case sentence
      "Main Yahan Hoon",
      "main Punjabi hoon",
      "main OK hoon",
      "main India mein hoon", // the capitalised word does not reach hoon
      "main Rahul", // no hoon
      "main Rahul hoonga",
      "main Rahul hu_x", // a word goes on (the prose search's \b agrees)
    ])
      expect(names(text), text).toEqual([]);
  });

  it("finds a name after a greeting's copula", () => {
    expect(names("Hi, this is Astrid from Kago")).toEqual(["Astrid"]);
    expect(names("Hello! This is Erik Berg.")).toEqual(["Erik Berg"]);
    expect(names("Hola, soy Lucía y te escribo")).toEqual(["Lucía"]);
    expect(names("Hola, soy Lucía. Yo soy Ana")).toEqual(["Lucía"]);
    expect(names("Bonjour, je suis Astrid !")).toEqual(["Astrid"]);
    expect(names("Oi, sou a Ana, tudo bem?")).toEqual(["Ana"]);
    expect(names("Ciao, sono Marco.")).toEqual(["Marco"]);
    expect(names("Salut, c'est Léa")).toEqual(["Léa"]);
  });

  it("reads this is without a greeting only before speaking or calling", () => {
    expect(names("This is Erik speaking")).toEqual(["Erik"]);
    expect(names("this is Astrid Solberg calling about your order")).toEqual(["Astrid Solberg"]);
    expect(names("This is Google.")).toEqual([]);
    expect(names("This is Astrid")).toEqual([]);
  });

  it("takes nothing in lower case, no abbreviation and no word people say they are", () => {
    for (const text of [
      "I'm fine",
      "i'm astrid",
      "I'm OK.",
      "I'm AFK",
      "I'm Sorry, I can't make it",
      "I'm Back :)",
      "I'm Not Okay (I Promise)",
      "I'm Going To The Store",
      "I'm Hiring!",
      "I'm Lovin' It",
      "I'm American",
      "I'm Twenty-One!",
      "I'm Here.",
      "I'm in London.",
      "Hi! This is Amazing",
      "Hola, soy Nuevo aquí",
      "Bonjour, je suis Désolé",
      "Hi, this is Important:",
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });
});

describe("greeted names and I'm", () => {
  it("leaves I'm to this reader: the greeting's reader no longer takes it as the name", () => {
    const text = "Hi I'm Astrid, nice to meet you";
    expect((readProse(text) ?? []).map(([a, b]) => text.slice(a, b))).toEqual(["Astrid"]);
  });

  it("sends the phrase and not the name to a recipient that may not get names", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "Hello, I'm Astrid Solberg from Oslo. This is Erik speaking")).toBe(
      "Hello, I'm [redacted:account.profile.name] from Oslo. This is [redacted:account.profile.name] speaking",
    );
    expect(redactedMessage(r, "namaste, main Rahul Sharma hoon", "facebook")).toBe(
      "namaste, main [redacted:account.profile.name] hoon",
    );
  });
});
