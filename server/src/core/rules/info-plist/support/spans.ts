/**
 * Diagnostic anchors of catalog §1.1 for Info.plist rules: a value's text content (the whole element when it
 * has none, e.g. `<true/>` or `<string/>`), a key's `<key>` element, the root dict's opening tag.
 */
import type { DictEntry, DictNode, PlistNode } from '../../../model/plist';
import type { RuleContext } from '../../types';

export interface Span {
  start: number;
  end: number;
}

export function valueSpan(node: PlistNode): Span {
  if (node.kind === 'dict' || node.kind === 'array') {
    return { start: node.element.open.start, end: node.element.open.end };
  }
  if (node.kind === 'boolean' || node.contentEnd <= node.contentStart) return { start: node.start, end: node.end };
  return { start: node.contentStart, end: node.contentEnd };
}

export function keySpan(entry: DictEntry): Span {
  return { start: entry.key.start, end: entry.key.end };
}

/** A dict-level anchor: the `<key>` owning the dict, or the opening tag for the root dict. */
export function dictSpan(dict: DictNode): Span {
  if (dict.entry) return keySpan(dict.entry);
  return { start: dict.element.open.start, end: dict.element.open.end };
}

/** Quick fixes are never offered in decoded (binary/CMS) documents (catalog §1.13). */
export function canFix(ctx: RuleContext): boolean {
  return ctx.doc.container === 'xml' && !ctx.doc.decoded;
}
