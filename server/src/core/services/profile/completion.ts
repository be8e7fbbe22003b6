/**
 * Completion in profiles, aware of the payload type and the dict the cursor is in: missing keys first (required
 * ones marked), values from rangelists, payload types, and whole-payload snippets with fresh UUIDs inside
 * `PayloadContent` (a full envelope in an empty file).
 */
import type { CompletionEntry, CompletionProvider, ServiceRequest } from '../types';
import type { DictNode } from '../../model/plist';
import type { DictSchema, KeySpec } from '../../knowledge/profileSchema';
import { dictSchemaAtPath, knownPayloadTypes, networkScopeTypes } from '../../knowledge/profileSchema';
import { describeProfileKey } from '../../knowledge/profileDescriptions';
import { snippetValueXml } from '../../rules/profile/support/common';
import { keyNames, profileWhere, specAt } from './where';
import { PAYLOAD_SNIPPETS, PROFILE_ENVELOPE_SNIPPET, instantiate } from './snippets';
import { describeType } from './hover';

function dictSchemaFor(
  req: ServiceRequest,
  dictPath: readonly (string | number)[],
): { schema?: DictSchema; payloadType: string; inner: (string | number)[] } {
  const where = profileWhere(req.doc, dictPath);
  return {
    schema: dictSchemaAtPath(where.payloadType, where.inner),
    payloadType: where.payloadType,
    inner: where.inner,
  };
}

/** Path of the dict the cursor is directly in (the location's path trimmed to that dict). */
function pathOfDict(req: ServiceRequest, dict: DictNode): (string | number)[] {
  const path = [...req.location.path];
  if (req.location.key) path.pop();
  let n = req.location.key ? dict : req.location.node;
  while (n && n !== dict && path.length) {
    path.pop();
    n = n.parent;
  }
  return path;
}

function keyEntries(req: ServiceRequest, dict: DictNode): CompletionEntry[] {
  const dictPath = pathOfDict(req, dict);
  const { schema, payloadType, inner } = dictSchemaFor(req, dictPath);
  if (!schema || schema.freeForm) return [];
  const onKey = req.location.key;
  const out: CompletionEntry[] = [];
  for (const [key, spec] of schema.keys) {
    if (dict.map.has(key) && onKey?.key.text !== key) continue;
    const description = describeProfileKey(payloadType, keyNames([...inner, key]));
    const entry: CompletionEntry = {
      label: key,
      kind: 'key',
      detail: `${spec.required ? 'required · ' : ''}${describeType(spec)}`,
      documentation: description,
      sortText: `${spec.required ? '0' : key.startsWith('Payload') ? '2' : '1'}${key}`,
      insertText: key,
      preselect: spec.required ? true : undefined,
    };
    if (onKey) {
      entry.replaceStart = onKey.key.contentStart;
      entry.replaceEnd = onKey.key.contentEnd;
    } else {
      entry.snippet = true;
      // Relative indentation only: the editor adjusts multi-line inserts to the current line (InsertTextMode).
      entry.insertText = `<key>${key}</key>\n${snippetValueXml(spec)}`;
    }
    out.push(entry);
  }
  return out;
}

function valueEntries(req: ServiceRequest): CompletionEntry[] {
  const { node, entry } = req.location;
  if (!node || !entry || node !== entry.value || node.kind !== 'string') return [];
  const where = profileWhere(req.doc, req.location.path);
  let values: string[] | undefined;
  let spec: KeySpec | undefined;
  if (entry.key.text === 'PayloadType' && where.inner.length === 1 && where.payloadType !== 'TopLevel') {
    const network = networkScopeTypes();
    values = [...network, ...knownPayloadTypes().filter((t) => !network.includes(t))];
  } else {
    spec = specAt(where, where.inner)?.spec;
    values = spec?.rangelist?.map(String);
  }
  if (!values?.length) return [];
  return values.map((v, i) => ({
    label: v,
    kind: 'value' as const,
    insertText: v,
    sortText: String(i).padStart(4, '0'),
    detail: spec?.default !== undefined && String(spec.default) === v ? 'default' : undefined,
    replaceStart: node.contentStart,
    replaceEnd: node.contentEnd,
  }));
}

function snippetEntries(req: ServiceRequest): CompletionEntry[] {
  const { node, path } = req.location;
  if (!req.doc.root) {
    return [
      {
        label: PROFILE_ENVELOPE_SNIPPET.label,
        kind: 'snippet',
        snippet: true,
        detail: PROFILE_ENVELOPE_SNIPPET.description,
        insertText: instantiate(PROFILE_ENVELOPE_SNIPPET),
      },
    ];
  }
  const inContent = node?.kind === 'array' && path.length === 1 && path[0] === 'PayloadContent';
  if (!inContent) return [];
  return PAYLOAD_SNIPPETS.map((s, i) => ({
    label: s.label,
    kind: 'snippet' as const,
    snippet: true,
    detail: s.types.join(', '),
    documentation: s.description,
    sortText: `0${i}`,
    insertText: instantiate(s),
  }));
}

export const profileCompletion: CompletionProvider = (req) => {
  if (req.file.kind !== 'profile') return [];
  const { node, dict, key } = req.location;
  if (key && dict) return keyEntries(req, dict);
  if (node?.kind === 'dict') return keyEntries(req, node);
  if (node?.kind === 'array' || !req.doc.root) return snippetEntries(req);
  return valueEntries(req);
};
