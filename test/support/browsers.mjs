import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, find } from '../../scripts/lib/local-browsers.mjs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from '../../scripts/lib/free-port.mjs';

/** A browser from Debian's packages, or stop with one line saying how to get it. */
function findExecutable(name) {
  try {
    return find(name);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

export function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: findExecutable('chromium'),
      args: chromiumArgs,
    },
  });
  launcher.name = 'Chromium';
  return launcher;
}

/** Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver needed). */
export function firefox() {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: findExecutable('firefox'),
      headless: true,
      extraPrefsFirefox: {
        // No update checks, telemetry or remote settings on a machine without network.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
      },
    },
  });
  // chromeLauncher labels every puppeteer browser with an executablePath "Chrome".
  launcher.name = 'Firefox';
  return launcher;
}

/**
 * WebKit (the engine of Safari on iPhones) from Debian's WebKitGTK: WebKitWebDriver drives
 * MiniBrowser, which has no headless mode, so the driver runs under a virtual X display.
 * The launcher starts and stops the driver itself, so `npm test` needs nothing running.
 */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor(driverPath, browserPath) {
    super({
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio asks for BiDi and the driver answers "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
      },
    });
    this.driverPath = driverPath;
  }

  async initialize(config, testFiles) {
    this.options.port = await freePort();
    // xvfb-run (a sh script) removes its temp folder only when its command ends by itself, not
    // when the group is stopped; its folder, and the browser's, go inside one we remove in stop().
    this.scratch = mkdtempSync(join(tmpdir(), 'joint-statement-webkit-'));
    this.driver$ = spawn('xvfb-run', ['-a', this.driverPath, `--port=${this.options.port}`], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, TMPDIR: this.scratch },
    });
    await waitForDriver(this.options.port);
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    try {
      process.kill(-this.driver$.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

async function waitForDriver(port, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

export function webkit() {
  const driver = findExecutable('webkitDriver');
  findExecutable('xvfb');
  const browser =
    process.env.WEBKIT_MINIBROWSER ??
    ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'].map((dir) => `${dir}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));
  if (!browser) {
    console.error('Cannot find MiniBrowser: install it with "apt-get install webkit2gtk-driver" or set WEBKIT_MINIBROWSER to its path.');
    process.exit(1);
  }
  return new WebKitGtkLauncher(driver, browser);
}
