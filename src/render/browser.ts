/**
 * Headless Debian chromium for the browser tests, the open-time benchmark and the screenshot:
 * never downloads a browser, never touches the network (the page's CSP forbids it anyway).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING = `no chromium at ${CHROMIUM_PATH} (install Debian's chromium package to run the browser tests)`;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches chromium; loaded lazily so the report itself never needs playwright. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
