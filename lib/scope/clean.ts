// Only the client's new text is judged: quoted replies, forwarded headers, signatures and legal
// footers carry other people's words and would otherwise produce phantom asks.

import { isSpace } from './literals';
import { codeAt } from './chars';

export interface CleanedText {
  text: string;
  /** Offset in `text` where forwarded content begins (context for signals, not the sender's asks). */
  forwardedFrom: number | null;
}

// Mail clients write these headers in the reader's language: clients write in theirs (German,
// French, Spanish, Dutch, Italian, Portuguese as well as English).
const REPLY_HEADER =
  /^(on\b.{0,300}\bwrote:?|op\b.{0,300}\bschreef.{0,40}:?|le\b.{0,300}\ba écrit\s*:?|am\b.{0,300}\bschrieb.{0,40}:?|el\b.{0,300}\bescribió:?|il\b.{0,300}\bha scritto:?|em\b.{0,300}\bescreveu:?|(?=.*(@|\d)).{0,300}\b(wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu)\b.{0,60}:)\s*$/i;
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|messaggio originale|mensagem original)\s*-{2,}$/i;
const FORWARD_MARKER =
  /^-{2,}\s*(forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|messaggio inoltrato|mensagem encaminhada|mensagem reencaminhada)\s*-{0,}$|^(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédité|inicio del mensaje reenviado|begin doorgestuurd bericht|inizio messaggio inoltrato|início da mensagem reencaminhada)\s?:?$/i;
/** The "From:" line of a quoted message, and the "Sent:" / "Date:" line under it. */
const FROM_LINE = /^(from|von|de|van|da)\s?:\s/i;
const SENT_LINE = /^(sent|date|gesendet|datum|envoyé|enviado|fecha|verzonden|inviato|data)\s?:\s/i;
const HEADER_LINE =
  /^(from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|à|objet|enviado|fecha|para|asunto|van|verzonden|aan|onderwerp|da|inviato|a|oggetto|data|assunto)\s?:\s/i;
const MOBILE_FOOTER =
  /^(sent from (my )?\w+|sent from outlook for \w+|get outlook for \w+|verstuurd vanaf mijn \w+|envoyé de mon \w+|envoyé depuis mon \w+|von meinem \w+ gesendet|gesendet von meinem \w+|enviado desde mi \w+|enviado do meu \w+|inviato da(l mio)? \w+)/i;
const DISCLAIMER =
  /(this (e-?mail|message|communication)\b.{0,160}\b(confidential|intended|privileged)|registered in (england|scotland|wales)|registered office|uitsluitend bestemd|confidentiality notice|intended recipient|please notify the sender|unauthori[sz]ed (review|use)|(diese (e-?mail|nachricht)|ce (message|courriel)|este (mensaje|correo)|deze (e-?mail|mail|bericht)|questa (e-?mail|mail)|questo messaggio|esta mensagem|este e-?mail)\b.{0,160}\b(vertraulich|confidentiel|confidencial|vertrouwelijk|riservat|destinataire|destinatario|destinatário|empfänger|bestemd))/i;
const SIGN_OFF =
  /^(thanks|thank you|many thanks|cheers|best|best regards|kind regards|regards|warm regards|groet|groeten|groetjes|met vriendelijke groet(en)?|hartelijke groet(en)?|vriendelijke groet(en)?|merci|merci beaucoup|thx|bonne journée|liefs|proost|ciao|talk soon|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|schöne grüße|grüße|gruß|lg|mfg|danke|vielen dank|cordialement|bien cordialement|bien à vous|salutations|à bientôt|saludos|un saludo|saludos cordiales|atentamente|un abrazo|gracias|muchas gracias|cordiali saluti|distinti saluti|saluti|un saluto|grazie|grazie mille|atenciosamente|abraços|abraço|um abraço|obrigad[oa]|cumprimentos|att)\b.{0,40}$/i;
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
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const space = isSpace(codeAt(text, i));
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
      ((may('olaei', lead) || trimmed.endsWith(':')) && REPLY_HEADER.test(trimmed)) ||
      (may('o', lead) && /^on\b/i.test(trimmed) && wrapsHeader(trimmed, lines[i + 1]))
    )
      break;
    if (may('-', lead) && ORIGINAL_MESSAGE.test(trimmed)) break;
    if (may('fvd', lead) && FROM_LINE.test(trimmed) && SENT_LINE.test((lines[i + 1] ?? '').trim()) && !inForward) break;
    if (may('-badi', lead) && FORWARD_MARKER.test(trimmed)) {
      inForward = true;
      inSignature = false;
      continue;
    }
    if (inForward && HEADER_LINE.test(trimmed)) continue;
    if (trimmed === '--') {
      inSignature = true;
      continue;
    }
    if (inSignature || (may('sgvei', lead) && MOBILE_FOOTER.test(trimmed))) continue;
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
