/**
 * Offset ↔ (line, character) conversion in UTF-16 code units, the unit both JS strings and LSP use.
 * Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP.
 */
export interface Position {
  line: number;
  character: number;
}

/** Line start offsets of `text` (always starts with 0). */
function computeLineStarts(text: string): number[] {
  const starts = [0];
  // The usual file has no CR at all: `indexOf` jumps from line to line (much faster than a char loop).
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  /** Computed on first use: a clean file checked by the CLI never converts an offset. */
  private lazyStarts: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    return (this.lazyStarts ??= computeLineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.starts;
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }

  offsetAt(pos: Position): number {
    const starts = this.starts;
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.text.length;
    const lineStart = starts[pos.line];
    const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + pos.character, next));
  }

  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }
}
