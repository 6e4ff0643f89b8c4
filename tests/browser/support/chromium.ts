// A shared launcher for Debian's Chromium through playwright-core. Each launch
// gets a fresh temporary profile, removed on close. When /usr/bin/chromium is
// missing, browser suites skip with a clear message, except under CI=true,
// where a missing browser is a failure (a green CI run must have run them).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Where Debian installs Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** The flags every launch uses: headless, sandbox-free (containers), and no background traffic. */
export const chromiumArgs: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Whether the browser exists on this machine. */
export const chromiumAvailable = existsSync(chromiumPath);

/** Whether this run is CI, where browser suites must not be skipped. */
export const inCI = process.env.CI === 'true';

/** A running browser with one context on a throwaway profile. */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** A new page (tab) in the context. */
  newPage(): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Options for a launch: the context's viewport, time zone, locale and colour scheme. */
export interface LaunchOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly timezoneId?: string;
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
}

/** Launches Chromium with a fresh `--user-data-dir`. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'dt-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: [...chromiumArgs],
      headless: true,
      viewport: options.viewport ?? { width: 1280, height: 720 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `describe` for a suite that needs Chromium: skipped with a message when the
 * browser is missing, or a failing test under CI.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (chromiumAvailable) {
    describe(name, body);
    return;
  }
  if (inCI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium is required under CI but ${chromiumPath} is missing (apt-get install chromium).`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": no Chromium at ${chromiumPath} (install Debian's chromium to run the browser tests).`);
  describe.skip(name, body);
}
