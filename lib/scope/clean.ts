// Only the client's new text is judged: quoted replies, forwarded headers, signatures and legal
// footers carry other people's words and would otherwise produce phantom asks.

import { isSpace } from './literals';

export interface CleanedText {
  text: string;
  /** Offset in `text` where forwarded content begins (context for signals, not the sender's asks). */
  forwardedFrom: number | null;
}

const REPLY_HEADER =
  /^(on\b.{0,300}\bwrote:?|op\b.{0,300}\bschreef.{0,40}:?|le\b.{0,300}\ba écrit\s*:?|am\b.{0,300}\bschrieb.{0,40}:?|el\b.{0,300}\bescribió:?)\s*$/i;
const ORIGINAL_MESSAGE = /^-{2,}\s*original message\s*-{2,}$/i;
const FORWARD_MARKER = /^-{2,}\s*(forwarded message|begin forwarded message)\s*-{0,}$|^begin forwarded message:?$/i;
const HEADER_LINE = /^(from|sent|date|to|cc|subject):\s/i;
const MOBILE_FOOTER =
  /^(sent from (my )?\w+|sent from outlook for \w+|get outlook for \w+|verstuurd vanaf mijn \w+|envoyé de mon \w+|von meinem \w+ gesendet)/i;
const DISCLAIMER =
  /(this (e-?mail|message|communication)\b.{0,160}\b(confidential|intended|privileged)|registered in (england|scotland|wales)|registered office|uitsluitend bestemd|confidentiality notice|intended recipient|please notify the sender|unauthori[sz]ed (review|use))/i;
const SIGN_OFF =
  /^(thanks|thank you|many thanks|cheers|best|best regards|kind regards|regards|warm regards|groet|groeten|groetjes|met vriendelijke groet|merci|thx|bonne journée|liefs|proost|ciao|talk soon)\b.{0,40}$/i;
const CONTACT =
  /(\+?\d[\d\s().-]{7,}\d|@[\w-]+\.|www\.|https?:\/\/|\b[a-z0-9-]+\.(com|co|io|org|net|nl|de|fr|uk|studio)\b|\|)/i;

function stripHtml(body: string): string {
  if (!body.includes('<') && !body.includes('&')) return body;
  return body
    .replace(/<\/?(br|p|div|li|tr|h\d|ul|ol|table|blockquote)\b[^<>]{0,200}>/gi, '\n')
    .replace(/<[^<>]{0,500}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]{2,}/g, ' ');
}

const NAME_LINE = /^[—–-]?\s*[A-Z\p{Lu}][\p{L}.'’&-]*(\s+[A-Z\p{Lu}][\p{L}.'’&-]*){0,3}$/u;

function isNameLine(line: string): boolean {
  // The anchored pattern rejects most lines at once; only then count the words.
  return NAME_LINE.test(line.trim()) && splitCount(line) <= 4;
}

/** `text.split(/\s+/).length` without the regex split: one more than the runs of whitespace. */
export function splitCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

/** Drop a trailing signature block: a sign-off or bare name followed only by short contact-ish lines. */
function dropSignature(lines: string[]): string[] {
  // Signatures sit at the end: only the last dozen lines are candidates (keeps this linear).
  for (let i = Math.max(1, lines.length - 12); i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!SIGN_OFF.test(line) && !isNameLine(line)) continue;
    if (onlyContactLines(lines, i + 1)) return lines.slice(0, SIGN_OFF.test(line) ? i : i + 1);
  }
  return lines;
}

/**
 * At most 8 non-blank lines from `from` on, each contact details or short and no question. A loop,
 * not slice/filter/every: V8 inlines those per array shape, and a list of lines comes in two (empty
 * or not), each new one costing the optimised code a deoptimisation.
 */
function onlyContactLines(lines: string[], from: number): boolean {
  let count = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    if (++count > 8) return false;
    if (!(CONTACT.test(l) || (splitCount(l) <= 8 && !l.includes('?')))) return false;
  }
  return true;
}

/** An 'On <date>, <name> wrote:' header that the mail client wrapped onto the next line. */
function wrapsHeader(trimmed: string, nextLine: string | undefined): boolean {
  return trimmed.length < 300 && /wrote:\s*$/i.test(trimmed + ' ' + (nextLine ?? '').trim());
}

/** Whether a line starting with `lead` (lower-cased) can start with one of `firsts`. */
function may(firsts: string, lead: string): boolean {
  return lead !== '' && firsts.includes(lead);
}

export function cleanParts(body: string): CleanedText {
  const html = stripHtml(typeof body === 'string' ? body : '');
  const raw = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const own: string[] = [];
  const forwarded: string[] = [];
  let inForward = false;
  let inSignature = false;
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    // The line patterns are anchored and each starts with one of a few characters: most lines
    // (sentences of the message) are ruled out by their first character.
    const lead = trimmed.length ? trimmed[0]!.toLowerCase() : '';
    if (
      may('olae', lead) &&
      (REPLY_HEADER.test(trimmed) || (/^on\b/i.test(trimmed) && wrapsHeader(trimmed, lines[i + 1])))
    )
      break;
    if (may('-', lead) && ORIGINAL_MESSAGE.test(trimmed)) break;
    if (
      may('f', lead) &&
      /^from:\s/i.test(trimmed) &&
      /^(sent|date):\s/i.test((lines[i + 1] ?? '').trim()) &&
      !inForward
    )
      break;
    if (may('-b', lead) && FORWARD_MARKER.test(trimmed)) {
      inForward = true;
      inSignature = false;
      continue;
    }
    if (inForward && may('fsdtc', lead) && HEADER_LINE.test(trimmed)) continue;
    if (trimmed === '--') {
      inSignature = true;
      continue;
    }
    if (inSignature || (may('sgve', lead) && MOBILE_FOOTER.test(trimmed))) continue;
    if (trimmed.length > 40 && DISCLAIMER.test(trimmed)) continue;
    (inForward ? forwarded : own).push(line);
  }
  const ownText = dropSignature(trimBlank(own)).join('\n').trim();
  const forwardedText = dropSignature(trimBlank(forwarded)).join('\n').trim();
  if (!forwardedText) return { text: ownText, forwardedFrom: null };
  const joined = ownText ? ownText + '\n\n' : '';
  return { text: joined + forwardedText, forwardedFrom: joined.length };
}

function trimBlank(lines: string[]): string[] {
  // A loop, not map: see onlyContactLines.
  const out: string[] = [];
  for (const l of lines) out.push(l.trimEnd()); // trimEnd strips exactly what /\s+$/ matches
  return out;
}

export function cleanText(body: string): string {
  return cleanParts(body).text;
}
