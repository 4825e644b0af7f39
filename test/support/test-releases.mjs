import { buildTestReleases } from '../../scripts/cli/build-test-releases.mjs';

/**
 * Dev-server middleware: the builds the several-statements tests load (test/.built/, see
 * scripts/cli/build-test-releases.mjs) are made when a page first asks for one of their files, and
 * again only when their inputs changed since; runs of other test files never wait for them.
 */
export function testReleases() {
  let building;
  return async function buildTestReleasesOnDemand(context, next) {
    if (context.path.startsWith('/test/.built/')) {
      building ??= buildTestReleases().then((built) => built && console.log('test/.built/: the several-statements builds were made'));
      await building;
    }
    return next();
  };
}
