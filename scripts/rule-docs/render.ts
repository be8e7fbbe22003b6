/**
 * Renders one rule's documentation page (markdown) from its metadata, the catalog extract (trigger, guards,
 * fixes, examples) and the quote bank (verbatim forum quotes with attribution). Pure: no file system.
 */
import type { Rule } from '../../server/src/core/rules/types';
import { renderQuoteMarkdown, getQuote } from '../../server/src/core/knowledge/quotes';
import type { CatalogEntry } from './extract-catalog';

const SEVERITY: Record<string, string> = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' };

export function renderRulePage(rule: Rule, catalog?: CatalogEntry): string {
  const m = rule.meta;
  const out: string[] = [`# \`${m.code}\``, '', m.description, ''];
  const kinds = m.kinds === 'all' ? 'all file kinds' : m.kinds.join(', ');
  out.push(
    '| | |',
    '|---|---|',
    `| Catalog | ${m.id} |`,
    `| Default severity | ${catalog?.title ?? SEVERITY[m.severity] ?? m.severity} |`,
    `| Files | ${kinds} |`,
    `| Quick fix | ${m.fixable ? (m.fixAll ? 'yes, included in **nelint: Fix All**' : 'yes') : 'no'} |`,
    '',
  );
  const section = (title: string, body?: string) => {
    if (body) out.push(`## ${title}`, '', body, '');
  };
  section('Applies to', catalog?.fileKinds);
  section('Requires', catalog?.requires);
  section('When it reports', catalog?.trigger);
  section('When it stays silent', catalog?.mustNot);
  section('Quick fixes', catalog?.quickFixes);
  section('Example', catalog?.example?.replace(/^—\s*/, ''));
  const quotes = m.guidance.filter((id) => getQuote(id));
  if (quotes.length) {
    out.push('## What the forums say', '');
    out.push(
      'Quotes are verbatim. Apple DTS text is guidance; text reported by a developer describes a symptom or a claim, not Apple guidance.',
      '',
    );
    for (const id of quotes) out.push(renderQuoteMarkdown(id), '');
  }
  out.push(
    '## Configure',
    '',
    'Change the severity or turn the rule off in `nelint.json` or the `nelint.rules` setting:',
    '',
    '```json',
    `{ "rules": { "${m.code}": "off" } }`,
    '```',
    '',
    `Or suppress it in a file: \`<!-- nelint-disable-next-line ${m.code} -->\`.`,
    '',
  );
  return out.join('\n');
}

export function renderIndex(rules: readonly Rule[]): string {
  const out = [
    '# nelint rules',
    '',
    `${rules.length} rules. Each page shows when the rule reports, its quick fixes, an example and the forum guidance behind it.`,
    '',
  ];
  const families = new Map<string, Rule[]>();
  for (const r of rules) families.set(r.meta.family, [...(families.get(r.meta.family) ?? []), r]);
  for (const [family, list] of families) {
    out.push(`## ${family}/`, '', '| Rule | Severity | Fix | Description |', '|---|---|---|---|');
    for (const r of list) {
      const name = r.meta.code.split('/')[1];
      out.push(
        `| [\`${r.meta.code}\`](${family}/${name}.md) | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
