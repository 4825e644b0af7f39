// Flags for the Debian Chromium, shared by the test runner and the benchmark.
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
