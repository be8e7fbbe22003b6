/**
 * `codeDescription.href` for each rule: `<docsBaseUrl>/<family>/<rule-name>` (catalog §1.1). The shells set the
 * base to the bundled docs (a `file:` URL of `docs/rules`), where each page is `<family>/<rule-name>.md`.
 */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/nelint/nelint/blob/main/docs/rules';

export function ruleHref(base: string, code: string): string {
  const trimmed = base.replace(/\/+$/, '');
  // Bundled docs are markdown files; hosted docs (https) may serve the extension-less path or a .md file.
  return trimmed.startsWith('file:') || trimmed.includes('/blob/') ? `${trimmed}/${code}.md` : `${trimmed}/${code}`;
}
