/**
 * N69 · profile/value-type-mismatch — a value's element type differs from the YAML `type`. Warning for a 0/1
 * `<integer>` where a `<boolean>` is expected (commonly tolerated), error otherwise. Lossless conversions are
 * offered as preferred fixes.
 */
import type { PlistDocument } from '../../model/document';
import type { PlistNode } from '../../model/plist';
import type { Fix, Rule } from '../types';
import type { SchemaType } from '../../knowledge/profileSchema';
import { booleanXml, lineIndentAt, detectIndentUnit, detectEol, replaceElement } from '../fixHelpers';
import { matchesType, ownedByEnvelopeRules as ownedByEntry, schemaSites } from './support/schemaSites';
import type { SchemaSite } from './support/schemaSites';
import { PROFILE_KINDS, elementName, valueAnchor } from './support/common';

/** `PayloadVersion` at envelope level and the root `PayloadType` belong to N62 / N61 (§1.15). */
export function ownedByEnvelopeRules(site: SchemaSite): boolean {
  return !!site.entry && ownedByEntry(site.entry, site.owner);
}

function conversion(doc: PlistDocument, node: PlistNode, type: SchemaType): string | undefined {
  if (type === 'array') {
    const text = doc.text;
    const own = text.slice(node.start, node.end);
    if (/[\r\n]/.test(own)) return undefined;
    if (!/[\r\n]/.test(text)) return `<array>${own}</array>`;
    const indent = lineIndentAt(text, node.start);
    const unit = detectIndentUnit(text);
    const eol = doc.encoding?.eol ?? detectEol(text);
    return `<array>${eol}${indent}${unit}${own}${eol}${indent}</array>`;
  }
  if (node.kind === 'dict' || node.kind === 'array') return undefined;
  const t = node.text.trim();
  if (type === 'integer' && node.kind === 'string' && /^[+-]?\d+$/.test(t)) return `<integer>${t}</integer>`;
  if (type === 'integer' && node.kind === 'real' && /^[+-]?\d+(\.0*)?$/.test(t)) {
    return `<integer>${t.replace(/\.0*$/, '')}</integer>`;
  }
  if (type === 'boolean' && node.kind === 'string' && (t === 'true' || t === 'false')) {
    return booleanXml(doc, t === 'true');
  }
  if (type === 'boolean' && node.kind === 'integer' && (t === '0' || t === '1')) return booleanXml(doc, t === '1');
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'N69',
    code: 'profile/value-type-mismatch',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A profile value's element type differs from the type Apple's schema defines.",
    guidance: [],
  },
  check(ctx) {
    // Only the sites whose element type differs from the schema's (in document order).
    const { typeMismatches } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const site of typeMismatches) {
      const { node, spec } = site;
      if (matchesType(node, spec.type) || ownedByEnvelopeRules(site)) continue;
      const isFlag = spec.type === 'boolean' && node.kind === 'integer' && /^[01]$/.test(node.text.trim());
      const converted = conversion(ctx.doc, node, spec.type);
      const fixes: Fix[] = converted
        ? [
            {
              title: `Convert to <${elementName(spec.type)}>`,
              preferred: true,
              edits: [replaceElement(node, converted)],
            },
          ]
        : [];
      const name = site.entry ? site.entry.key.text : `${site.path} item`;
      ctx.report({
        ...valueAnchor(node),
        severity: isFlag ? 'warning' : 'error',
        message: `${name} must be <${elementName(spec.type)}>, found <${node.kind}>.`,
        data: { expected: spec.type, actual: node.kind },
        fixes,
      });
    }
  },
};
