import type { ChildProcess } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { bundledSpecPath } from "@appflow-contract/spec";
import { documentedStatuses } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { freePort, PrismExitedError, readOperations, startEngine, stopChild, waitForListening } from "../src/engine.js";

describe("waitForListening", () => {
  it("rejects at once when Prism cannot be spawned", async () => {
    const child = Object.assign(new EventEmitter(), { stdout: new PassThrough(), stderr: new PassThrough(), kill: () => true });
    const waiting = waitForListening(child as unknown as ChildProcess, "http://127.0.0.1:1", 20_000);
    child.emit("error", Object.assign(new Error("spawn /no/node ENOENT"), { code: "ENOENT" }));
    await expect(waiting).rejects.toThrow(/Prism could not be started: spawn \/no\/node ENOENT/);
  });
});

describe("startEngine", () => {
  const host = "127.0.0.1";

  it("tries a new port when another process took the free one first", async () => {
    // The freePort()-then-bind race, made certain: the first "free" port is taken.
    const squatter = createServer();
    squatter.listen(0, host);
    await once(squatter, "listening");
    const taken = (squatter.address() as { port: number }).port;
    const offered: number[] = [];
    try {
      const { child, port } = await startEngine({
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
      const starting = startEngine({ spec: bundledSpecPath, host, port: taken, startTimeoutMs: 30_000 });
      await expect(starting).rejects.toBeInstanceOf(PrismExitedError);
      await expect(starting).rejects.toThrow(/EADDRINUSE/);
    } finally {
      squatter.close();
    }
  });
});

describe("readOperations", () => {
  it("lists every operation with the statuses it documents", () => {
    const operations = readOperations(bundledSpecPath);
    expect([...operations.keys()]).toEqual(["/update-flow"]);
    expect(operations.get("/update-flow")?.get("POST")).toEqual(documentedStatuses.map(String));
  });

  it("refuses a document that is not JSON, naming it", () => {
    const spec = join(mkdtempSync(join(tmpdir(), "mock-spec-")), "openapi.yaml");
    writeFileSync(spec, "openapi: 3.1.0\n");
    expect(() => readOperations(spec)).toThrow(/bundled OpenAPI document in JSON.*openapi\.yaml/);
  });
});
