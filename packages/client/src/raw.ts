import type { Client, ClientOptions, Middleware } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { lazy } from "./validation.js";

/** The methods of an openapi-fetch client that send a request. */
const methods = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * An openapi-fetch client made on its first request: `createClient(options)` of openapi-fetch,
 * imported then, like the validators, so that an app that never uses `raw` never loads
 * openapi-fetch (about half of the main chunk otherwise). Middleware given to `use()` before
 * that is registered with it, in order; `eject()` takes it out again.
 */
export function lazyRawClient(options: ClientOptions): Client<paths> {
  let client: Client<paths> | undefined;
  const middleware: Middleware[] = [];
  const load = lazy(async () => {
    const { default: createClient } = await import("openapi-fetch");
    client = createClient<paths>(options);
    client.use(...middleware);
    return client;
  });
  const raw: Pick<Client<paths>, "use" | "eject"> & Record<string, unknown> = {
    use(...added) {
      if (client) client.use(...added);
      else middleware.push(...added);
    },
    eject(...removed) {
      if (client) client.eject(...removed);
      else for (const m of removed) middleware.includes(m) && middleware.splice(middleware.indexOf(m), 1);
    },
  };
  for (const name of methods) raw[name] = (...args: never[]) => load().then((c) => (c[name] as (...a: never[]) => unknown)(...args));
  return raw as unknown as Client<paths>;
}
