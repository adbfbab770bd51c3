import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPassThrough } from "./pass-through.js";
import { createCapiPayload } from "./payload.js";
import { createStandInUpstream } from "./stand-in-upstream.js";

const servers: Server[] = [];

function listen(server: Server): Promise<number> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("createPassThrough", () => {
  it("forwards /<recipient><path> to the base URL, keeping its prefix, with the body byte-identical", async () => {
    const upstream = createStandInUpstream();
    const upstreamPort = await listen(upstream.server);
    const app = createPassThrough({ facebook: `http://127.0.0.1:${upstreamPort}/pt` });
    const proxyPort = await listen(app.listen(0, "127.0.0.1"));
    const payload = createCapiPayload({ targetBytes: 16 * 1024 });

    const captured = upstream.captureNext("/pt/");
    const response = await fetch(`http://127.0.0.1:${proxyPort}/facebook${payload.path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: payload.body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ events_received: 1 });
    const request = await captured;
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`/pt${payload.path}`);
    expect(request.body.equals(payload.body)).toBe(true);
    expect(upstream.counts()).toEqual({ "/pt": 1 });
  });
});
