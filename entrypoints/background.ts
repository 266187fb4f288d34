import { startSiteAccess } from '../utils/site-access';

export default defineBackground(() => {
  // Writer and administrator sites: run-time content-script registration (README.md, "Permissions").
  startSiteAccess();
  // Sävy's background: the team ruleset and the progress store arrive in later issues.
});
