/**
 * Editor-feature contracts. Each domain (entitlements, Info.plist, profiles, …) contributes providers to the
 * lists in `services/providers.ts`; the language-service facade composes them. Offsets in, offsets out.
 */
import type { PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import type { Diagnostic } from '../engine/types';
import type { Location } from '../model/query';

export interface ServiceRequest {
  doc: PlistDocument;
  offset: number;
  file: FileContext;
  /** Where the offset is in the plist tree. */
  location: Location;
}

export interface HoverRequest extends ServiceRequest {
  /** Diagnostics of this document overlapping the offset (the hover explains them first). */
  diagnostics: Diagnostic[];
}

export interface HoverSection {
  /** Markdown. */
  markdown: string;
  start: number;
  end: number;
}

export type HoverProvider = (req: HoverRequest) => HoverSection | undefined;

export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value' | 'snippet';
  /** Text to insert, in snippet syntax when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  filterText?: string;
  /** Range replaced by the completion (defaults to the word at the offset). */
  replaceStart?: number;
  replaceEnd?: number;
  preselect?: boolean;
}

export type CompletionProvider = (req: ServiceRequest) => CompletionEntry[];
