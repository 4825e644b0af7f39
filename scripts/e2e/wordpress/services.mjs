// The servers the check runs on, all private to one temporary folder: a MariaDB instance with
// its own data directory and socket (no TCP port, so it cannot meet another database), and
// PHP's built-in web server on a free port. Everything started here is stopped by stopAll().
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const running = [];

function start(name, command, args, options) {
  // Its own process group: php -S forks workers, and stopping must reach them too.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const service = { name, child, output: () => output };
  running.push(service);
  return service;
}

async function waitFor(service, ready, what) {
  for (let i = 0; i < 150; i++) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited: ${service.output()}`);
    if (await ready()) return;
    await sleep(100);
  }
  throw new Error(`${service.name} did not become ready (${what}): ${service.output()}`);
}

/** A fresh MariaDB in dir/mysql; returns its socket path. Root logs in by socket, no password. */
export async function startMariaDb(dir) {
  const dataDir = join(dir, 'mysql');
  const socket = join(dir, 'mysql.sock');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], {
    stdio: 'pipe',
  });
  const service = start('MariaDB', 'mariadbd', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${socket}`,
    '--skip-networking',
    `--pid-file=${join(dir, 'mysql.pid')}`,
    ...asRoot,
  ]);
  await waitFor(service, () => existsSync(socket), socket);
  return socket;
}

/** `php -S` serving Debian's WordPress through router.php. */
export async function startPhpServer({ port, router, env }) {
  // Several workers: the block editor sends its requests in parallel.
  const service = start('php -S', 'php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', router], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', ...env },
  });
  await waitFor(
    service,
    async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`);
        return true;
      } catch {
        return false;
      }
    },
    `port ${port}`,
  );
  return service;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops every service started here, last first, with all its processes, and waits until they are gone. */
export async function stopAll() {
  while (running.length) {
    const { child } = running.pop();
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      if (!groupAlive(child.pid)) break;
      process.kill(-child.pid, signal);
      for (let i = 0; i < 150 && groupAlive(child.pid); i++) await sleep(100);
    }
    child.stdout.destroy();
    child.stderr.destroy();
  }
}
