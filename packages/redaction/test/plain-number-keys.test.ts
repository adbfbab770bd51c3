import { describe, expect, it } from "vitest";
import { namesPlainNumber } from "../src/plain-number-keys.js";
import { namesQuantity } from "../src/quantity-keys.js";
import { bodyOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const CHINA_MOBILE_SHAPED = "13812345678";
const IMEI_SHAPED = "490154203237518"; // passes the IMEI checksum

const json = (value: unknown, recipient = "aliyun") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;

/** An SLS LogGroup as the gateway's PutLogs codec hands it to the engine. */
const logGroup = (contents: ReadonlyArray<readonly [string, string]>) => ({
  Logs: [{ Time: 1767261600, Contents: contents.map(([Key, Value]) => ({ Key, Value })) }],
  LogTags: [],
});

describe("a quantity by name (session 17)", () => {
  it.each([
    "bytes_sent",
    "sentBytes",
    "mem_free",
    "latency_us",
    "duration_ms",
    "price",
    "balance",
    "size",
    "count",
    "total",
    "amount_fen",
    "heap_used_mb",
    "rtt_ms", // by its unit alone
    "gcPauseNs",
  ])("%s names a quantity", (key) => {
    expect(namesQuantity(key)).toBe(true);
  });

  it.each([
    "note",
    "value",
    "to",
    "id",
    // a unit alone or inside a name is something else
    "US",
    "GB",
    "application/vnd.ms-excel",
    // a quantity of a person's number or contact: read as before
    "phone_count",
    "mobile_total",
    "email_size",
    "caller_latency_ms",
  ])("%s does not", (key) => {
    expect(namesQuantity(key)).toBe(false);
  });

  it("keeps digits alone under a quantity's key: 13-19 GB in bytes is no China mobile", () => {
    const sent = {
      bytes_sent: CHINA_MOBILE_SHAPED,
      mem_free: CHINA_MOBILE_SHAPED,
      latency_us: CHINA_MOBILE_SHAPED,
      duration_ms: CHINA_MOBILE_SHAPED,
      price: CHINA_MOBILE_SHAPED,
      balance: CHINA_MOBILE_SHAPED,
      size: IMEI_SHAPED,
      count: CHINA_MOBILE_SHAPED,
      total: CHINA_MOBILE_SHAPED,
    };
    for (const recipient of ["aliyun", "tencent", "zego", "facebook"])
      expect(json(sent, recipient)).toEqual(sent);
  });

  it("still reads a person's number under a person's key, beside a quantity, or in its shape", () => {
    expect(
      json({
        phone_count: CHINA_MOBILE_SHAPED,
        note: CHINA_MOBILE_SHAPED,
        price: "+86 138 1234 5678",
        total: "astrid@example.org",
        bytes_sent: CHINA_MOBILE_SHAPED,
      }),
    ).toEqual({
      phone_count: "[redacted:contact.phone]",
      note: "[redacted:contact.phone]",
      bytes_sent: CHINA_MOBILE_SHAPED,
    });
  });

  it("reads a quantity's query pair the same way", () => {
    const res = r.redact(
      transfer("aliyun", { query: `bytes_sent=${CHINA_MOBILE_SHAPED}&to=${CHINA_MOBILE_SHAPED}` }),
    );
    if (!res.ok) throw new Error(res.error.code);
    expect(res.transfer.query).toBe(`bytes_sent=${CHINA_MOBILE_SHAPED}&to=%5Bredacted%3Acontact.phone%5D`);
  });

  it("leaves free text as it was: a unit after the digits does not make them a quantity", () => {
    expect(json({ msg: `GC pause ${CHINA_MOBILE_SHAPED} ns` })).toEqual({
      msg: "GC pause [redacted:contact.phone] ns",
    });
  });
});

describe("the key a Key/Value pair names (session 17)", () => {
  it("reads a thing's identifier or a quantity named by the pair's Key: SLS PutLogs Contents", () => {
    const sent = logGroup([
      ["order_no", CHINA_MOBILE_SHAPED],
      ["room_id", CHINA_MOBILE_SHAPED],
      ["trade_no", CHINA_MOBILE_SHAPED],
      ["msg_id", CHINA_MOBILE_SHAPED],
      ["gift_id", IMEI_SHAPED],
      ["bytes_sent", CHINA_MOBILE_SHAPED],
    ]);
    expect(json(sent)).toEqual(sent);
  });

  it("still removes a person's number named by the pair's Key, or one in its shape under a thing's", () => {
    expect(
      json(
        logGroup([
          ["phone", CHINA_MOBILE_SHAPED],
          ["user_id", CHINA_MOBILE_SHAPED],
          ["phone_order_no", CHINA_MOBILE_SHAPED],
          ["note", CHINA_MOBILE_SHAPED],
          ["order_no", "+86 138 1234 5678"],
          ["order_no", "astrid@example.org"],
          ["order_no", CHINA_MOBILE_SHAPED],
        ]),
      ),
    ).toEqual(
      logGroup([
        ["phone_order_no", "[redacted:contact.phone]"],
        ["note", "[redacted:contact.phone]"],
        ["order_no", CHINA_MOBILE_SHAPED],
      ]),
    );
  });

  it("reads Tencent's AppMemberDefinedData and custom-prefixed tags the same way", () => {
    const sent = {
      AppMemberDefinedData: [
        { Key: "room_id", Value: CHINA_MOBILE_SHAPED },
        { Key: "Tag_Profile_Custom_order_no", Value: CHINA_MOBILE_SHAPED },
      ],
    };
    expect(json(sent, "tencent")).toEqual(sent);
    expect(
      json({ AppMemberDefinedData: [{ Key: "mobile", Value: CHINA_MOBILE_SHAPED }] }, "tencent"),
    ).toEqual({
      AppMemberDefinedData: [],
    });
  });

  it("the thing's reading does not carry from one pair to the next", () => {
    expect(
      json({
        Contents: [
          { Key: "order_no", Value: CHINA_MOBILE_SHAPED },
          { Key: "note", Value: CHINA_MOBILE_SHAPED },
        ],
      }),
    ).toEqual({
      Contents: [
        { Key: "order_no", Value: CHINA_MOBILE_SHAPED },
        { Key: "note", Value: "[redacted:contact.phone]" },
      ],
    });
  });

  it("names either a thing's identifier or a quantity", () => {
    expect(namesPlainNumber("order_no")).toBe(true);
    expect(namesPlainNumber("bytes_sent")).toBe(true);
    expect(namesPlainNumber("user_no")).toBe(false);
  });
});

describe("identifiers and times by name (session 18)", () => {
  const NAMES = [
    "build",
    "app_build",
    "version_code",
    "versionCode",
    "crc32",
    "etag",
    "checksum",
    "tid",
    "sku",
    "ts",
    "event_ts",
    "timestamp",
    "uptime",
    "exp",
    "iat",
    "nbf",
  ];

  it.each(NAMES)("%s names a thing's number or a time", (key) => {
    expect(namesPlainNumber(key)).toBe(true);
  });

  it.each([
    // a person's word with them: read as before
    "tel_exp",
    "phone_ts",
    "mobile_build",
    "tel_tid",
    "phone_sku",
    "contact_crc32",
    "caller_version_code",
    // neither
    "code",
    "version",
    "builder",
    "sku_owner",
  ])("%s does not", (key) => {
    expect(namesPlainNumber(key)).toBe(false);
  });

  it("keeps eleven digits under them in an SLS log, as members and as Key/Value pairs", () => {
    const sent = Object.fromEntries(NAMES.map((key) => [key, CHINA_MOBILE_SHAPED]));
    expect(json(sent)).toEqual(sent);
    const contents = logGroup(NAMES.map((key) => [key, CHINA_MOBILE_SHAPED] as const));
    expect(json(contents)).toEqual(contents);
  });

  it("still removes a person's number under a person's word with them, or one in its shape", () => {
    expect(
      json({
        tel_exp: CHINA_MOBILE_SHAPED,
        phone_ts: CHINA_MOBILE_SHAPED,
        mobile_build: CHINA_MOBILE_SHAPED,
        tel_tid: CHINA_MOBILE_SHAPED,
        build: "+86 138 1234 5678",
        etag: "astrid@example.org",
        // digits inside a token: an id built from a person's number is written so too
        sku: `SKU-${CHINA_MOBILE_SHAPED}`,
        tid: CHINA_MOBILE_SHAPED,
      }),
    ).toEqual({
      tel_exp: "[redacted:contact.phone]",
      phone_ts: "[redacted:contact.phone]",
      mobile_build: "[redacted:contact.phone]",
      tel_tid: "[redacted:contact.phone]",
      sku: "SKU-[redacted:contact.phone]",
      tid: CHINA_MOBILE_SHAPED,
    });
  });

  it("reads their query pairs the same way", () => {
    const res = r.redact(
      transfer("aliyun", {
        query: `ts=${CHINA_MOBILE_SHAPED}&tel_ts=${CHINA_MOBILE_SHAPED}&sku=${IMEI_SHAPED}`,
      }),
    );
    if (!res.ok) throw new Error(res.error.code);
    expect(res.transfer.query).toBe(
      `ts=${CHINA_MOBILE_SHAPED}&tel_ts=%5Bredacted%3Acontact.phone%5D&sku=${IMEI_SHAPED}`,
    );
  });
});

describe("a red team's round 7 (session 18): contact words, list keys, counters and ids", () => {
  // R6: a quantity counted or paid by a person's channel, or to or from a person
  const CONTACT_QUANTITIES = [
    "sms_count",
    "fax_total",
    "wa_count",
    "line_count",
    "hp_amount",
    "celular_total",
    "telefone_qtd",
    "telefono_total",
    "recipient_amount",
    "to_amount",
    "points_to",
    "sender_total",
  ];

  it.each(CONTACT_QUANTITIES)("%s names no quantity", (key) => {
    expect(namesPlainNumber(key)).toBe(false);
  });

  it("removes a phone number under them, beside the quantities that stay", () => {
    const sent = Object.fromEntries(CONTACT_QUANTITIES.map((key) => [key, CHINA_MOBILE_SHAPED]));
    const expected = Object.fromEntries(CONTACT_QUANTITIES.map((key) => [key, "[redacted:contact.phone]"]));
    const near = {
      sms_delay_ms: "1500",
      line_no: "42",
      total_lines: CHINA_MOBILE_SHAPED,
      amount: CHINA_MOBILE_SHAPED,
    };
    expect(json({ ...sent, ...near }, "facebook")).toEqual({ ...expected, ...near });
  });

  it("reads a list under a quantity's key as any other: a table's rows, a list of followers", () => {
    expect(
      json(
        {
          columns: ["uid", "phone"],
          rows: [["kago_30417", CHINA_MOBILE_SHAPED]],
          followers: [CHINA_MOBILE_SHAPED],
          Contents: [{ Key: "rows", Value: [CHINA_MOBILE_SHAPED] }],
        },
        "facebook",
      ),
    ).toEqual({
      columns: ["uid", "phone"],
      // the column table's labels decide its cells (label-lists.ts): an account id and a phone
      // facebook may not get, each emptied in its place
      rows: [["", ""]],
      followers: ["[redacted:contact.phone]"],
      Contents: [{ Key: "rows", Value: ["[redacted:contact.phone]"] }],
    });
  });

  it("keeps a count right under the key, and a thing's identifiers in a list", () => {
    const sent = {
      rows: CHINA_MOBILE_SHAPED,
      followers: CHINA_MOBILE_SHAPED,
      latency_ms: [13812345678, 13912345678],
      order_ids: [CHINA_MOBILE_SHAPED],
      Contents: [
        { Key: "rows", Value: CHINA_MOBILE_SHAPED },
        { Key: "order_no", Value: [CHINA_MOBILE_SHAPED] },
      ],
    };
    expect(json(sent, "facebook")).toEqual(sent);
  });

  // R13: live rooms' and analytics counters, times, traffic and a machine's ids in SLS logs
  const COUNTERS_AND_IDS = [
    "cpu_time",
    "rx",
    "tx_bytes",
    "offset",
    "views",
    "likes",
    "followers",
    "visits",
    "pv",
    "uv",
    "gmv",
    "revenue",
    "diamonds",
    "seq",
    "hash",
    "inode",
    "pid",
    "port",
    "src_port",
  ];

  it.each(COUNTERS_AND_IDS)("%s names a quantity or a thing's number", (key) => {
    expect(namesPlainNumber(key)).toBe(true);
  });

  it("keeps eleven digits under them in an SLS log, as members and as Key/Value pairs", () => {
    const sent = Object.fromEntries(COUNTERS_AND_IDS.map((key) => [key, CHINA_MOBILE_SHAPED]));
    expect(json(sent)).toEqual(sent);
    const contents = logGroup(COUNTERS_AND_IDS.map((key) => [key, CHINA_MOBILE_SHAPED] as const));
    expect(json(contents)).toEqual(contents);
  });

  it("still removes a person's number under a person's word with them", () => {
    expect(
      json({ phone_views: CHINA_MOBILE_SHAPED, tel_seq: CHINA_MOBILE_SHAPED, sms_time: CHINA_MOBILE_SHAPED }),
    ).toEqual({
      phone_views: "[redacted:contact.phone]",
      tel_seq: "[redacted:contact.phone]",
      sms_time: "[redacted:contact.phone]",
    });
  });
});
