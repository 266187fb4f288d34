/**
 * Sign and publish, in the browser: a supervisor creates the team key (a file to download and keep; its public half
 * goes into the policy's rulesetPublicKey) and signs the workbench's ruleset with it, in the same format as
 * `savy ruleset sign` (lib/team/signature.ts `signRuleset`, WebCrypto Ed25519), so publishing needs no Node or
 * source tree and `savy ruleset verify` accepts the file. The private key is read only while signing, never stored.
 */
import { useState } from 'preact/hooks';
import type { RulesetInput } from '../../lib/ruleset/schema';
import { base64ToBytes, generateTeamKey, readTeamKeyFile, signRuleset } from '../../lib/team/signature';
import { exportDraft } from '../../lib/team/workbench';
import { t } from '../i18n';

/** Saves a text file for the person (a download); injected in tests. */
export type SaveFile = (name: string, text: string) => void;

export const downloadFile: SaveFile = (name, text) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
};

export function TeamSigning({ draft, save = downloadFile, subtle = globalThis.crypto?.subtle }: { draft: RulesetInput; save?: SaveFile; subtle?: SubtleCrypto }) {
  const [publicKey, setPublicKey] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);
  const say = (text: string, bad = false) => {
    setNote(text);
    setError(bad);
  };

  const createKey = async () => {
    try {
      const key = await generateTeamKey(subtle);
      save('savy-team.key', `${JSON.stringify(key, null, 2)}\n`);
      setPublicKey(key.publicKey);
      say(t('options_sign_keyCreated'));
    } catch {
      say(t('options_sign_noCrypto'), true);
    }
  };

  const sign = async (file: File) => {
    const out = exportDraft(draft);
    if (out.problems.length) return say(t('options_wb_exportBlocked', `${out.problems[0].path}: ${out.problems[0].message}`), true);
    if (out.failures) return say(t('options_wb_exportBlocked', t('options_wb_exportFailures', out.failures)), true);
    let key = null;
    try {
      key = readTeamKeyFile(JSON.parse(await file.text()));
    } catch {
      key = null;
    }
    const der = key && base64ToBytes(key.privateKey);
    if (!key || !der) return say(t('options_sign_notKey', file.name), true);
    try {
      const signed = await signRuleset(out.ruleset, der, subtle);
      const name = `${String(draft.id || 'ruleset')}.signed.json`;
      save(name, `${JSON.stringify(signed, null, 2)}\n`);
      setPublicKey(key.publicKey);
      say(t('options_sign_signed', name));
    } catch {
      say(t('options_sign_notKey', file.name), true);
    }
  };

  return (
    <fieldset class="team-signing" data-field="sign">
      <legend>{t('options_sign_heading')}</legend>
      <p>{t('options_sign_intro')}</p>
      <div class="row">
        <button type="button" onClick={() => void createKey()} data-action="create-key">
          {t('options_sign_createKey')}
        </button>
        <label class="button">
          {t('options_sign_sign')}
          <input
            type="file"
            accept=".key,.json,application/json"
            class="visually-hidden"
            data-action="sign"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void sign(f);
            }}
          />
        </label>
      </div>
      {publicKey && (
        <p>
          <label for="sign-public-key">{t('options_sign_publicKey')}</label>{' '}
          <input id="sign-public-key" readOnly value={publicKey} size={48} data-field="public-key" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <p role={error ? 'alert' : 'status'} aria-live="polite" class={error ? 'error' : 'note'} data-field="sign-note">
        {note}
      </p>
    </fieldset>
  );
}
