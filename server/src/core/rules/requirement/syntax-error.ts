/** N35 — a requirement string that does not parse (catalog N35). Stops the other requirement rules. */
import type { PlistDocument } from '../../model/document';
import type { ScalarNode } from '../../model/plist';
import type { ReqError } from '../../requirement/ast';
import { requirementSites, sourceOffset, sourceSpan } from '../../requirement/sites';
import type { Fix, Rule, TextEdit } from '../types';

const TYPOGRAPHIC_QUOTES = /[\u201C\u201D\u201E\u2018\u2019]/g;
const MANGLED_EXISTS = /^\/\*\s*exists\s*\*?(?!\/)/;

function edit(doc: PlistDocument, node: ScalarNode, start: number, end: number, newText: string): TextEdit {
  return { ...sourceSpan(doc, node, start, end), newText };
}

/** The catalog's dedicated fixes; none for other errors. */
function fixesFor(doc: PlistDocument, node: ScalarNode, error: ReqError): Fix[] {
  const s = node.text;
  switch (error.kind) {
    case 'requirement-set-prefix': {
      let end = error.end;
      while (end < s.length && /\s/.test(s[end])) end++;
      return [
        {
          title: `Remove the "${s.slice(error.start, error.end)}" prefix`,
          preferred: true,
          edits: [edit(doc, node, error.start, end, '')],
        },
      ];
    }
    case 'unterminated-comment': {
      const m = MANGLED_EXISTS.exec(s.slice(error.start));
      if (!m) return [];
      const edits = [edit(doc, node, error.start, error.start + m[0].length, '/* exists */')];
      return [{ title: 'Complete the comment as "/* exists */"', preferred: true, edits }];
    }
    case 'typographic-quote': {
      const edits = [...s.matchAll(TYPOGRAPHIC_QUOTES)].map((m) => edit(doc, node, m.index!, m.index! + 1, '"'));
      return [{ title: 'Replace typographic quotes with "', preferred: true, edits }];
    }
    case 'missing-close-paren': {
      const at = s.trimEnd().length;
      return [{ title: 'Append ")"', edits: [edit(doc, node, at, at, ')')] }];
    }
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: {
    id: 'N35',
    code: 'requirement/syntax-error',
    family: 'requirement',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A designated/code requirement string does not parse in the code-signing requirement language.',
    guidance: ['Q-U18'],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const site of requirementSites(doc)) {
      if (!site.parsed || site.parsed.ok) continue;
      const { error } = site.parsed;
      const start = sourceOffset(doc, site.node, error.start);
      const end = sourceOffset(doc, site.node, error.end);
      ctx.report({
        start,
        end,
        message: `Invalid designated requirement at column ${error.start + 1}: ${error.detail}.`,
        data: { kind: error.kind, expected: error.expected, found: error.found, key: site.key },
        fixes: doc.container === 'xml' ? fixesFor(doc, site.node, error) : [],
      });
    }
  },
};
