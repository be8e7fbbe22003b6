/**
 * Which documents the language server sees. Language ids cover files nelint's own language contributions
 * claimed; the patterns cover the same files when another extension (e.g. Red Hat XML) claimed them as `xml`,
 * so the two coexist. `nelint-decoded:` documents are the read-only XML renderings of binary / CMS files.
 */
export const DECODED_SCHEME = 'nelint-decoded';

export const LANGUAGE_IDS = ['entitlements', 'mobileconfig', 'plist'] as const;

/** File name patterns of catalog §1.4 (case-insensitive matching is VS Code's job for `pattern`). */
export const FILE_PATTERNS = [
  '**/*.entitlements',
  '**/*.mobileconfig',
  '**/*.plist',
  '**/*.plist.in',
  '**/*entitlements*.xml',
  '**/*.mobileprovision',
  '**/*.provisionprofile',
] as const;

export interface DocumentFilterLike {
  scheme: string;
  language?: string;
  pattern?: string;
}

export function documentSelector(): DocumentFilterLike[] {
  const selector: DocumentFilterLike[] = [];
  for (const scheme of ['file', 'untitled']) {
    for (const language of LANGUAGE_IDS) selector.push({ scheme, language });
  }
  for (const pattern of FILE_PATTERNS) selector.push({ scheme: 'file', pattern });
  selector.push({ scheme: DECODED_SCHEME });
  return selector;
}

/** The file watcher glob for project-level inputs (cross-file rules re-run when these change). */
export const PROJECT_FILES_GLOB =
  '**/{nelint.json,.nelintrc.json,project.pbxproj,*.xcconfig,*.entitlements,*.plist,*.plist.in,*.mobileconfig,*.mobileprovision,*.provisionprofile}';
