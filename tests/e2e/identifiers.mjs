// What must not reach a reader of the Chinese UI: C# field and enum names, GUIDs, raw E.164 numbers and user names
// where a person's name belongs. One pattern for every view the hardening tests read (issue #15).
import assert from 'node:assert/strict';

const patterns = [
  ['PascalCase identifier', /\b(?:[A-Z][a-z0-9]+){2,}\b/],
  ['camelCase identifier', /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/],
  ['GUID', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
  // Single-word enum values and outcome names the pages used to print as they came from the server.
  [
    'enum or outcome name',
    /\b(?:Open|Closed|Known|Unknown|Transferred|Busy|Failed|Information|Warning|None|none|Done|True|False|Timeout|Default|Invalid|Played|Cancelled|Created|Updated|Deleted|Phone|Repair|Complaint|Normal|High|Low|Medium|Household|Station|Accepted|Assigned|Voicemail)\b/,
  ],
  ['E.164 number', /\+86\d{6,}/],
];

/** Fails naming the first identifier found in the text of a view. */
export function assertNoIdentifiers(text, where) {
  for (const [what, pattern] of patterns) {
    const match = pattern.exec(text);
    assert.equal(match, null, `${where} shows a ${what}: "${match?.[0]}" in …${match ? text.slice(Math.max(0, match.index - 60), match.index + 60) : ''}…`);
  }
}

/** Demo user names (tech1, dispatcher): the history must show people's names (周师傅) instead. */
export const userNamePattern = /\b(?:tech\d+|dispatcher|station\d+|admin|agent|supervisor|analyst|revisit\d*)\b/;
