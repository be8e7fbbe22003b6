/** nelint's custom requests (see protocol.ts): decoded views, explain, file context, rule docs. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerState } from './server';
import { runSafe } from './server';
import { uriToPath } from './documentStore';
import { createProjectFile } from './workspaceIndex';
import {
  CreateProjectFileRequest,
  DecodedContentRequest,
  ExplainRequest,
  FileContextRequest,
  RuleDocumentationRequest,
} from './protocol';
import type {
  CreateProjectFileParams,
  DecodedContentParams,
  DecodedContentResult,
  ExplainParams,
  ExplainResult,
  FileContextParams,
  FileContextResult,
  RuleDocumentationParams,
  RuleDocumentationResult,
} from './protocol';
import { loadDocumentFromBytes } from '../core/engine/loadDocument';
import { explainMessage } from '../core/knowledge/explain';
import { renderQuoteMarkdown } from '../core/knowledge/quotes';
import { allRules, ruleByCode } from '../core/rules';

function decodedContent(params: DecodedContentParams): DecodedContentResult {
  const path = uriToPath(params.uri);
  const doc = loadDocumentFromBytes(path, readFileSync(path));
  if (doc.unreadable) return { container: doc.container, summary: `Cannot decode: ${doc.unreadable.reason}` };
  const d = doc.decoded;
  const summary =
    doc.container === 'cms'
      ? `Signed container${d?.signerCommonName ? ` (signer: ${d.signerCommonName})` : ''}${d?.signingTime ? `, signed ${d.signingTime}` : ''}; read-only.`
      : doc.container === 'binary'
        ? 'Binary property list, shown decoded; read-only.'
        : 'XML property list.';
  return { text: doc.text, container: doc.container, summary };
}

function explain(params: ExplainParams): ExplainResult {
  const matches = explainMessage(params.text);
  if (matches.length === 0) {
    return {
      markdown: 'No known Xcode, App Store Connect, sysextd or Network Extension message matches this text.',
      codes: [],
    };
  }
  const parts = matches.map((m) => {
    const rules = m.rules.length ? `\n\nRules that detect the cause: ${m.rules.map((r) => `\`${r}\``).join(', ')}` : '';
    const quotes = m.guidance
      .map((g) => renderQuoteMarkdown(g.id))
      .filter(Boolean)
      .join('\n\n');
    return `### ${m.id} — ${m.where}\n\n${m.explanation}${rules}${quotes ? `\n\n${quotes}` : ''}`;
  });
  return { markdown: parts.join('\n\n---\n\n'), codes: [...new Set(matches.flatMap((m) => m.rules))] };
}

function ruleDocumentation(state: ServerState, params: RuleDocumentationParams): RuleDocumentationResult {
  const base = state.settings.docsBaseUrl ?? state.docsBaseUrl;
  if (params.code && base.startsWith('file:')) {
    const file = join(fileURLToPath(base), `${params.code}.md`);
    if (existsSync(file)) return { markdown: readFileSync(file, 'utf8') };
  }
  if (params.code) {
    const rule = ruleByCode(params.code);
    if (!rule) return { markdown: `Unknown rule \`${params.code}\`.` };
    const quotes = rule.meta.guidance.map(renderQuoteMarkdown).filter(Boolean).join('\n\n');
    return {
      markdown: `# ${rule.meta.code}\n\n${rule.meta.description}\n\nDefault severity: ${rule.meta.severity}\n\n${quotes}`,
    };
  }
  return {
    markdown: `# nelint rules\n\n${allRules.map((r) => `- \`${r.meta.code}\` — ${r.meta.description}`).join('\n')}`,
  };
}

export function registerRequests(state: ServerState): void {
  const { connection } = state;
  connection.onRequest(DecodedContentRequest, (p: DecodedContentParams, token) =>
    runSafe(state, 'decodedContent', token, { container: 'xml', summary: 'Cannot read the file.' }, () =>
      decodedContent(p),
    ),
  );
  connection.onRequest(CreateProjectFileRequest, (p: CreateProjectFileParams, token) =>
    runSafe(state, 'createProjectFile', token, { error: 'internal error' }, () => createProjectFile(p.folderUri)),
  );
  connection.onRequest(ExplainRequest, (p: ExplainParams, token) =>
    runSafe(state, 'explain', token, { markdown: '', codes: [] }, () => explain(p)),
  );
  connection.onRequest(FileContextRequest, (p: FileContextParams, token) =>
    runSafe(state, 'fileContext', token, null, (): FileContextResult | null => {
      const a = state.analyze(p.uri);
      if (!a) return null;
      const f = a.file;
      return {
        kind: f.kind,
        platform: { value: f.platform.value, source: f.platform.source },
        distribution: {
          value: f.distribution.value,
          source: f.distribution.source,
          confidence: f.distribution.confidence,
        },
        role: { value: f.role.value, source: f.role.source },
      };
    }),
  );
  connection.onRequest(RuleDocumentationRequest, (p: RuleDocumentationParams, token) =>
    runSafe(state, 'ruleDocumentation', token, { markdown: '' }, () => ruleDocumentation(state, p)),
  );
}
