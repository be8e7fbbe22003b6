/**
 * Shares the strings of repeated short texts (`PayloadType`, `com.apple.vpn.managed`, `1`, …): a big
 * profile repeats the same few hundred keys and values tens of thousands of times. A shared string costs
 * no allocation, and as a `Map` key it is hashed once (the hash is cached in the string).
 */
const TABLE_BITS = 12;
const MAX_LENGTH = 64;

export class TextInterner {
  /** Direct-mapped cache: a colliding text replaces the entry (bounded memory, no probing). */
  private readonly table: (string | undefined)[] = new Array<string | undefined>(1 << TABLE_BITS).fill(undefined);

  /**
   * `text.slice(start, end)`, shared when seen before; `undefined` when the range holds `&` or a CR (its
   * decoded value is not the raw slice) or is too long to be worth it.
   */
  intern(text: string, start: number, end: number): string | undefined {
    const len = end - start;
    if (len > MAX_LENGTH) return undefined;
    let h = len;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 38 /* & */ || c === 13 /* \r */) return undefined;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const slot = (h ^ (h >>> TABLE_BITS)) & ((1 << TABLE_BITS) - 1);
    const hit = this.table[slot];
    if (hit !== undefined && hit.length === len && text.startsWith(hit, start)) return hit;
    const s = text.slice(start, end);
    this.table[slot] = s;
    return s;
  }
}
