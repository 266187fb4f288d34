/**
 * Schema v1 of the history database (the first release). Kept as it was: a database written by v1 opens and
 * upgrades through every later version (tests/unit/history-store.test.ts with the golden fixture tests/fixtures/history-v1.json).
 *
 * v1 records had no `week` field.
 */
export const version = 1;
export const stores = {
  events: 'id, at, host, category, action, ruleId, lang, replyId',
  replies: 'id, at, host, lang',
  practice: 'id, at, ticketId',
};
