/** Questions the requirement rules ask of a parsed requirement (iterative walks: no recursion). */
import type { ReqCertificate, ReqClause, ReqExpr, ReqIdentifier, ReqValue } from './ast';

export interface ClauseVisit {
  clause: ReqClause;
  /** True when an `or` or a negation sits between the root and the clause. */
  conditional: boolean;
}

/**
 * Parse results are shared by every equal requirement string (requirement/sites.ts), and a large profile repeats
 * one requirement in thousands of payloads: the answers below are computed once per AST. ASTs are never
 * mutated; the returned arrays are shared and must not be mutated either.
 */
const clausesCache = new WeakMap<ReqExpr, ClauseVisit[]>();
const identifierCache = new WeakMap<ReqExpr, ReqIdentifier | null>();
const teamValuesCache = new WeakMap<ReqExpr, ReqValue[]>();

/** Every leaf clause, in source order (cached per AST; do not mutate the result). */
export function clauses(root: ReqExpr): ClauseVisit[] {
  let out = clausesCache.get(root);
  if (!out) clausesCache.set(root, (out = collectClauses(root)));
  return out;
}

function collectClauses(root: ReqExpr): ClauseVisit[] {
  const out: ClauseVisit[] = [];
  const stack: { node: ReqExpr; conditional: boolean }[] = [{ node: root, conditional: false }];
  while (stack.length) {
    const { node, conditional } = stack.pop()!;
    switch (node.type) {
      case 'and':
      case 'or': {
        const inner = conditional || node.type === 'or';
        for (let i = node.operands.length - 1; i >= 0; i--) stack.push({ node: node.operands[i], conditional: inner });
        break;
      }
      case 'not':
        stack.push({ node: node.operand, conditional: true });
        break;
      case 'group':
        stack.push({ node: node.expr, conditional });
        break;
      default:
        out.push({ clause: node, conditional });
    }
  }
  return out;
}

/** The `identifier` clause that always applies (exactly one, not under `or`/`!`), if any. */
export function unconditionalIdentifier(root: ReqExpr): ReqIdentifier | undefined {
  let found = identifierCache.get(root);
  if (found === undefined) identifierCache.set(root, (found = findUnconditionalIdentifier(root) ?? null));
  return found ?? undefined;
}

function findUnconditionalIdentifier(root: ReqExpr): ReqIdentifier | undefined {
  const all = clauses(root).filter((c) => c.clause.type === 'identifier');
  if (all.length !== 1 || all[0].conditional) return undefined;
  return all[0].clause as ReqIdentifier;
}

/** Values `V` of `certificate <pos>[subject.OU] = V` clauses (the Team ID slots; cached, do not mutate). */
export function teamValues(root: ReqExpr): ReqValue[] {
  let out = teamValuesCache.get(root);
  if (!out) teamValuesCache.set(root, (out = collectTeamValues(root)));
  return out;
}

function collectTeamValues(root: ReqExpr): ReqValue[] {
  const out: ReqValue[] = [];
  for (const { clause } of clauses(root)) {
    if (clause.type !== 'certificate') continue;
    const c = clause as ReqCertificate;
    if (c.form === 'field' && c.field?.text === 'subject.OU' && c.match?.op === '=' && c.match.value) {
      out.push(c.match.value);
    }
  }
  return out;
}

/** True when the requirement is anchored on Apple's CA (`anchor apple` / `anchor apple generic`). */
export function hasAppleAnchor(root: ReqExpr): boolean {
  return clauses(root).some(
    ({ clause }) => clause.type === 'anchor' && (clause.form === 'apple' || clause.form === 'apple-generic'),
  );
}
