// Where a snippet's script comes from: the CDN release, a follow-updates range, or the
// partner's own copy.

/**
 * Where partners load a release from: a versioned URL, so the file behind it never changes.
 * Every URL the build, the generator and the plugin print comes from here, with the name from
 * package.json (as dist/embed.json's `package` carries it): moving the package to a scope the
 * coordinating organisation owns is one change there. `file`: the path under dist/,
 * `<id>/joint-statement.js` (or `<id>/joint-statement-hydrate.js` for pre-rendered snippets).
 */
export function releaseUrl(packageName, version, file) {
  return `https://cdn.jsdelivr.net/npm/${packageName}@${version}/dist/${file}`;
}

/**
 * The releases a "follow updates" snippet accepts: those the coordinating organisation may
 * publish for the same statement without breaking a partner's page (semver's caret range:
 * `0.1` for 0.1.x, `1` for 1.x.y).
 */
export function followRange(version) {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/**
 * The file a self-hosting partner copies (`file`: its path under dist/, `<id>/joint-statement.js`),
 * named with the statement and the version, so no cache serves an older copy under the new hash.
 */
export function selfHostedFileName(version, file) {
  const [id, name] = file.split('/');
  return name.replace(/\.js$/, `-${id}-${version}.js`);
}

/**
 * Characters no snippet URL needs: spaces and control characters (the URL parser strips or
 * drops them, so "\u0001javascript:" is a script URL to the browser), quotes, angle brackets, and
 * backslashes (which it reads as slashes: "/\\other.host" is another site).
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is its job
const UNSAFE_IN_URL = /[\s\x00-\x1f\x7f"'<>\\]/;

/**
 * The URL typed by a self-hosting partner, when it is one a snippet can carry: a path on their
 * own site ("/js/x.js", "js/x.js", "./x.js") or an https URL. Anything else (another scheme, a
 * protocol-relative "//other.host/x.js", spaces, quotes, control characters) is refused, and
 * the generator says so.
 */
export function isSelfHostedUrl(url) {
  if (!url || UNSAFE_IN_URL.test(url)) return false;
  return /^https:\/\/./i.test(url) || !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}
