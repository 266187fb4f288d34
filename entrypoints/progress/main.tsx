/** The progress page (an extension page: its IndexedDB is the extension's own). */
import { render } from 'preact';
import '../../components/ui/theme.css';
import 'chartist/dist/index.css';
import './style.css';
import { ProgressApp } from '../../components/progress/App';
import { browser } from 'wxt/browser';
import { startPage } from '../../components/i18n';
import { declareCategories } from '../../components/categories';
import { practiceTickets } from '../../components/practice/tickets';
import { ProgressModel } from '../../components/progress/model';
import { browserSource } from '../../components/progress/source';
import { ACTIVE_RULESET_KEY, type ActiveRuleset } from '../../lib/team/layers';

async function main() {
  const lang = await startPage(document, 'progress_title', browser.storage.local);
  // The team ruleset in force names its own categories and practice tickets.
  let team: ActiveRuleset['team'] = null;
  try {
    team = ((await browser.storage.local.get(ACTIVE_RULESET_KEY))[ACTIVE_RULESET_KEY] as ActiveRuleset | undefined)?.team ?? null;
  } catch {
    // bundled names only
  }
  declareCategories(team?.categories);
  render(
    <ProgressApp model={new ProgressModel(browserSource())} lang={lang} tickets={practiceTickets(team)} practiceUrl={browser.runtime.getURL('/practice.html')} />,
    document.getElementById('app')!,
  );
}
void main();
