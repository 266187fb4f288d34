/**
 * Which lines of a reply are the writer's own. Quoted customer text (lines starting with ">", everything
 * after an "On … wrote:" line or a forwarded-message header) and the signature after a sign-off are not
 * coached.
 */

/** A part of a text: UTF-16 offsets, `end` excluded. */
export interface TextSpan {
  start: number;
  end: number;
}

const REPLY_HEADER = [
  /^On .{3,200} wrote:\s*$/i,
  /^.{3,200} (?:kirjoitti|skrev|wrote):\s*$/i,
  /^-{2,}\s*(?:Original Message|Alkuperäinen viesti|Ursprungligt meddelande|Forwarded message|Välitetty viesti|Vidarebefordrat meddelande)\s*-{2,}\s*$/i,
  /^(?:From|Lähettäjä|Från|Sent|Lähetetty|Skickat):\s.+/i,
  /^_{8,}\s*$/,
];

const SIGN_OFF =
  /^(?:ystävällisin terveisin|ystävällisin terveisin,|parhain terveisin|terveisin|ystävällisesti|hyvää päivänjatkoa|best regards|kind regards|warm regards|regards|best wishes|best|many thanks|thanks again|thanks|thank you|cheers|sincerely|yours sincerely|yours faithfully|med vänliga hälsningar|vänliga hälsningar|vänligen|hälsningar|mvh|bästa hälsningar)[,.!]?\s*$/i;

const MAX_SIGNATURE_LINES = 8;

/** For each line, whether the writer's own text (true) or quoted/signature (false). */
export function coachedLines(lines: readonly string[]): boolean[] {
  const coached = lines.map((l) => !/^\s*>/.test(l));
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    // Cheap checks first: every header has a colon or starts with - or _.
    if (!raw.includes(':') && !/^\s*[-_]/.test(raw)) continue;
    const line = raw.trim();
    if (line === '--' || REPLY_HEADER.some((re) => re.test(line))) {
      cut = i;
      break;
    }
  }
  // The last sign-off line followed by a few short lines (name, team, phone) starts the signature, so a
  // "Thanks!" in the body stays coached when "Best regards" follows it.
  for (let i = cut - 1; i >= 0; i--) {
    if (lines[i].length > 40 || !SIGN_OFF.test(lines[i].trim())) continue;
    const rest = lines.slice(i + 1, cut).filter((l) => l.trim() !== '');
    if (rest.length <= MAX_SIGNATURE_LINES && rest.every((l) => l.trim().length <= 80)) cut = i;
    break;
  }
  for (let i = cut; i < lines.length; i++) coached[i] = false;
  return coached;
}
