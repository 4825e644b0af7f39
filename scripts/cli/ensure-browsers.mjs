#!/usr/bin/env node
// `npm test`'s first step (pretest), and .ci/run's: the component suite runs in Chromium,
// Firefox ESR and WebKitGTK (WebKitWebDriver under a virtual display), the HTML check on Java
// and the publishing check with Hugo and Jekyll, all from Debian's packages. Missing ones are installed from apt when this runs as root; otherwise it prints
// the one command to run and stops. No dependencies: .ci/run calls it before `npm ci`.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the suite needs: a command on the PATH (or the variable naming it), and its packages. */
const NEEDED = [
  { commands: ['chromium', 'chromium-browser'], envVar: 'CHROME_PATH', packages: ['chromium'] },
  { commands: ['firefox-esr'], envVar: 'FIREFOX_PATH', packages: ['firefox-esr'] },
  { commands: ['WebKitWebDriver'], envVar: 'WEBKIT_WEBDRIVER', packages: ['webkit2gtk-driver'] },
  { commands: ['xvfb-run'], packages: ['xvfb', 'xauth'] },
  // The Nu Html Checker (npm's vnu-jar) runs on Java; npm run e2e:publishing builds partner
  // posts with Debian's Hugo and Jekyll.
  { commands: ['java'], packages: ['default-jre-headless'] },
  { commands: ['hugo'], packages: ['hugo'] },
  { commands: ['jekyll'], packages: ['jekyll'] },
];

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const missing = NEEDED.filter(({ commands, envVar }) => !(envVar && process.env[envVar]) && !commands.some(onPath)).flatMap(({ packages }) => packages);
if (missing.length) {
  const install = ['apt-get', 'install', '-y', '-q', ...missing];
  if (process.getuid?.() !== 0) {
    console.error(`The tests need browsers and tools from Debian's packages. Install them with:\n\n  sudo ${install.join(' ')}\n`);
    process.exit(1);
  }
  console.log(`Installing from apt: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    execFileSync(install[0], install.slice(1), { stdio: 'inherit', env });
  } catch {
    console.error(`Installing them failed; run it yourself and look at apt's message:\n\n  ${install.join(' ')}\n`);
    process.exit(1);
  }
}
