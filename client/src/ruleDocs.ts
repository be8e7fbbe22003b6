/**
 * Rule documentation links. The server sets `codeDescription.href` to `<docsBaseUrl>/<family>/<rule-name>`;
 * unless the user configured `nelint.docsBaseUrl`, the client points the link at its own URI handler, which
 * opens the bundled markdown page (`docs/rules/<family>/<rule-name>.md`). Pure helpers, no vscode import.
 */
export const EXTENSION_ID = 'nelint.nelint';

const CODE = /^[a-z0-9-]+\/[a-z0-9-]+$/;

export function isRuleCode(code: string): boolean {
  return CODE.test(code);
}

/** `<scheme>://nelint.nelint/rules/<family>/<name>` — handled by `handleRuleDocsUri`. */
export function ruleDocsUri(uriScheme: string, code: string): string {
  return `${uriScheme}://${EXTENSION_ID}/rules/${code}`;
}

/** The rule code named by a handler URI path (`/rules/entitlements/foo`), or undefined. */
export function codeFromHandlerPath(path: string): string | undefined {
  const m = /^\/rules\/([a-z0-9-]+\/[a-z0-9-]+)\/?$/.exec(path);
  return m ? m[1] : undefined;
}

/** Relative path of the bundled page for a code (the index for no code). */
export function bundledDocPath(code?: string): string {
  return code && isRuleCode(code) ? `docs/rules/${code}.md` : 'docs/rules/README.md';
}
