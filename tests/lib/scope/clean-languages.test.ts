// Mail clients write their quote headers, forward markers and footers in the reader's language;
// clients write in theirs. Each is cut where its English counterpart is.
import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/scope';
import { cleanParts } from '@/lib/scope/clean';

describe('cleanText in the languages clients write', () => {
  it.each([
    ['German', 'Am Mo., 8. März 2027 um 10:12 Uhr schrieb Jana Krämer <jana@kraemer.de>:'],
    ['French', 'Le lun. 8 mars 2027 à 10:12, Claire Martin <claire@leandre.fr> a écrit :'],
    ['Spanish', 'El lun, 8 mar 2027 a las 10:12, Lucía Ortega (<lucia@marisal.es>) escribió:'],
    ['Dutch', 'Op ma 8 mrt. 2027 om 10:12 schreef Joris de Vries <joris@lindeveld.nl>:'],
    ['Italian', 'Il giorno lun 8 mar 2027 alle ore 10:12 Marco Rossi <marco@valdarno.it> ha scritto:'],
    ['Portuguese', 'Em seg., 8 de mar. de 2027 às 10:12, Ana Souza <ana@pagai.com.br> escreveu:'],
    ['a name first', 'Jana Krämer <jana@kraemer.de> schrieb am 08.03.2027 um 10:12:'],
  ])('cuts a %s reply header and the quote under it', (_, header) => {
    const body = `Bitte noch eine Variante.\n\n${header}\nKönnen Sie auch das Poster drucken?`;
    expect(cleanText(body)).toBe('Bitte noch eine Variante.');
  });

  it.each([
    '-----Ursprüngliche Nachricht-----',
    "-----Message d'origine-----",
    '-----Mensaje original-----',
    '-----Oorspronkelijk bericht-----',
    '-----Messaggio originale-----',
    '-----Mensagem original-----',
  ])('cuts an Outlook block under %s', (marker) => {
    expect(cleanText(`Passt so.\n\n${marker}\nVon: Ann\nGesendet: Montag\nBitte das Logo tauschen.`)).toBe('Passt so.');
  });

  it.each([
    ['Von: Ann Lee <ann@agency.de>', 'Gesendet: Montag, 8. März 2027 10:00'],
    ['De : Ann Lee <ann@agency.fr>', 'Envoyé : lundi 8 mars 2027 10:00'],
    ['De: Ann Lee <ann@agency.es>', 'Enviado: lunes, 8 de marzo de 2027 10:00'],
    ['Van: Ann Lee <ann@agency.nl>', 'Verzonden: maandag 8 maart 2027 10:00'],
    ['Da: Ann Lee <ann@agency.it>', 'Inviato: lunedì 8 marzo 2027 10:00'],
  ])('cuts Outlook headers without a marker line (%s)', (from, sent) => {
    expect(cleanText(`Ok für uns.\n\n${from}\n${sent}\nBitte prüfen.`)).toBe('Ok für uns.');
  });

  it('keeps a forwarded German message as forwarded content, its headers dropped', () => {
    const body =
      'Zur Info unten.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Tom <t@x.de>\nDatum: Mo., 8. März 2027\nBetreff: Budget\nAn: Jana\n\nWir haben Budget für Phase 2.';
    const { text, forwardedFrom } = cleanParts(body);
    expect(text).toContain('Wir haben Budget für Phase 2.');
    expect(text).not.toMatch(/^(Von|Betreff|Datum):/m);
    expect(forwardedFrom).not.toBeNull();
    expect(text.slice(0, forwardedFrom!)).not.toContain('Budget');
  });

  it.each([
    'Mit freundlichen Grüßen',
    'Viele Grüße',
    'Cordialement',
    'Bien à vous',
    'Un saludo',
    'Saludos cordiales',
    'Met vriendelijke groet',
    'Cordiali saluti',
    'Atenciosamente',
    'Abraços',
  ])('drops a signature under "%s"', (signOff) => {
    const body = `Könnten Sie die Broschüre auch auf Englisch liefern?\n\n${signOff}\nJana Krämer\nMarketingleitung\n+49 521 1234567`;
    expect(cleanText(body)).toBe('Könnten Sie die Broschüre auch auf Englisch liefern?');
  });

  it.each(['Von meinem iPhone gesendet', 'Enviado desde mi iPhone', 'Inviato da iPhone', 'Enviado do meu iPhone'])(
    'drops the mobile footer "%s"',
    (footer) => {
      expect(cleanText(`Bitte freigeben.\n\n${footer}`)).toBe('Bitte freigeben.');
    },
  );

  it('keeps an ordinary sentence that names a sender and ends with a colon', () => {
    expect(cleanText('Folgendes hat der Vorstand entschieden:\n- zwei Motive\n- ein Poster')).toContain('zwei Motive');
  });
});
