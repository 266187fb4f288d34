/** Where the progress page gets its data and does its side effects; the component tests pass their own. */
import { sendMessage } from '../messaging';
import { HistoryDB } from '../../lib/history/db';
import { historyStatusItem } from '../storage';
import type { HistoryStatus } from '../../lib/history/types';

export interface ProgressSource {
  db: HistoryDB;
  status(): Promise<HistoryStatus | null>;
  /** The writer has seen the paused notice. */
  told(): void;
  /** Space was freed: ask the background to record again. */
  resume(): Promise<void>;
  download(fileName: string, mime: string, text: string): void;
  print(): void;
  now(): number;
}

export function browserSource(): ProgressSource {
  return {
    // The extension origin's own IndexedDB (an extension page, never a content script).
    db: new HistoryDB({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange }),
    status: () => historyStatusItem.get(),
    told() {
      void sendMessage('historyStatusTold', undefined).catch(() => undefined);
    },
    async resume() {
      await sendMessage('historyResume', undefined).catch(() => undefined);
    },
    download(fileName, mime, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    print() {
      window.print();
    },
    now: () => Date.now(),
  };
}
