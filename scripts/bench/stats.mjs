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

/** Two-sided sign test: how likely this many rounds one way or the other if there were no difference. */
export function signTest(up, down) {
  const n = up + down;
  const k = Math.max(up, down);
  let tail = 0;
  for (let i = k; i <= n; i++) tail += binomial(n, i) / 2 ** n;
  return Math.min(1, 2 * tail);
}
const binomial = (n, k) => {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
};

export const signed = (value) => `${value >= 0 ? '+' : ''}${Math.round(value)}`;
export const signedMs = (value) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
export const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
