#!/usr/bin/env node
// `npm test`'s first step (pretest), and .ci/run's: the component suite runs in Chromium,
// Firefox ESR and WebKitGTK (WebKitWebDriver under a virtual display), the HTML check on Java
// the publishing check with Hugo and Jekyll, the plugin's tests with PHP, all from Debian's packages. Missing ones are installed from apt when this runs as root; otherwise it prints
// the one command to run and stops. No npm dependencies: .ci/run calls it before `npm ci`.
import { execFileSync } from 'node:child_process';
import { LOCAL_TOOLS, locate } from '../lib/local-browsers.mjs';

const missing = Object.entries(LOCAL_TOOLS)
  .filter(([name]) => !locate(name))
  .flatMap(([, { packages }]) => packages);
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
