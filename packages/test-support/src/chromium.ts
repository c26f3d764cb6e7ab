import { type Browser, chromium, type LaunchOptions } from "playwright-core";

/** Where the browser is: `CHROMIUM_PATH`, else Debian's `chromium` package. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium for a browser test through playwright-core, with the flags it
 * needs as root on a CI machine and none of its phoning home (no background networking,
 * component updates or sync); playwright gives each launch a fresh profile.
 */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    ...options,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...(options.args ?? []),
    ],
  });
}
