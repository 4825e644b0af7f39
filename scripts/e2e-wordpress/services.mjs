// The servers the check runs on, all private to one temporary folder: a MariaDB instance with
// its own data directory and socket (no TCP port, so it cannot meet another database), and
// PHP's built-in web server on a free port. Everything started here is stopped by stopAll().
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const running = [];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const service = { name, child, output: () => output, exited: new Promise((resolve) => child.on('exit', resolve)) };
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
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'pipe' });
  const service = start('MariaDB', 'mariadbd', [
    '--no-defaults', `--datadir=${dataDir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`, ...asRoot,
  ]);
  await waitFor(service, () => existsSync(socket), socket);
  return socket;
}

/** `php -S` serving Debian's WordPress through router.php. */
export async function startPhpServer({ port, router, env }) {
  const service = start('php -S', 'php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', router], { env: { ...process.env, ...env } });
  await waitFor(service, async () => {
    try {
      await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`);
      return true;
    } catch {
      return false;
    }
  }, `port ${port}`);
  return service;
}

/** Stops every service started here (last first) and waits until each has exited. */
export async function stopAll() {
  while (running.length) {
    const service = running.pop();
    if (service.child.exitCode === null && service.child.signalCode === null) {
      service.child.kill('SIGTERM');
      const stopped = await Promise.race([service.exited.then(() => true), sleep(15000).then(() => false)]);
      if (!stopped) {
        service.child.kill('SIGKILL');
        await service.exited;
      }
    }
  }
}
