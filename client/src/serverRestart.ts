/**
 * Keep the language server alive: restart it when it dies, with a growing delay so a server that crashes on
 * start-up does not spin. Pure policy (no vscode import) so it is unit-testable.
 */
export interface RestartPolicy {
  /** Called when the connection closed; returns the delay in ms before restarting, or undefined to give up. */
  onClosed(now: number): number | undefined;
}

/** At most `maxRestarts` within `windowMs`; delays 0, 500, 1000, 2000 … ms. */
export function createRestartPolicy(maxRestarts = 5, windowMs = 3 * 60_000): RestartPolicy {
  const restarts: number[] = [];
  return {
    onClosed(now: number): number | undefined {
      while (restarts.length && now - restarts[0] > windowMs) restarts.shift();
      if (restarts.length >= maxRestarts) return undefined;
      const delay = restarts.length === 0 ? 0 : 500 * 2 ** (restarts.length - 1);
      restarts.push(now);
      return delay;
    },
  };
}
