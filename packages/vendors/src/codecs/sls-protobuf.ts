/**
 * A faithful codec for the SLS `LogGroup` protobuf message (sls.proto of @alicloud/log, plus
 * `MachineUUID = 5` of the Go SDK):
 *
 * ```proto
 * message Log { required uint32 Time = 1; repeated Content Contents = 2; optional fixed32 TimeNs = 4; }
 * message Content / LogTag { required string Key = 1; required string Value = 2; }
 * message LogGroup { repeated Log Logs = 1; optional string Reserved = 2; optional string Topic = 3;
 *                    optional string Source = 4; optional string MachineUUID = 5; repeated LogTag LogTags = 6; }
 * ```
 *
 * Hand-written varint / length-delimited reading and writing: no runtime dependency, strict bounds
 * checks, and fail-closed on anything it could not re-encode faithfully (unknown fields, wrong wire
 * types, invalid UTF-8, missing required fields). Encoding writes fields in field-number order, as
 * protobufjs and the official SDKs do, so a canonical body round-trips byte for byte; a body with
 * fields in another order re-encodes to the equivalent canonical body (repeated fields keep their order).
 */
import { Buffer, isUtf8 } from "node:buffer";
import { VendorCodecError } from "./codec-error.js";

/** One Key/Value pair (a log's field or a group's tag). */
export interface SlsKeyValue {
  Key: string;
  Value: string;
}

/** One log. */
export interface SlsLog {
  /** Unix time in seconds (uint32). */
  Time: number;
  Contents: SlsKeyValue[];
  /** Nanosecond part of the time (fixed32), when present. */
  TimeNs?: number;
}

/** A LogGroup as a JSON-like value the engine can redact. */
export interface SlsLogGroup {
  Logs: SlsLog[];
  Reserved?: string;
  Topic?: string;
  Source?: string;
  MachineUUID?: string;
  LogTags: SlsKeyValue[];
}

// Strings go through node:buffer: utf8 slicing (with isUtf8 when a U+FFFD shows up) decodes many
// short strings several times faster than a fatal TextDecoder, and Buffer.byteLength/write avoid
// one allocation per string when encoding.

function invalid(what: string): never {
  throw new VendorCodecError("sls_protobuf_invalid", `SLS LogGroup: ${what}`);
}

/** Reads one message in [start, end) of the body; `buf` is a Buffer view of the whole body (no copy). */
class Reader {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) invalid("truncated varint");
      const byte = this.buf[this.pos++] as number;
      if (shift < 53) result += (byte & 0x7f) * 2 ** shift;
      else if ((byte & 0x7f) !== 0) invalid("varint too large");
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
    return invalid("varint too long");
  }

  fixed32(): number {
    if (this.pos + 4 > this.end) invalid("truncated fixed32");
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return (
      ((b[p] as number) | ((b[p + 1] as number) << 8) | ((b[p + 2] as number) << 16)) +
      (b[p + 3] as number) * 0x1000000
    );
  }

  /** Returns the [start, end) of a length-delimited field's payload. */
  bytes(): [number, number] {
    const len = this.varint();
    const start = this.pos;
    if (len > this.end - start) invalid("length exceeds message");
    this.pos = start + len;
    return [start, start + len];
  }

  string(): string {
    const [start, end] = this.bytes();
    const text = this.buf.toString("utf8", start, end);
    // Invalid UTF-8 always decodes with U+FFFD; only then is the (slower) exact check needed.
    if (text.includes("\uFFFD") && !isUtf8(this.buf.subarray(start, end)))
      invalid("string is not valid UTF-8");
    return text;
  }
}

const WIRE_VARINT = 0;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;

function key(r: Reader): [field: number, wire: number] {
  const k = r.varint();
  return [Math.floor(k / 8), k % 8];
}

function expectWire(actual: number, wanted: number, field: string): void {
  if (actual !== wanted) invalid(`wrong wire type for ${field}`);
}

function readKeyValue(buf: Buffer, start: number, end: number, what: string): SlsKeyValue {
  const r = new Reader(buf, start, end);
  let k: string | undefined;
  let v: string | undefined;
  while (r.pos < end) {
    const [field, wire] = key(r);
    if (field === 1) {
      expectWire(wire, WIRE_LEN, `${what}.Key`);
      if (k !== undefined) invalid(`repeated ${what}.Key`);
      k = r.string();
    } else if (field === 2) {
      expectWire(wire, WIRE_LEN, `${what}.Value`);
      if (v !== undefined) invalid(`repeated ${what}.Value`);
      v = r.string();
    } else invalid(`unknown field ${field} in ${what}`);
  }
  if (k === undefined || v === undefined) invalid(`${what} without Key or Value`);
  return { Key: k, Value: v };
}

function readLog(buf: Buffer, start: number, end: number): SlsLog {
  const r = new Reader(buf, start, end);
  let time: number | undefined;
  let timeNs: number | undefined;
  const contents: SlsKeyValue[] = [];
  while (r.pos < end) {
    const [field, wire] = key(r);
    if (field === 1) {
      expectWire(wire, WIRE_VARINT, "Log.Time");
      if (time !== undefined) invalid("repeated Log.Time");
      time = r.varint();
      if (time > 0xffffffff) invalid("Log.Time exceeds uint32");
    } else if (field === 2) {
      expectWire(wire, WIRE_LEN, "Log.Contents");
      const [s, e] = r.bytes();
      contents.push(readKeyValue(buf, s, e, "Log.Content"));
    } else if (field === 4) {
      expectWire(wire, WIRE_FIXED32, "Log.TimeNs");
      if (timeNs !== undefined) invalid("repeated Log.TimeNs");
      timeNs = r.fixed32();
    } else invalid(`unknown field ${field} in Log`);
  }
  if (time === undefined) invalid("Log without Time");
  const log: SlsLog = { Time: time, Contents: contents };
  if (timeNs !== undefined) log.TimeNs = timeNs;
  return log;
}

