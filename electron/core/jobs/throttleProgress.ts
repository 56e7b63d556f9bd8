/**
 * Progress events carry a job's whole state so far (a batch import's results grow with every
 * file), so a folder of thousands of small files would push thousands of ever-larger events
 * through IPC. This passes the first event at once, then at most one per `intervalMs` (the
 * latest; the ones in between are superseded by it), and a final event (`state` no longer
 * 'running') immediately, after anything still pending, so the last word always arrives last.
 */
export function throttleProgress<T extends { state: string }>(
  emit: (event: T) => void,
  intervalMs = 100,
  now: () => number = () => performance.now(),
): (event: T) => void {
  let lastSent = -Infinity;
  let pending: T | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const send = (event: T) => {
    lastSent = now();
    emit(event);
  };

  const flush = () => {
    timer = null;
    if (pending) {
      const event = pending;
      pending = null;
      send(event);
    }
  };

  return (event: T) => {
    if (event.state !== 'running') {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      send(event);
      return;
    }
    const wait = lastSent + intervalMs - now();
    if (wait <= 0 && !timer) {
      send(event);
      return;
    }
    pending = event;
    timer ??= setTimeout(flush, Math.max(0, wait));
  };
}

/** One throttle per job, so two jobs running at once never swallow each other's events. */
export function throttleProgressByJob<T extends { jobId: string; state: string }>(
  emit: (event: T) => void,
  intervalMs = 100,
): (event: T) => void {
  const throttles = new Map<string, (event: T) => void>();
  return (event: T) => {
    let throttled = throttles.get(event.jobId);
    if (!throttled) {
      throttled = throttleProgress(emit, intervalMs);
      throttles.set(event.jobId, throttled);
    }
    throttled(event);
    if (event.state !== 'running') throttles.delete(event.jobId);
  };
}

/**
 * The listener that forwards one contract event to a window: job progress thinned per job,
 * everything else as it comes. Shared by the main process and the e2e harness.
 */
export function forwardingListener(
  event: string,
  send: (payload: unknown) => void,
): (payload: unknown) => void {
  // Dossier progress carries its whole state too (and its result), so it is thinned the same way.
  if (event !== 'jobs.progress' && event !== 'dossier.progress') return send;
  const progress = throttleProgressByJob<{ jobId: string; state: string }>(send);
  return (payload) => progress(payload as { jobId: string; state: string });
}
