// Debian's WordPress stack, installed when missing (as root) or named for the reader to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// wordpress 6.1 and its default block theme; PHP's CLI (also the web server, php -S) with the
// extensions WordPress needs; MariaDB, run privately by services.mjs.
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring'];

function installed(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

/** Installs what is missing; throws with the command to run when it cannot. */
export function ensurePackages() {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0 && existsSync('/usr/share/wordpress/wp-load.php')) return;
  const command = ['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) throw new Error(`WordPress's packages are missing. As root, run:\n  apt-get update && ${command.join(' ')}`);
  console.log(`Installing from apt: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync(command[0], command.slice(1), { stdio: 'inherit', env });
}
