/**
 * chrome.storage.local for Sävy's own contexts only. By default a content script can read and write the
 * extension's storage.local, so code running in a compromised renderer of any page Sävy runs on could forge
 * what the background stored (the team ruleset in force and "verified with key", mutes, settings). Chromium
 * lets an extension restrict an area to its trusted contexts (service worker, extension pages):
 * `storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' })` (the area's level is kept with the
 * extension, and set again at every start). The content script then gets what it needs by message
 * (`coachSettings`, `getRules`, `coachUpdate`: components/coach/background.ts).
 *
 * Firefox has setAccessLevel for storage.session only (bugzilla.mozilla.org 1724754), so there a content
 * script can still write storage.local. The honest equivalent, in every browser: nothing the background reads
 * back from storage is taken as the truth. A stored team ruleset is validated and its signature verified again
 * from the signed bytes kept with it (lib/team/state.ts loadState), and the coach's rules come from the
 * background's own verified state, never from the stored active ruleset.
 */
import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

/** Restricts storage.local to trusted contexts where the browser can; resolves whether it did. Never throws. */
export async function restrictLocalStorage(): Promise<boolean> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
