/**
 * The content script's side of `getRules`: asked lazily (the first time a writing field gets focus, never on
 * pages where the writer does not write), compiled here (compileRuleset compiles each language when first needed)
 * and cached for the page. A message that fails (the service worker starting, the extension reloaded) is retried
 * once; if that fails too, `onFailure` tells the writer and the next focus tries again. Never throws.
 */
import { compileRuleset, type CompiledRuleset } from '../../lib/engine/compile';
import type { CoachRules } from '../../lib/protocol';

export interface RulesClientOptions {
  fetch(): Promise<CoachRules>;
  onRules(compiled: CompiledRuleset, rules: CoachRules): void;
  onFailure(error: unknown): void;
  retryDelayMs?: number;
  onError?(e: unknown): void;
}

export class RulesClient {
  private loading: Promise<void> | null = null;
  private requested = false;
  private again = false;
  compiled: CompiledRuleset | null = null;

  constructor(private readonly options: RulesClientOptions) {}

  get ready(): boolean {
    return this.compiled !== null;
  }

  /** Loads the rules unless they are here or on their way. */
  ensure(): void {
    if (this.compiled || this.loading) return;
    this.load();
  }

  /** The active ruleset changed: ask again, if the page ever asked. */
  reload(): void {
    if (!this.requested) return;
    if (this.loading) this.again = true;
    else this.load();
  }

  private load(): void {
    this.requested = true;
    this.loading = this.run().finally(() => {
      this.loading = null;
      if (this.again) {
        this.again = false;
        this.load();
      }
    });
  }

  private async run(): Promise<void> {
    let error: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, this.options.retryDelayMs ?? 500));
      let rules: CoachRules;
      try {
        rules = await this.options.fetch();
        if (!rules || typeof rules !== 'object' || !rules.ruleset || !Array.isArray(rules.ruleset.rules)) throw new Error('no rules in the answer');
      } catch (e) {
        error = e;
        continue;
      }
      try {
        const compiled = compileRuleset(rules.ruleset);
        this.compiled = compiled;
        this.options.onRules(compiled, rules);
        return;
      } catch (e) {
        error = e;
        this.options.onError?.(e);
        break; // the same answer would not compile the second time either
      }
    }
    try {
      this.options.onFailure(error);
    } catch (e) {
      this.options.onError?.(e);
    }
  }
}
