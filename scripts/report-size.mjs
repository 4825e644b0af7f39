import { gzipSync } from 'node:zlib';

/** Rollup plugin: prints the bundle's raw and gzip size after it is written. */
export function reportSize() {
  return {
    name: 'report-size',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const raw = Buffer.byteLength(chunk.code);
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        console.log(`${options.file}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(2)} KB gzip`);
      }
    },
  };
}