const STRING_FIELDS = { 2: "Reserved", 3: "Topic", 4: "Source", 5: "MachineUUID" } as const;

/**
 * Decodes a LogGroup. Throws `VendorCodecError` (`sls_protobuf_invalid`) on anything it could not
 * re-encode faithfully; the message names the structure only.
 */
export function decodeLogGroup(body: Uint8Array): SlsLogGroup {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const r = new Reader(bytes, 0, bytes.length);
  const group: SlsLogGroup = { Logs: [], LogTags: [] };
  while (r.pos < bytes.length) {
    const [field, wire] = key(r);
    if (field === 1) {
      expectWire(wire, WIRE_LEN, "LogGroup.Logs");
      const [s, e] = r.bytes();
      group.Logs.push(readLog(bytes, s, e));
    } else if (field === 6) {
      expectWire(wire, WIRE_LEN, "LogGroup.LogTags");
      const [s, e] = r.bytes();
      group.LogTags.push(readKeyValue(bytes, s, e, "LogTag"));
    } else if (field === 2 || field === 3 || field === 4 || field === 5) {
      const name = STRING_FIELDS[field];
      expectWire(wire, WIRE_LEN, `LogGroup.${name}`);
      if (group[name] !== undefined) invalid(`repeated LogGroup.${name}`);
      group[name] = r.string();
    } else invalid(`unknown field ${field} in LogGroup`);
  }
  return group;
}

function varintLength(value: number): number {
  let n = 1;
  let v = value;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}

function uint32(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
    throw new VendorCodecError("sls_protobuf_invalid", `SLS LogGroup: ${what} is not a uint32`);
  return value;
}

/** A Key/Value pair with the UTF-8 lengths of its strings, and its message size. */
interface SizedPair {
  readonly key: string;
  readonly keyLength: number;
  readonly value: string;
  readonly valueLength: number;
  readonly size: number;
}

interface SizedLog {
  readonly time: number;
  readonly timeNs: number | undefined;
  readonly contents: SizedPair[];
  readonly size: number;
}

/** Length of a length-delimited field with a one-byte tag (field numbers here are all < 16). */
function fieldLength(payload: number): number {
  return 1 + varintLength(payload) + payload;
}

function sizePair(kv: SlsKeyValue): SizedPair {
  const keyLength = Buffer.byteLength(kv.Key, "utf8");
  const valueLength = Buffer.byteLength(kv.Value, "utf8");
  return {
    key: kv.Key,
    keyLength,
    value: kv.Value,
    valueLength,
    size: fieldLength(keyLength) + fieldLength(valueLength),
  };
}

function sizeLog(log: SlsLog): SizedLog {
  const time = uint32(log.Time, "Log.Time");
  const timeNs = log.TimeNs === undefined ? undefined : uint32(log.TimeNs, "Log.TimeNs");
  const contents = log.Contents.map(sizePair);
  let size = 1 + varintLength(time) + (timeNs === undefined ? 0 : 5);
  for (const c of contents) size += fieldLength(c.size);
  return { time, timeNs, contents, size };
}

/** Writes into a buffer sized exactly beforehand. */
class Writer {
  readonly buf: Buffer;
  pos = 0;

  constructor(size: number) {
    this.buf = Buffer.alloc(size);
  }

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  fixed32(value: number): void {
    this.buf[this.pos++] = value & 0xff;
    this.buf[this.pos++] = (value >>> 8) & 0xff;
    this.buf[this.pos++] = (value >>> 16) & 0xff;
    this.buf[this.pos++] = (value >>> 24) & 0xff;
  }

  tag(field: number, wire: number): void {
    this.buf[this.pos++] = field * 8 + wire;
  }

  string(field: number, value: string, byteLength: number): void {
    this.tag(field, WIRE_LEN);
    this.varint(byteLength);
    this.pos += this.buf.write(value, this.pos, byteLength, "utf8");
  }

  pair(field: number, pair: SizedPair): void {
    this.tag(field, WIRE_LEN);
    this.varint(pair.size);
    this.string(1, pair.key, pair.keyLength);
    this.string(2, pair.value, pair.valueLength);
  }
}

/** Encodes a LogGroup in field-number order (the order protobufjs and the SLS SDKs write). */
export function encodeLogGroup(group: SlsLogGroup): Uint8Array {
  const logs = group.Logs.map(sizeLog);
  const strings: Array<[number, string, number]> = [];
  for (const [field, name] of Object.entries(STRING_FIELDS)) {
    const value = group[name];
    if (value !== undefined) strings.push([Number(field), value, Buffer.byteLength(value, "utf8")]);
  }
  const tags = group.LogTags.map(sizePair);
  let size = 0;
  for (const log of logs) size += fieldLength(log.size);
  for (const [, , length] of strings) size += fieldLength(length);
  for (const tag of tags) size += fieldLength(tag.size);

  const w = new Writer(size);
  for (const log of logs) {
    w.tag(1, WIRE_LEN);
    w.varint(log.size);
    w.tag(1, WIRE_VARINT);
    w.varint(log.time);
    for (const c of log.contents) w.pair(2, c);
    if (log.timeNs !== undefined) {
      w.tag(4, WIRE_FIXED32);
      w.fixed32(log.timeNs);
    }
  }
  for (const [field, value, length] of strings) w.string(field, value, length);
  for (const tag of tags) w.pair(6, tag);
  if (w.pos !== size) throw new Error("encodeLogGroup: size mismatch");
  return new Uint8Array(w.buf.buffer, w.buf.byteOffset, w.buf.length);
}
