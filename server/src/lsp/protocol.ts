/**
 * Custom requests between the VS Code client and the nelint language server. Shared by both sides; keep it
 * free of imports so the client bundle stays small. Additive changes only.
 */

/** `nelint/decodedContent`: the read-only XML rendering of a binary plist / CMS-signed file. */
export const DecodedContentRequest = 'nelint/decodedContent';
export interface DecodedContentParams {
  /** `file:` URI of the container on disk. */
  uri: string;
}
export interface DecodedContentResult {
  /** XML text, or undefined when the file cannot be decoded. */
  text?: string;
  container: 'xml' | 'binary' | 'cms';
  /** Human-readable summary (signer, signing time) or the reason decoding failed. */
  summary: string;
}

/** `nelint/explain`: map an Xcode / App Store Connect / sysextd message to rules and guidance (markdown). */
export const ExplainRequest = 'nelint/explain';
export interface ExplainParams {
  text: string;
}
export interface ExplainResult {
  markdown: string;
  codes: string[];
}

/** `nelint/fileContext`: the context the active file is evaluated in, for the status bar. */
export const FileContextRequest = 'nelint/fileContext';
export interface FileContextParams {
  uri: string;
}
export interface FileContextResult {
  kind: string;
  platform: { value: string; source: string };
  distribution: { value: string; source: string; confidence: string };
  role: { value: string; source: string };
}

/** `nelint/ruleDocumentation`: markdown documentation of one rule (code) or the index (no code). */
export const RuleDocumentationRequest = 'nelint/ruleDocumentation';
export interface RuleDocumentationParams {
  code?: string;
}
export interface RuleDocumentationResult {
  markdown: string;
}

/** `nelint/createProjectFile`: generate a nelint.json from the Xcode project found in a folder. */
export const CreateProjectFileRequest = 'nelint/createProjectFile';
export interface CreateProjectFileParams {
  /** `file:` URI of the workspace folder. */
  folderUri: string;
}
export interface CreateProjectFileResult {
  /** JSON text to write, or undefined with `error` set. */
  text?: string;
  error?: string;
}

/** Commands the server offers through code actions (executed by the client). */
export const Commands = {
  showDecodedContent: 'nelint.showDecodedContent',
  explainError: 'nelint.explainError',
  fixAll: 'nelint.fixAll',
  createProjectFile: 'nelint.createProjectFile',
  showRuleDocumentation: 'nelint.showRuleDocumentation',
  selectContext: 'nelint.selectContext',
} as const;
