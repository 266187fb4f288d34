/**
 * The content script's side of `getRules`: asked lazily (the first time a writing field gets focus, never on
 * pages where the writer does not write), compiled here (compileRuleset compiles each language when first needed)
 * and cached for the page. A message that fails (the service worker starting, the extension reloaded) is retried
 * once; if that fails too, `onFailure` tells the writer and the next focus tries again. Never throws.
 */
import { noSteps, type Language } from '../../lib/coaching';
import { Analyzer } from '../../lib/engine/analyze';
import { compileRuleset, type CompiledRuleset } from '../../lib/engine/compile';
import type { CoachRules } from '../../lib/protocol';
import type { Coach, TextAnalyzer } from './controller';

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

/**
 * The coach's analyzers from the background's rules, as the content script wires them: `createAnalyzer` asks for
 * the rules on first use (a field got focus) and answers "no hints yet" until they arrive; then the coach reads
 * the field again with the real rules and the published mutes. Failing twice puts `coachRulesUnavailable` in the
 * coach's status.
 */
export function coachRulesFromBackground(options: {
  fetch(): Promise<CoachRules>;
  uiLanguage: Language;
  coach(): Coach | null;
  retryDelayMs?: number;
  onError?(e: unknown): void;
}): { client: RulesClient; createAnalyzer(): TextAnalyzer } {
  const { uiLanguage } = options;
  const pending: TextAnalyzer = { analyze: () => ({ language: uiLanguage, hints: [], steps: noSteps() }) };
  const analyzerFor = (compiled: CompiledRuleset) => () => new Analyzer(compiled, { lang: 'auto', uiLanguage });
  const client = new RulesClient({
    fetch: options.fetch,
    retryDelayMs: options.retryDelayMs,
    onRules(compiled, got) {
      const coach = options.coach();
      if (!coach) return;
      if (coach.status.value === 'coachRulesUnavailable') coach.status.value = null;
      coach.setMutes(got.mutedRules, got.mutesLocked);
      coach.setAnalyzerFactory(analyzerFor(compiled));
    },
    onFailure(e) {
      options.onError?.(e);
      const coach = options.coach();
      if (coach?.field.value) coach.status.value = 'coachRulesUnavailable';
    },
    onError: options.onError,
  });
  return {
    client,
    createAnalyzer() {
      client.ensure();
      return client.compiled ? analyzerFor(client.compiled)() : pending;
    },
  };
}
