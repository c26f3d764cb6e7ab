// Bare Prism (`startMock({ errorEnvelopes: false })`, the bench's baseline) still runs as
// `prism mock` in a child process.
import type { ChildProcess } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { createServer } from "node:net";
import { PassThrough } from "node:stream";
import { bundledSpecPath } from "@appflow-contract/spec";
import { describe, expect, it } from "vitest";
import { freePort, PrismExitedError, startBarePrism, stopChild, waitForListening } from "../src/bare.js";
import { startMock } from "../src/index.js";

describe("waitForListening", () => {
  it("rejects at once when Prism cannot be spawned", async () => {
    const child = Object.assign(new EventEmitter(), { stdout: new PassThrough(), stderr: new PassThrough(), kill: () => true });
    const waiting = waitForListening(child as unknown as ChildProcess, "http://127.0.0.1:1", 20_000);
    child.emit("error", Object.assign(new Error("spawn /no/node ENOENT"), { code: "ENOENT" }));
    await expect(waiting).rejects.toThrow(/Prism could not be started: spawn \/no\/node ENOENT/);
  });
});

describe("startBarePrism", () => {
  const host = "127.0.0.1";

  it("tries a new port when another process took the free one first", async () => {
    // The freePort()-then-bind race, made certain: the first "free" port is taken.
    const squatter = createServer();
    squatter.listen(0, host);
    await once(squatter, "listening");
    const taken = (squatter.address() as { port: number }).port;
    const offered: number[] = [];
    try {
      const { child, port } = await startBarePrism({
        spec: bundledSpecPath,
        host,
        startTimeoutMs: 30_000,
        choosePort: async () => {
          const port = offered.length === 0 ? taken : await freePort(host);
          offered.push(port);
          return port;
        },
      });
      try {
        expect(offered).toHaveLength(2);
        expect(port).toBe(offered[1]);
        expect((await fetch(`http://${host}:${port}/update-flow`, { method: "POST" })).status).toBeGreaterThan(0);
      } finally {
        await stopChild(child);
      }
    } finally {
      squatter.close();
    }
  });

  it("keeps a port the caller chose, and says that it is taken", async () => {
    const squatter = createServer();
    squatter.listen(0, host);
    await once(squatter, "listening");
    const taken = (squatter.address() as { port: number }).port;
    try {
      const starting = startBarePrism({ spec: bundledSpecPath, host, port: taken, startTimeoutMs: 30_000 });
      await expect(starting).rejects.toBeInstanceOf(PrismExitedError);
      await expect(starting).rejects.toThrow(/EADDRINUSE/);
    } finally {
      squatter.close();
    }
  });
});

describe("startMock({ errorEnvelopes: false })", () => {
  it("serves bare Prism, whose own answers are not the contract's", async () => {
    const bare = await startMock({ errorEnvelopes: false });
    try {
      expect(bare.pid).not.toBe(process.pid);
      const response = await fetch(`${bare.baseUrl}/update-flow`, { method: "POST", headers: { "content-type": "application/json" }, body: "null" });
      // Prism alone: a canned example, its violations in a header.
      expect(response.headers.get("sl-violations")).not.toBeNull();
    } finally {
      await bare.stop();
    }
  });
});
