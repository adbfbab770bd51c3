/**
 * An upstream on 127.0.0.1:0 that records the bytes of each request's head as they arrived on
 * the socket, before any HTTP parser reads them (for tests of the bytes a header is sent as), and
 * answers 200 with `Connection: close`.
 */
import { createServer, type Server, type Socket } from "node:net";

/** A running raw recording upstream. */
export interface RawUpstream {
  readonly url: string;
  /** Each request's head (request line and header lines, without the blank line) as bytes. */
  readonly heads: Buffer[];
  /** The raw bytes of the first header `name` (any case) of a recorded head, or undefined. */
  headerBytes(head: Buffer | undefined, name: string): Buffer | undefined;
  close(): Promise<void>;
}

const CRLF = Buffer.from("\r\n");
const END_OF_HEAD = Buffer.from("\r\n\r\n");
const ANSWER =
  "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}";

/** Splits a head into its lines (without CRLF). */
function lines(head: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let at = head.indexOf(CRLF); at >= 0; at = head.indexOf(CRLF, start)) {
    out.push(head.subarray(start, at));
    start = at + CRLF.length;
  }
  out.push(head.subarray(start));
  return out;
}

/** The Content-Length of a head (ASCII in every test), 0 when absent. */
function contentLength(head: Buffer): number {
  const match = /\r\ncontent-length:\s*(\d+)/i.exec(head.toString("latin1"));
  return match === null ? 0 : Number(match[1]);
}

/** Starts the upstream. */
export async function startRawUpstream(): Promise<RawUpstream> {
  const heads: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let received = Buffer.alloc(0);
    let answered = false;
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf(END_OF_HEAD);
      if (answered || end < 0) return;
      const head = received.subarray(0, end);
      if (received.length < end + END_OF_HEAD.length + contentLength(head)) return;
      answered = true;
      heads.push(Buffer.from(head));
      socket.end(ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    heads,
    headerBytes(head, name) {
      if (head === undefined) return undefined;
      const prefix = `${name.toLowerCase()}:`;
      for (const line of lines(head).slice(1)) {
        const colon = line.indexOf(":");
        if (
          line
            .subarray(0, colon + 1)
            .toString("latin1")
            .toLowerCase() !== prefix
        )
          continue;
        let start = colon + 1;
        while (line[start] === 0x20 || line[start] === 0x09) start++;
        return line.subarray(start);
      }
      return undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
