import { readFileSync } from 'node:fs';
import { gzipSize } from '../lib/bundle-size.mjs';

/**
 * Rollup plugin: prints the bundle's raw and gzip size after it is written; with `over`, also
 * how many gzip bytes it adds to that other built file (what hydrate support costs).
 */
export function reportSize({ over } = {}) {
  return {
    name: 'report-size',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const raw = Buffer.byteLength(chunk.code);
        const gzip = gzipSize(chunk.code);
        const added = over ? `, ${gzip - gzipSize(readFileSync(over))} B gzip more than ${over}` : '';
        console.log(`${options.file}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(2)} KB gzip (${gzip} B)${added}`);
      }
    },
  };
}
