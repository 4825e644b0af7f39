// Headless Chromium from Debian, driven by puppeteer-core; never downloads a browser. Used by
// the bench, the release check, the e2e checks and npm run screenshots.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, find } from './local-browsers.mjs';

/** @param {string[]} [extraArgs] more command-line flags, e.g. V8's in `--js-flags=…` */
export async function launchBrowser(extraArgs = []) {
  return puppeteer.launch({
    executablePath: find('chromium'),
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    timeout: 60000,
    protocolTimeout: 90000,
  });
}

/** Closes the browser; if it does not answer within a few seconds, kills the process we started. */
export async function closeBrowser(browser) {
  if (!browser) return;
  const child = browser.process();
  try {
    await Promise.race([browser.close(), new Promise((_, reject) => setTimeout(() => reject(new Error('close timed out')), 10000))]);
  } catch {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }
}

const viewport = { width: 1280, height: 900 };

export async function openPage(browser, { timeoutMs = 30000, cache = false } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.setDefaultNavigationTimeout(timeoutMs);
  await page.setViewport(viewport);
  // Every load is a first visit: no HTTP cache, so no V8 code cache either.
  await page.setCacheEnabled(cache);
  return page;
}

export const sleep = (msDelay) => new Promise((resolve) => setTimeout(resolve, msDelay));

