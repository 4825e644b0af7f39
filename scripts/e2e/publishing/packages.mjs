// What the publishing check runs besides npm's packages: Debian's Hugo and Jekyll (which
// scripts/cli/ensure-browsers.mjs installs with the browsers), and WordPress's wpautop, read from
// Debian's wordpress package by PHP's CLI. Missing ones are installed from apt when this runs
// as root; otherwise it throws with the command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const NEEDED = [
  { present: () => onPath('hugo'), package: 'hugo' },
  { present: () => onPath('jekyll'), package: 'jekyll' },
  { present: () => onPath('php'), package: 'php-cli' },
  { present: () => existsSync('/usr/share/wordpress/wp-includes/formatting.php'), package: 'wordpress' },
];

export function ensureTools() {
  const missing = NEEDED.filter(({ present }) => !present()).map((need) => need.package);
  if (!missing.length) return;
  const command = ['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0)
    throw new Error(`The publishing check needs Debian's ${missing.join(', ')}. As root, run:\n  apt-get update && ${command.join(' ')}`);
  console.log(`Installing from apt: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync(command[0], command.slice(1), { stdio: 'inherit', env });
}
