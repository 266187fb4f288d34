/**
 * Sign and publish, in the browser: a supervisor creates the team key (a file to download and keep; its public half
 * goes into the policy's rulesetPublicKey) and signs the workbench's ruleset with it, in the same format as
 * `savy ruleset sign` (lib/team/signature.ts: `generateSigningKey`, `importSigningKey`, `signRuleset`, WebCrypto
 * Ed25519, the same code the CLI runs), so publishing needs no Node or
 * source tree and `savy ruleset verify` accepts the file. The private key is read only while signing, never stored.
 */
import { useState } from 'preact/hooks';
import type { Language } from '../../lib/coaching';
import { describeProblem } from '../../lib/ruleset/problems';
import type { RulesetInput } from '../../lib/ruleset/schema';
import { generateSigningKey, importSigningKey, signRuleset } from '../../lib/team/signature';
import { exportDraft } from '../../lib/team/workbench';
import { t } from '../i18n';
import { Button, FileButton, Message, type Tone } from '../ui/kit';

/** Saves a text file for the person (a download); injected in tests. */
export type SaveFile = (name: string, text: string) => void;

export const downloadFile: SaveFile = (name, text) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
};

export function TeamSigning({
  draft,
  lang,
  save = downloadFile,
  subtle = globalThis.crypto?.subtle,
}: {
  draft: RulesetInput;
  lang: Language;
  save?: SaveFile;
  subtle?: SubtleCrypto;
}) {
  const [publicKey, setPublicKey] = useState('');
  const [note, setNote] = useState<{ text: string; tone: Tone } | null>(null);
  const say = (text: string, tone: Tone = 'ok') => setNote({ text, tone });

  const createKey = async () => {
    try {
      const key = await generateSigningKey(subtle);
      save('savy-team.key', key.keyFile);
      setPublicKey(key.publicKey);
      say(t('options_sign_keyCreated'));
    } catch {
      say(t('options_sign_noCrypto'), 'error');
    }
  };

  const sign = async (file: File) => {
    const out = exportDraft(draft);
    if (out.problems.length) return say(t('options_wb_exportBlocked', describeProblem(out.problems[0], lang, draft)), 'error');
    if (out.failures) return say(t('options_wb_exportBlocked', t('options_wb_exportFailures', out.failures)), 'error');
    const key = await importSigningKey(await file.text(), subtle).catch(() => null);
    if (!key) return say(t('options_sign_notKey', file.name), 'error');
    try {
      const signed = await signRuleset(out.ruleset, key, { subtle });
      const name = `${String(draft.id || 'ruleset')}.signed.json`;
      save(name, `${JSON.stringify(signed, null, 2)}\n`);
      setPublicKey(key.publicKey);
      say(t('options_sign_signed', name));
    } catch {
      say(t('options_sign_notKey', file.name), 'error');
    }
  };

  return (
    <fieldset class="group team-signing" data-field="sign">
      <legend>{t('options_sign_heading')}</legend>
      <p>{t('options_sign_intro')}</p>
      <div class="actions">
        <Button onClick={() => void createKey()} data-action="create-key" aria-describedby="sign-msg">
          {t('options_sign_createKey')}
        </Button>
        <FileButton accept=".key,.json,.pem,application/json" data-action="sign" aria-describedby="sign-msg" onFile={(f) => void sign(f)}>
          {t('options_sign_sign')}
        </FileButton>
      </div>
      {publicKey && (
        <div class="field">
          <label for="sign-public-key">{t('options_sign_publicKey')}</label>
          <input id="sign-public-key" readOnly value={publicKey} data-field="public-key" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <Message id="sign-msg" tone={note?.tone} field="sign-note">
        {note?.text}
      </Message>
    </fieldset>
  );
}
