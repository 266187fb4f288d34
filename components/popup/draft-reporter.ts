/**
 * Tells the background what the draft in this document looks like (`draftStatus` in lib/protocol.ts), for the
 * popup's five steps: host, language, hints count, steps and weak steps after each analysis, debounced, and null when the
 * field goes away. Used by the content script and the practice inbox; never throws into the page.
 */
import { effect } from '@preact/signals';
import type { DraftStatus } from '../../lib/protocol';
import type { Coach } from '../coach/controller';

export const DRAFT_STATUS_DEBOUNCE_MS = 300;

export function reportDraftStatus(
  coach: Pick<Coach, 'field' | 'analysis' | 'hints'> & Partial<Pick<Coach, 'weak'>>,
  send: (status: DraftStatus | null) => unknown,
  options: { host: string; signal: AbortSignal; debounceMs?: number },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 'null'; // nothing told yet: a document without a draft says nothing
  const flush = (status: DraftStatus | null) => {
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    try {
      void Promise.resolve(send(status)).catch(() => undefined);
    } catch {
      // the extension was updated or reloaded: nobody to tell
    }
  };
  const dispose = effect(() => {
    const field = coach.field.value;
    const analysis = coach.analysis.value;
    const hints = coach.hints.value.length;
    const weak = coach.weak?.value ?? [];
    clearTimeout(timer);
    const status: DraftStatus | null = field ? { host: options.host, language: analysis.language, hints, steps: { ...analysis.steps } } : null;
    if (status && weak.length) status.weak = [...weak];
    timer = setTimeout(() => flush(status), options.debounceMs ?? DRAFT_STATUS_DEBOUNCE_MS);
  });
  options.signal.addEventListener(
    'abort',
    () => {
      dispose();
      clearTimeout(timer);
    },
    { once: true },
  );
}
