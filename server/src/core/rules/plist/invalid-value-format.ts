/**
 * N26 — scalar text that is not a valid value of its element type (integer incl. hex and 64-bit range,
 * real, ISO 8601 UTC date, base64 data, empty booleans). CFPropertyList and plistlib refuse such files.
 * Elements whose text contains a build variable are templates and are skipped (catalog §1.6).
 */
import type { PlistDocument } from '../../model/document';
import type { ScalarNode } from '../../model/plist';
import { walk } from '../../model/query';
import { textOf } from '../../parser/plistBuilder';
import {
  booleanProblem,
  dataProblem,
  dateProblem,
  integerProblem,
  normalizeIsoDate,
  realProblem,
} from '../../parser/scalars';
import { hasBuildVariable } from '../../text/buildVariables';
import { booleanXml, removeEntry, removeNode, replaceContent, replaceElement } from '../fixHelpers';
import type { Fix, Rule, RuleContext } from '../types';
import { canFix } from './support';

const REALISH = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

/**
 * Up to 18 ASCII digits, nothing else: always a valid 64-bit `<integer>` without build variables. Nearly every
 * integer of a real profile looks like this; the general check (regexes and a BigInt) is kept for the rest.
 */
function isPlainInteger(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 18) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function problemOf(node: ScalarNode): string | undefined {
  switch (node.kind) {
    case 'integer':
      return integerProblem(node.text);
    case 'real':
      return realProblem(node.text);
    case 'date':
      return dateProblem(node.text);
    case 'data':
      return dataProblem(node.text);
    case 'boolean':
      return booleanProblem(booleanContent(node));
    default:
      return undefined;
  }
}

/** What is written inside `<true>…</true>` (nothing for `<true/>`: read without making the element). */
function booleanContent(node: ScalarNode): string {
  return node.contentStart === node.contentEnd ? '' : textOf(node.element);
}

function removeFix(doc: PlistDocument, node: ScalarNode): Fix {
  return node.entry
    ? { title: 'Remove this entry', edits: [removeEntry(doc, node.entry)] }
    : { title: 'Remove this value', edits: [removeNode(doc, node)] };
}

function integerFixes(doc: PlistDocument, node: ScalarNode): Fix[] {
  const trimmed = node.text.trim();
  const raw = doc.text.slice(node.contentStart, node.contentEnd);
  if (trimmed === '') {
    return [
      { title: 'Replace with <integer>0</integer>', edits: [replaceElement(node, '<integer>0</integer>')] },
      removeFix(doc, node),
    ];
  }
  if (REALISH.test(trimmed)) {
    return [
      { title: 'Change the element to <real>', preferred: true, edits: [replaceElement(node, `<real>${raw}</real>`)] },
    ];
  }
  if (integerProblem(trimmed) === 'not an integer') {
    return [{ title: 'Change to <string>', edits: [replaceElement(node, `<string>${raw}</string>`)] }];
  }
  return [];
}

function fixesFor(doc: PlistDocument, node: ScalarNode): Fix[] {
  switch (node.kind) {
    case 'integer':
      return integerFixes(doc, node);
    case 'date': {
      const iso = normalizeIsoDate(node.text);
      return iso ? [{ title: `Rewrite as ${iso}`, preferred: true, edits: [replaceContent(node, iso)] }] : [];
    }
    case 'data':
      if (!node.text.includes('-----BEGIN')) return [];
      return [
        {
          title: 'Base64-encode the text',
          edits: [replaceContent(node, Buffer.from(node.text.trim(), 'utf8').toString('base64'))],
        },
      ];
    case 'boolean': {
      const xml = booleanXml(doc, node.text === 'true');
      return [{ title: `Make the element empty (${xml})`, preferred: true, edits: [replaceElement(node, xml)] }];
    }
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: {
    id: 'N26',
    code: 'plist/invalid-value-format',
    family: 'plist',
    severity: 'error',
    kinds: 'all',
    scope: 'payload',
    fixable: true,
    description: 'A scalar value is not valid for its element type (e.g. an empty <integer>, bad base64 or date).',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    walk(ctx.doc.root, (n) => {
      if (n.kind === 'dict' || n.kind === 'array' || n.kind === 'string') return;
      if (n.kind === 'integer' && isPlainInteger(n.text)) return;
      const content = n.kind === 'boolean' ? booleanContent(n) : n.text;
      if (hasBuildVariable(content)) return;
      const reason = problemOf(n);
      if (!reason) return;
      const shown = content.trim().length > 40 ? `${content.trim().slice(0, 40)}…` : content.trim();
      ctx.report({
        start: n.start,
        end: n.end,
        message: `Invalid <${n.element.name}> value "${shown}": ${reason}.`,
        fixes: fixable ? fixesFor(ctx.doc, n) : [],
      });
    });
  },
};
