/**
 * Frames over 50 ms are what readers feel as a stutter (and what browsers report as long
 * tasks). A step's script, style and layout get this much; painting it takes most of the rest.
 */
export const GROWTH_BUDGET_MS = 40;
/** Most chunks per step, however fast the machine: the first names stay quick to reach. */
const MAX_CHUNKS = 8;
/** The first step, before anything is measured: small, as a slow machine needs it. */
const FIRST_CHUNKS = 1;

/**
 * How many names each frame adds while a long list finishes expanding. A fixed step would freeze
 * slow machines and keep fast ones waiting, so every step is timed and the next one sized to
 * fit the budget (docs/architecture.md#paced-growth-of-a-long-list). Steps are whole chunks:
 * the list caches its rendering by chunk.
 */
export class GrowthPace {
  private chunks = FIRST_CHUNKS;

  constructor(private readonly chunkSize: number) {}

  /** Names the next step adds. */
  get step(): number {
    return this.chunks * this.chunkSize;
  }

  /** What the last step cost (script, style and layout). */
  record(costMs: number): void {
    // In proportion to the last step's cost per chunk, rounded down: a step over budget always
    // makes the next one smaller, down to one chunk.
    const fitting = Math.floor((this.chunks * GROWTH_BUDGET_MS) / Math.max(costMs, 1));
    // At most doubling: one quick step (a frame with little else to do) is no promise.
    this.chunks = Math.max(1, Math.min(MAX_CHUNKS, this.chunks * 2, fitting));
  }
}
