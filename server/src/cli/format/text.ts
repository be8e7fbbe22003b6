/** Human-readable report, grouped by file (stylish-like), with a closing summary line. */
import type { FileReport } from '../report';
import { summarize } from '../report';
import { displayPath } from '../paths';

const LABEL = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

export function formatText(files: FileReport[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = { error: 31, warning: 33, info: 36, hint: 90 } as const;
  const lines: string[] = [];
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    lines.push(paint(4, f.path));
    for (const d of f.diagnostics) {
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const fix = d.fixes.some((x) => x.preferred) ? ' (fixable)' : '';
      lines.push(
        `  ${pos.padEnd(8)} ${paint(sev[d.severity], LABEL[d.severity].padEnd(8))} ${d.message}${fix}  ${paint(90, d.code)}`,
      );
      for (const r of d.related) {
        lines.push(
          `           ${paint(90, `↳ ${displayPath(r.path)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`)}`,
        );
      }
    }
    lines.push('');
  }
  const s = summarize(files);
  const problems = s.errors + s.warnings + s.infos + s.hints;
  lines.push(
    problems === 0
      ? `✔ ${s.files} file${s.files === 1 ? '' : 's'} checked, no problems`
      : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.hints} hints) in ${s.files} file${s.files === 1 ? '' : 's'}`,
  );
  return lines.join('\n') + '\n';
}
