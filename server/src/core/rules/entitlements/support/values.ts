/**
 * Shared pieces of the entitlements rules: reading array elements with build variables resolved (§1.6),
 * the value-replacement fix (only the `<string>` text changes, §1.13), and the value range (§1.1).
 */
import type { PlistDocument } from '../../../model/document';
import type { ArrayNode, DictEntry, DictNode, PlistNode, ScalarNode } from '../../../model/plist';
import { isArray, isDict, isString } from '../../../model/plist';
import { hasBuildVariable, resolveBuildVariables } from '../../../text/buildVariables';
import type { FileContext } from '../../../context/types';
import { replaceContent } from '../../fixHelpers';
import type { Fix, RuleContext } from '../../types';
import { NE_KEY } from '../../../knowledge/neValues';

export interface StringElement {
  node: ScalarNode;
  /** The literal text, or the resolved text when every variable resolved. */
  value: string;
  /** True when the source text is literal (no build variable): value fixes may rewrite it. */
  literal: boolean;
}

export function rootDict(doc: PlistDocument): DictNode | undefined {
  return isDict(doc.root) ? doc.root : undefined;
}

/** First occurrence of `key` at the root (semantic rules never read later duplicates). */
export function rootEntry(doc: PlistDocument, key: string): DictEntry | undefined {
  return rootDict(doc)?.map.get(key);
}

export function rootArray(doc: PlistDocument, key: string): ArrayNode | undefined {
  const v = rootEntry(doc, key)?.value;
  return isArray(v) ? v : undefined;
}

/**
 * The `<string>` elements of a root array whose value is known: literal, or fully resolved through the
 * build settings. Elements with unresolved variables are skipped (never reported as wrong values).
 */
export function knownStrings(doc: PlistDocument, file: FileContext, key: string): StringElement[] {
  const arr = rootArray(doc, key);
  if (!arr) return [];
  const out: StringElement[] = [];
  for (const item of arr.items) {
    if (!isString(item)) continue;
    if (!hasBuildVariable(item.text)) {
      out.push({ node: item, value: item.text, literal: true });
      continue;
    }
    const r = resolveBuildVariables(item.text, file.lookupVariable);
    if (r.complete) out.push({ node: item, value: r.text, literal: false });
  }
  return out;
}

export function neStrings(doc: PlistDocument, file: FileContext): StringElement[] {
  return knownStrings(doc, file, NE_KEY);
}

/** Range of a value diagnostic: the text content, or the whole element when it has none (`<true/>`). */
export function valueRange(node: PlistNode): { start: number; end: number } {
  if (node.kind !== 'dict' && node.kind !== 'array' && node.contentEnd > node.contentStart) {
    return { start: node.contentStart, end: node.contentEnd };
  }
  return { start: node.start, end: node.end };
}

/** No fix is ever offered in decoded (binary/CMS) documents (§1.13). */
export function fixesAllowed(ctx: RuleContext): boolean {
  return ctx.doc.container === 'xml';
}

/** A fix that rewrites only the text of a literal `<string>`. */
export function replaceValueFix(el: StringElement, newValue: string, title: string, preferred: boolean): Fix[] {
  if (!el.literal) return [];
  return [{ title, preferred: preferred || undefined, edits: [replaceContent(el.node, newValue)] }];
}
