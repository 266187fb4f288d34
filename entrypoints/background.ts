import { defineBackground } from 'wxt/utils/define-background';
import { startSiteAccess } from '../components/sites/background';
import { startHistory } from '../components/history/background';
import { startTeamRuleset } from '../components/team/background';
import { startPopupBackground } from '../components/popup/background';
import { startCoachRules } from '../components/coach/background';
import { restrictLocalStorage } from '../components/trusted-storage';

export default defineBackground(() => {
  // storage.local for Sävy's own pages and this worker only; content scripts ask by message.
  void restrictLocalStorage();
  // Writer and administrator sites: run-time content-script registration (README.md, "Permissions").
  startSiteAccess();
  startHistory(); // personal progress history: Dexie store, history messages, retention alarm
  startTeamRuleset(); // team ruleset: policy, fetch + alarm, signature, last good (components/team/background.ts)
  startCoachRules(); // the coach's rules for content scripts (getRules): they do not bundle the rulesets
  startPopupBackground(); // popup + practice inbox: draft status per tab, site on/off, today's figures, practice inbox on install
});
