/**
 * N10 — an entitlement whose value has the wrong plist type (only the keys of the catalog's table, which
 * is data: `typeChecked` entries of `entitlementKeys.json`). Fixes exist only for the obvious conversions.
 */
import type { Fix, Rule, RuleContext } from '../types';
import type { PlistNode } from '../../model/plist';
import { isString } from '../../model/plist';
import { describeType, entitlementKey } from '../../knowledge/entitlementKeys';
import type { EntitlementType } from '../../knowledge/entitlementKeys';
import { booleanXml, detectEol, detectIndentUnit, lineIndentAt, replaceElement } from '../fixHelpers';
import { fixesAllowed, rootDict, valueRange } from './support/values';

const TRUE_TEXT = /^(true|yes|1)$/i;
const FALSE_TEXT = /^(false|no|0)$/i;

function actualType(n: PlistNode): string {
  if (n.kind === 'array') return 'an array';
  if (n.kind === 'dict') return 'a dictionary';
  if (n.kind === 'integer') return 'an integer';
  return `a ${n.kind}`;
}

function sourceOf(ctx: RuleContext, n: PlistNode): string {
  return ctx.doc.text.slice(n.start, n.end);
}

/** `<string>X</string>` → `<array><string>X</string></array>`, laid out like the file (one line if minified). */
function wrapInArray(ctx: RuleContext, n: PlistNode): Fix[] {
  if (n.kind !== 'string') return [];
  const text = ctx.doc.text;
  const root = rootDict(ctx.doc)!;
  const inline = !/[\r\n]/.test(text.slice(root.start, root.end));
  const inner = sourceOf(ctx, n);
  const eol = detectEol(text);
  const indent = lineIndentAt(text, n.start);
  const newXml = inline
    ? `<array>${inner}</array>`
    : `<array>${eol}${indent}${detectIndentUnit(text)}${inner}${eol}${indent}</array>`;
  return [{ title: 'Wrap the value in an array', preferred: true, edits: [replaceElement(n, newXml)] }];
}

function toBoolean(ctx: RuleContext, n: PlistNode): Fix[] {
  if (n.kind !== 'string' && n.kind !== 'integer') return [];
  const t = n.text.trim();
  const value = TRUE_TEXT.test(t) ? true : FALSE_TEXT.test(t) ? false : undefined;
  if (value === undefined || (n.kind === 'integer' && t !== '0' && t !== '1')) return [];
  const xml = booleanXml(ctx.doc, value);
  return [{ title: `Use ${xml}`, preferred: true, edits: [replaceElement(n, xml)] }];
}

function unwrapArray(ctx: RuleContext, n: PlistNode): Fix[] {
  if (n.kind !== 'array' || n.items.length !== 1 || !isString(n.items[0])) return [];
  return [
    { title: 'Use the array’s only string', preferred: true, edits: [replaceElement(n, sourceOf(ctx, n.items[0]))] },
  ];
}

function fixesFor(ctx: RuleContext, expected: EntitlementType, n: PlistNode): Fix[] {
  if (!fixesAllowed(ctx)) return [];
  if (expected === 'array-of-string') return wrapInArray(ctx, n);
  if (expected === 'boolean') return toBoolean(ctx, n);
  return unwrapArray(ctx, n);
}

function matches(expected: EntitlementType, n: PlistNode): boolean {
  if (expected === 'array-of-string') return n.kind === 'array';
  return n.kind === expected;
}

export const rule: Rule = {
  meta: {
    id: 'N10',
    code: 'entitlements/wrong-value-type',
    family: 'entitlements',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    description:
      'An entitlement whose value is not of the type the system expects (array of strings, boolean or string).',
    guidance: ['Q-D02', 'Q-D11'],
  },
  check(ctx) {
    const root = rootDict(ctx.doc);
    if (!root) return;
    for (const [key, entry] of root.map) {
      const spec = entitlementKey(key);
      const value = entry.value;
      if (!spec?.typeChecked || !value) continue;
      const expected = describeType(spec.type);
      if (!matches(spec.type, value)) {
        ctx.report({
          ...valueRange(value),
          message: `${key} must be ${expected}, found ${actualType(value)}.`,
          data: { key, expected: spec.type, actual: value.kind },
          fixes: fixesFor(ctx, spec.type, value),
        });
        continue;
      }
      if (value.kind !== 'array') continue;
      for (const item of value.items) {
        if (item.kind === 'string') continue;
        ctx.report({
          ...valueRange(item),
          message: `${key} must be ${expected}, found ${actualType(item)} in the array.`,
          data: { key, expected: spec.type, actual: item.kind },
        });
      }
    }
  },
};
