// Small statistics: medians and quartiles, nothing that pretends a noisy 2-core machine is precise.

/** Linear interpolation between order statistics; Infinity ("took longer than we waited") sorts last. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)];
  const high = sorted[Math.ceil(position)];
  if (low === high) return low;
  if (!Number.isFinite(high)) return high;
  return low + (high - low) * (position - Math.floor(position));
}

export const median = (values) => quantile(values, 0.5);

export const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : 'n/a');

export const kb = (bytes) => `${(bytes / 1024).toFixed(bytes < 10240 ? 2 : 1)} KB`;

/** Shuffles in place with the given random source (Fisher–Yates). */
export function shuffle(list, random) {
  for (let index = list.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other], list[index]];
  }
  return list;
}
