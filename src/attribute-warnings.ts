/**
 * One console warning per bad attribute value and element: a partner sees what to fix
 * without the console filling up on every re-render.
 */
export class AttributeWarnings {
  private readonly warned = new Set<string>();

  warn(element: Element, attribute: string, value: unknown, fallback: string): void {
    const key = `${attribute}\u0000${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${element.localName}>: ${attribute}=${JSON.stringify(String(value))} is not valid; using ${fallback}.`, element);
  }
}

/** An integer attribute within bounds, or undefined when the value is not one. */
export function integerIn(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
