/**
 * N28 — XML 1.0 well-formedness errors found by the tolerant parser (everything except `--` in comments
 * and content before the declaration, which have their own codes). Any such error stops the non-`plist/`
 * rules for the file (the engine checks `doc.xml.issues`).
 */
import type { SyntaxIssue } from '../../model/xml';
import { NOT_WELL_FORMED } from '../../parser/issues';
import type { Fix, Rule, RuleContext } from '../types';
import { canFix, findingFromIssue, issuesWithCode } from './support';

export const APPLE_DOCTYPE =
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

function fixesFor(issue: SyntaxIssue): Fix[] {
  const data = issue.data ?? {};
  switch (data.kind) {
    case 'unescaped-amp':
      return [
        {
          title: 'Replace "&" with "&amp;"',
          preferred: true,
          edits: [{ start: issue.start, end: issue.start + 1, newText: '&amp;' }],
        },
      ];
    case 'unescaped-lt':
      return [
        { title: 'Replace "<" with "&lt;"', edits: [{ start: issue.start, end: issue.start + 1, newText: '&lt;' }] },
      ];
    case 'mismatched-end-tag': {
      const { expected, nameStart, nameEnd, closesAncestor } = data as {
        expected: string;
        nameStart: number;
        nameEnd: number;
        closesAncestor?: boolean;
      };
      if (closesAncestor) {
        return [
          {
            title: `Insert </${expected}>`,
            edits: [{ start: issue.start, end: issue.start, newText: `</${expected}>` }],
          },
        ];
      }
      return [{ title: `Rename to </${expected}>`, edits: [{ start: nameStart, end: nameEnd, newText: expected }] }];
    }
    case 'malformed-doctype':
      return [
        {
          title: "Replace with Apple's plist DOCTYPE",
          preferred: true,
          edits: [{ start: issue.start, end: issue.end, newText: APPLE_DOCTYPE }],
        },
      ];
    default:
      return [];
  }
}

export const rule: Rule = {
  meta: {
    id: 'N28',
    code: NOT_WELL_FORMED,
    family: 'plist',
    severity: 'error',
    kinds: 'all',
    fixable: true,
    description: 'The file is not well-formed XML (unclosed or mismatched tags, unescaped & or <, bad DOCTYPE, …).',
    guidance: ['Q-U51'],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    for (const issue of issuesWithCode(ctx, NOT_WELL_FORMED)) {
      const message = `XML is not well-formed: ${issue.message}.`;
      ctx.report(findingFromIssue(issue, message, fixable ? fixesFor(issue) : []));
    }
  },
};
