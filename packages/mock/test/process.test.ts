// The mock as a process: what is left when it is killed, a port it cannot have, stopping it.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startMock } from "../src/index.js";
import { json, post, valid } from "./contract.js";

const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const sources = fileURLToPath(new URL("../src/", import.meta.url));
const newestSource = () => Math.max(...readdirSync(sources).map((name) => statSync(`${sources}${name}`).mtimeMs));

/** The PIDs of `pid`'s descendants, by ps (Linux). */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  for (let parents = [pid]; parents.length > 0; ) {
    const children = table.filter(([, ppid]) => parents.includes(ppid)).map(([child]) => child);
    found.push(...children);
    parents = children;
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once `port` can be bound again on 127.0.0.1. */
async function bindable(port: number): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
    return true;
  } catch {
    return false;
  } finally {
    server.close();
  }
}

describe("a mock in a child process, killed with SIGKILL", () => {
  it("leaves its port free and no process behind (Prism runs in the mock's own process)", async () => {
    // The child runs the built package (dist/), what other packages import.
    expect(statSync(built).mtimeMs, "dist/ is older than src/: run `pnpm --filter @appflow-contract/mock build` first").toBeGreaterThanOrEqual(newestSource());
    const script = `const { startMock } = await import(${JSON.stringify(built)}); const mock = await startMock({ quiet: true }); process.stdout.write(JSON.stringify({ port: mock.port, pid: mock.pid }) + "\\n");`;
    const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const [line] = (await once(child.stdout!, "data")) as [Buffer];
      const { port, pid } = JSON.parse(line.toString()) as { port: number; pid: number };
      expect(pid).toBe(child.pid);
      expect((await post(`http://127.0.0.1:${port}`, { headers: json, body: JSON.stringify(valid) })).status).toBe(200);
      // Nothing to orphan: the mock started no process of its own.
      const before = descendants(child.pid!);
      expect(before).toEqual([]);
      child.kill("SIGKILL");
      await once(child, "exit");
      expect(child.signalCode).toBe("SIGKILL");
      expect(alive(child.pid!)).toBe(false);
      expect(await bindable(port)).toBe(true);
      await expect(fetch(`http://127.0.0.1:${port}/update-flow`, { method: "POST", signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });
});

describe("startMock", () => {
  it("rejects, saying so, when the port it is given is taken", async () => {
    const squatter = createServer();
    squatter.listen(0, "127.0.0.1");
    await once(squatter, "listening");
    const taken = (squatter.address() as { port: number }).port;
    try {
      const failure = await startMock({ port: taken, quiet: true }).then(
        async (mock) => {
          await mock.stop();
          return undefined;
        },
        (error: NodeJS.ErrnoException) => error,
      );
      expect(failure?.code).toBe("EADDRINUSE");
      expect(failure?.message).toMatch(new RegExp(`port ${taken} on 127.0.0.1 is taken`));
    } finally {
      squatter.close();
    }
  });

  it("resolves when its own server listens, on a port of its own; stop() closes it, also with a connection open", async () => {
    const mock = await startMock({ quiet: true });
    expect(mock.pid).toBe(process.pid);
    expect(mock.baseUrl).toBe(`http://127.0.0.1:${mock.port}`);
    expect((await post(mock.baseUrl, { headers: json, body: JSON.stringify(valid) })).status).toBe(200);
    // A keep-alive connection, idle: stop() must not wait for it.
    await mock.stop();
    await mock.stop();
    expect(await bindable(mock.port)).toBe(true);
  });
});
