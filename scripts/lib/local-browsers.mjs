// The browsers and tools the checks use, all from Debian's packages: where each is found (a
// variable naming it, else its commands on the PATH) and which packages bring it. The test
// runner, the bench, the e2e checks and `npm run screenshots` find them here; ensure-browsers
// installs what is missing. No dependencies: .ci/run imports it before `npm ci`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const LOCAL_TOOLS = {
  chromium: { envVar: 'CHROME_PATH', commands: ['chromium', 'chromium-browser'], packages: ['chromium'] },
  firefox: { envVar: 'FIREFOX_PATH', commands: ['firefox-esr', 'firefox'], packages: ['firefox-esr'] },
  webkitDriver: { envVar: 'WEBKIT_WEBDRIVER', commands: ['WebKitWebDriver'], packages: ['webkit2gtk-driver'] },
  xvfb: { envVar: 'XVFB_RUN', commands: ['xvfb-run'], packages: ['xvfb', 'xauth'] },
  // The Nu Html Checker (npm's vnu-jar) runs on Java; npm run e2e:publishing builds partner
  // posts with Hugo and Jekyll.
  java: { commands: ['java'], packages: ['default-jre-headless'] },
  hugo: { commands: ['hugo'], packages: ['hugo'] },
  jekyll: { commands: ['jekyll'], packages: ['jekyll'] },
  // The plugin's tests run its PHP (syntax, and its language match against the element's).
  php: { commands: ['php'], packages: ['php-cli'] },
};

/** @returns {string | undefined} the command's full path, if it is on the PATH */
function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** @param {keyof typeof LOCAL_TOOLS} name @returns {string | undefined} */
export function locate(name) {
  const { envVar, commands } = LOCAL_TOOLS[name];
  return (envVar && process.env[envVar]) || commands.map(onPath).find(Boolean);
}

/** Like locate(), but throws one line saying how to get the tool when it is missing. */
export function find(name) {
  const found = locate(name);
  if (found) return found;
  const { envVar, commands, packages } = LOCAL_TOOLS[name];
  throw new Error(`Cannot find ${commands[0]}: install it with "apt-get install ${packages.join(' ')}"${envVar ? ` or set ${envVar} to its path` : ''}.`);
}

/** Flags for the Debian Chromium, wherever it is launched. */
export const chromiumArgs = [
  // Root on CI machines: Chromium's sandbox refuses to run as root.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // The machines have no network beyond localhost; these stop Chromium trying.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
