export default defineBackground(() => {
  // Sävy's background: the team ruleset and the progress store arrive in later issues.
});
