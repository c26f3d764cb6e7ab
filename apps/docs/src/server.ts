import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";

/**
 * The docs server of `pnpm docs`: the page at `/` (and `/index.html`), read afresh on every
 * request so that a rebuild shows on refresh. The page routes in its hash
 * (`/#/section/error-codes`), so every link of it asks the server for `/`; a path such as
 * `/section/error-codes` (Redoc's route written as a path, from an older link or typed by hand)
 * is redirected to the same route in the hash. Anything else is 404.
 */
export function createDocsServer(pageFile: string): Server {
  return createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? "/", "http://docs.invalid");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (pathname === "/" || pathname === "/index.html") {
      readFile(pageFile).then(
        (html) => response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html),
        () => response.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("The page is being built"),
      );
      return;
    }
    if (/^\/[\w-]+(?:\/[\w.-]+)*\/?$/.test(pathname) && !/\.\w+$/.test(pathname)) {
      response.writeHead(302, { location: `/${search}#${pathname}` }).end();
      return;
    }
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
  });
}
