import { gzipSync } from 'node:zlib';

/**
 * The bundle's size budget, gzip, Lit and the statement included: test/node/bundle.test.mjs
 * enforces it and the bench reports against it.
 */
export const GZIP_BUDGET_BYTES = 16 * 1024;

/** The plain bundle's own budget (the team's decision): the hydrating one carries Lit's hydrate support on top. */
export const PLAIN_GZIP_BUDGET_BYTES = 14 * 1024;

/** Bytes after gzip -9, as the build, the budget test and the bench count them. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
