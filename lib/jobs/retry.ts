/** Waits before the next attempt: 1 s, 2 s, 4 s… up to a minute. */
export function backoffMs(attempt: number, { baseMs = 1000, maxMs = 60_000 } = {}): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export interface Retrying<T> {
  /**
   * Settles with the first successful result, or undefined when cancelled between attempts. An attempt
   * running when `cancel` is called still delivers its result, so the caller can stop what it started.
   */
  result: Promise<T | undefined>;
  /** No further attempts. */
  cancel: () => void;
}

/**
 * Calls `attempt` until it succeeds, waiting `backoffMs` between failures, so a worker whose database is
 * unreachable when the app starts begins once the database is back rather than never.
 */
export function retryUntilStarted<T>(
  attempt: () => Promise<T>,
  {
    onError,
    delayMs = backoffMs,
  }: { onError: (error: unknown, attempt: number, retryInMs: number) => void; delayMs?: (attempt: number) => number },
): Retrying<T> {
  let cancelled = false;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const result = (async () => {
    for (let n = 1; !cancelled; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (cancelled) break;
        const wait = delayMs(n);
        onError(error, n, wait);
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, wait);
        });
      }
    }
    return undefined;
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
      wake?.();
    },
  };
}
