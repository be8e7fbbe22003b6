/**
 * N78 — plist-level structure: element names outside the PropertyList DTD, key/value pairing in dicts,
 * `<key>` outside a dict, children inside scalars, `<plist>` value count, a non-dict root where a dict is
 * required, and (warning) a root value without the `<plist>` wrapper. Most facts come from the builder's
 * issues; the root-type check needs the file kind, so it lives here.
 */
import type { PlistDocument } from '../../model/document';
import type { SyntaxIssue } from '../../model/xml';
import { INVALID_STRUCTURE } from '../../parser/issues';
import { booleanXml, detectEol } from '../fixHelpers';
import type { Fix, Rule, RuleContext } from '../types';
import { canFix, findingFromIssue, issuesWithCode } from './support';

const DICT_ROOT_KINDS = new Set(['entitlements', 'info-plist', 'profile', 'provisioning-profile']);
const TRUE_WORDS = /^(true|yes|1)$/i;
const FALSE_WORDS = /^(false|no|0)$/i;

function renameFix(issue: SyntaxIssue, to: string): Fix {
  const { name, nameStart, closeNameStart } = issue.data as {
    name: string;
    nameStart: number;
    closeNameStart?: number;
  };
  const edits = [{ start: nameStart, end: nameStart + name.length, newText: to }];
  if (closeNameStart !== undefined) {
    edits.push({ start: closeNameStart, end: closeNameStart + name.length, newText: to });
  }
  return { title: `Change <${name}> to <${to}>`, edits };
}

function unknownElementFixes(doc: PlistDocument, issue: SyntaxIssue): Fix[] {
  const { name, suggestion, text } = issue.data as { name: string; suggestion?: string; text: string };
  if (suggestion === 'boolean') {
    const value = TRUE_WORDS.test(text) ? true : FALSE_WORDS.test(text) ? false : undefined;
    if (value === undefined) return [];
    const xml = booleanXml(doc, value);
    return [
      {
        title: `Replace <${name}> with ${xml}`,
        preferred: true,
        edits: [{ start: issue.start, end: issue.end, newText: xml }],
      },
    ];
  }
  if (suggestion === 'integer' || suggestion === 'real') return [renameFix(issue, suggestion)];
  return [];
}

/** Removes `[start, end)` and, when nothing else is on its line, the whole line. */
function removeWithLine(text: string, start: number, end: number): { start: number; end: number; newText: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const m = /^[ \t]*(\r\n|\n|\r)?/.exec(text.slice(end))!;
  if (/^[ \t]*$/.test(before) && m[1]) return { start: lineStart, end: end + m[0].length, newText: '' };
  return { start, end, newText: '' };
}

function fixesFor(doc: PlistDocument, issue: SyntaxIssue): Fix[] {
  switch (issue.data?.kind) {
    case 'unknown-element':
      return unknownElementFixes(doc, issue);
    case 'key-without-value':
      return [{ title: 'Remove the key', edits: [removeWithLine(doc.text, issue.start, issue.end)] }];
    case 'value-without-key': {
      const lineStart = doc.text.lastIndexOf('\n', issue.start - 1) + 1;
      const before = doc.text.slice(lineStart, issue.start);
      const sep = /^[ \t]*$/.test(before) ? `${detectEol(doc.text)}${before}` : '';
      return [
        {
          title: 'Insert a key',
          snippet: true,
          edits: [{ start: issue.start, end: issue.start, newText: `<key>\${1:Key}</key>${sep}` }],
        },
      ];
    }
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: {
    id: 'N78',
    code: INVALID_STRUCTURE,
    family: 'plist',
    severity: 'error',
    kinds: 'all',
    fixable: true,
    description:
      'The property-list structure is invalid: unknown element, key without value, value without key, or a wrong root.',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    for (const issue of issuesWithCode(ctx, INVALID_STRUCTURE)) {
      ctx.report(
        findingFromIssue(issue, `Invalid plist structure: ${issue.message}.`, fixable ? fixesFor(ctx.doc, issue) : []),
      );
    }
    const root = ctx.doc.root;
    if (root && root.kind !== 'dict' && DICT_ROOT_KINDS.has(ctx.file.kind)) {
      const open = root.element.open;
      ctx.report({
        start: open.start,
        end: open.end,
        message: `Invalid plist structure: the root value of this ${ctx.file.kind} file must be a <dict>, not <${root.element.name}>.`,
        data: { kind: 'root-not-dict' },
      });
    }
  },
};
