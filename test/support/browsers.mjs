import { execFileSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Finds a browser from Debian's packages, or stops with one line saying how to get it. */
function findExecutable(envVar, commands, aptPackage) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  for (const command of commands) {
    try {
      return execFileSync('which', [command], { encoding: 'utf8' }).trim();
    } catch {
      // not on the PATH; try the next name
    }
  }
  console.error(`Cannot find ${commands[0]}: install it with "apt-get install ${aptPackage}" or set ${envVar} to its path.`);
  process.exit(1);
}

export function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: findExecutable('CHROME_PATH', ['chromium', 'chromium-browser'], 'chromium'),
      args: [
        // Root on CI machines: Chromium's sandbox refuses to run as root.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // The machines have no network beyond localhost; these stop Chromium trying.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
}
