import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  throttleProgress,
  throttleProgressByJob,
} from '../../../electron/core/jobs/throttleProgress';

interface Event {
  state: 'running' | 'done' | 'cancelled';
  completed: number;
}

describe('throttleProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const sent: Event[] = [];
    const emit = throttleProgress<Event>(
      (event) => sent.push(event),
      100,
      () => Date.now(),
    );
    return { sent, emit };
  };

  it('sends the first event at once and the latest of a burst after the interval', () => {
    const { sent, emit } = setup();
    emit({ state: 'running', completed: 0 });
    for (let completed = 1; completed <= 50; completed += 1) emit({ state: 'running', completed });
    expect(sent.map((event) => event.completed)).toEqual([0]);
    vi.advanceTimersByTime(100);
    expect(sent.map((event) => event.completed)).toEqual([0, 50]);
  });

  it('sends the final event at once, drops the superseded pending one, and keeps order', () => {
    const { sent, emit } = setup();
    emit({ state: 'running', completed: 0 });
    emit({ state: 'running', completed: 1 });
    emit({ state: 'done', completed: 2 });
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([
      { state: 'running', completed: 0 },
      { state: 'done', completed: 2 },
    ]);
  });

  it('passes events that are already far enough apart unchanged', () => {
    const { sent, emit } = setup();
    for (let completed = 0; completed < 5; completed += 1) {
      emit({ state: 'running', completed });
      vi.advanceTimersByTime(150);
    }
    emit({ state: 'cancelled', completed: 5 });
    expect(sent.map((event) => event.completed)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('throttleProgressByJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps two jobs apart: each one has its first and final event delivered', () => {
    const sent: { jobId: string; state: string; completed: number }[] = [];
    const emit = throttleProgressByJob<(typeof sent)[number]>((event) => sent.push(event));
    emit({ jobId: 'a', state: 'running', completed: 0 });
    emit({ jobId: 'b', state: 'running', completed: 0 });
    emit({ jobId: 'a', state: 'running', completed: 1 });
    emit({ jobId: 'b', state: 'done', completed: 1 });
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([
      { jobId: 'a', state: 'running', completed: 0 },
      { jobId: 'b', state: 'running', completed: 0 },
      { jobId: 'b', state: 'done', completed: 1 },
      { jobId: 'a', state: 'running', completed: 1 },
    ]);
  });
});
