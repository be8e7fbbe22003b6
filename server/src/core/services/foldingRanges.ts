/**
 * Folding ranges for any plist: every multi-line element below `<plist>` (dicts, arrays, long `<data>` blocks)
 * and multi-line comments. The range ends on the line before the closing tag so `</dict>` stays visible.
 * Iterative over the XML tree (deep files must not overflow).
 */
import type { PlistDocument } from '../model/document';
import type { XmlChild, XmlElement } from '../model/xml';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

function elementRange(doc: PlistDocument, el: XmlElement): FoldingRange | undefined {
  const li = doc.lineIndex;
  const startLine = li.positionAt(el.open.start).line;
  // A closing tag on its own line stays visible; an unclosed element folds to its end.
  const endLine = el.close ? li.positionAt(el.close.start).line - 1 : li.positionAt(el.end).line;
  return endLine > startLine ? { startLine, endLine } : undefined;
}

export function getFoldingRanges(doc: PlistDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const li = doc.lineIndex;
  const stack: XmlChild[] = [...doc.xml.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'comment') {
      const startLine = li.positionAt(n.start).line;
      const endLine = li.positionAt(n.end).line;
      if (endLine > startLine) out.push({ startLine, endLine, kind: 'comment' });
    } else if (n.type === 'element') {
      if (n.name !== 'plist') {
        const r = elementRange(doc, n);
        if (r) out.push(r);
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out;
}
