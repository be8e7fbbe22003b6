import type { Rule } from '../types';
import { rule as protocolKeyMissing } from './protocol-key-missing';
import { rule as serverUrlNotHttps } from './server-url-not-https';
import { rule as protocolKeyMismatch } from './protocol-key-mismatch';
import { rule as proxyProviderEqualsApp } from './proxy-provider-equals-app';

/** The `dns/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [protocolKeyMissing, serverUrlNotHttps, protocolKeyMismatch, proxyProviderEqualsApp];
