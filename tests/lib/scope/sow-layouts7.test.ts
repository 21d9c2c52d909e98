// Layouts of the s7 set, in texts written for these tests: a chat quote whose line breaks were lost,
// an indicative later phase, a FAQ page, estimate notes, letterhead addresses and tax rows, sign-offs
// in other languages, and SOWs in Polish, Swedish, Danish and Finnish (headings read whatever the
// detected language).
import { describe, expect, it } from 'vitest';
import { parseSow, parseSowDetailed } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a chat quote with its line breaks lost', () => {
  const sow =
    "Hi Tama, as promised here is the quote in one message so you have it handy QUOTE 77 – Harakeke Candles lookbook - Prepared 3 March 2026 - Shoot on 12 March at our Ponsonby studio • WHAT'S INCLUDED • Candle packshots on grey: 24 final images • Styled table scenes: 8 final images • Colour-matched retouching on all finals • NOT INCLUDED • Hand models • Stop-motion or video • FEES • Photographer and stylist, 20 hrs @ $110/hr = $2,200 + GST - Half up front, half on delivery • Ngā mihi, Ari";

  it('reads each " • " part as a line: the included items and the not included ones', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual([
      'Candle packshots on grey',
      'Styled table scenes',
      'Colour-matched retouching on all finals',
    ]);
    expect(titles(s.exclusions)).toEqual(['Hand models', 'Stop-motion or video']);
  });

  it('reads a New Zealand studio’s bare "$" as NZD', () => {
    expect(parseSow(sow)).toMatchObject({ currency: 'NZD', hourlyRate: 110, budgetHours: 20 });
  });

  it('leaves a long line of prose with a dash or two alone', () => {
    const prose = `Deliverables\n${'We will write the annual letter - the chair signs it - and design the cover. '.repeat(5)}`;
    expect(parseSow(prose).deliverables.length).toBeGreaterThan(0);
    expect(parseSow(prose).deliverables.length).toBeLessThan(6);
  });
});

describe('phases by what their brackets say', () => {
  const sow = `STATEMENT OF WORK – CRM CLEAN-UP

1. STAGE 1 – DATA AUDIT (CONTRACTED)
Duration: 2 March 2026 to 30 April 2026
1.1 Field audit: a review of every contact property
1.2 Duplicate merge: up to 40,000 records
1.3 Handover: a one-hour call with the sales team

Not included in Stage 1:
a. Data enrichment from paid sources
b. Migration from the old CRM

2. STAGE 2 – LEAD SCORING (INDICATIVE ONLY – NOT CONTRACTED)
- Scoring model for inbound leads
- Indicative effort: 60 hours`;

  it('reads a contracted phase as the deliverables and an indicative one as neither', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Field audit', 'Duplicate merge', 'Handover']);
    expect(titles(s.exclusions)).toEqual(['Data enrichment from paid sources', 'Migration from the old CRM']);
  });
});

describe('a FAQ page and estimate notes', () => {
  it('reads "What isn\'t included?" as the exclusions', () => {
    const s = parseSow(`Your website project — questions and answers

What do I get?
• Sitemap and wireframes for 6 pages.
• Visual design of the home page and one inner page.

What isn't included?
Copywriting, stock photography and hosting.

What does it cost?
60 hours at $120 per hour.`);
    expect(titles(s.deliverables)).toEqual(['Sitemap and wireframes', 'Visual design']);
    expect(titles(s.exclusions)).toEqual(['Copywriting', 'Stock photography', 'Hosting']);
  });

  it('reads the exclusions stated among "Estimate notes"', () => {
    const s = parseSow(`ESTIMATE – Spring menu launch

1. Menu photography (12 dishes)
2. Social cut-downs (6 assets)

ESTIMATE NOTES
- Two rounds of revisions per deliverable are included.
- Food styling is NOT included.
- Printing of the menus is excluded.`);
    expect(titles(s.exclusions).map((t) => t.split(' is ')[0])).toEqual(['Food styling', 'Printing of the menus']);
    expect(s.revisionRounds).toBe(2);
  });
});

describe('letterheads, tax rows and sign-offs', () => {
  it('reads no street address, header word or tax row as an item', () => {
    const s = parseSowDetailed(`Atelier Brun SARL
Rua das Flores, 120 – 1200-195 Lisboa

Désignation | Qté | Total HT
Logo et charte | 1 | 2 400,00 €
Papeterie | 3 | 600,00 €
TVA 20 % | | 600,00 €`);
    expect(titles(s.scope.deliverables)).toEqual(['Logo et charte', 'Papeterie']);
  });

  it('ends an exclusions list at a German sign-off', () => {
    const s = parseSow(`Leistungsumfang
- Beschilderungskonzept
- Piktogramme

Nicht im Angebot enthalten:
- Montage der Schilder
- Übersetzungen

Freundliche Grüsse
Lea Baumann`);
    expect(titles(s.exclusions)).toEqual(['Montage der Schilder', 'Übersetzungen']);
  });

  it('reads "Ne sont pas compris :" as a French exclusions heading', () => {
    const s = parseSow(`Prestations
1. Communiqué de presse
2. Fichier presse

Ne sont pas compris :
– la traduction du communiqué ;
– les frais d'envoi.`);
    expect(s.exclusions.length).toBe(2);
  });
});

describe('Polish SOWs', () => {
  const sow = `Studio Przykład Sp. z o.o.
ul. Długa 5, 00-238 Warszawa | NIP 123-45-67-890

OFERTA nr 3/2027
Przedmiot oferty: sklep internetowy dla piekarni.

1. Zakres prac
- Projekt graficzny sklepu (10 widoków)
- Wdrożenie na WooCommerce
- Szkolenie z obsługi panelu

2. Poza zakresem
- sesja zdjęciowa produktów,
- hosting i domena.

3. Wynagrodzenie
120 godzin × 150,00 zł netto = 18 000,00 zł netto.

Z poważaniem,
Jan Nowak`;

  it('reads Zakres prac and Poza zakresem, not the address or the Przedmiot oferty line', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual([
      'Projekt graficzny sklepu',
      'Wdrożenie na WooCommerce',
      'Szkolenie z obsługi panelu',
    ]);
    expect(titles(s.exclusions)).toEqual(['Sesja zdjęciowa produktów', 'Hosting i domena']);
  });

  it('reads złoty written as "zł"', () => {
    expect(parseSow(sow)).toMatchObject({ currency: 'PLN', budgetHours: 120, hourlyRate: 150 });
  });
});

describe('Swedish SOWs', () => {
  it('reads Detta ingår and Detta ingår inte apart, and timmar à kr', () => {
    const s = parseSow(`OFFERT
Nyhetsbrev för Byggkompaniet AB

Detta ingår
1. Mall för nyhetsbrev i Mailchimp
2. Fyra nyhetsbrev, ett per kvartal

Detta ingår inte
– Fotografering
– Utskick till köpta listor

Pris
Uppskattad tid: 40 timmar à 1 100 kr exkl. moms.`);
    expect(titles(s.deliverables)).toEqual(['Mall för nyhetsbrev i Mailchimp', 'Fyra nyhetsbrev']);
    expect(titles(s.exclusions)).toEqual(['Fotografering', 'Utskick till köpta listor']);
    expect(s).toMatchObject({ currency: 'SEK', budgetHours: 40, hourlyRate: 1100 });
  });
});

describe('Danish SOWs', () => {
  it('reads Leverancer and Ikke inkluderet, and timer à DKK', () => {
    const s = parseSow(`TILBUD – ny hjemmeside for Havnecaféen ApS

Leverancer
- Design af forside og menuside
- Opsætning i Squarespace

Ikke inkluderet
- Tekstforfatning
- Fotografering

Pris
30 timer à DKK 900 ekskl. moms.`);
    expect(titles(s.deliverables)).toEqual(['Design af forside og menuside', 'Opsætning i Squarespace']);
    expect(titles(s.exclusions)).toEqual(['Tekstforfatning', 'Fotografering']);
    expect(s).toMatchObject({ currency: 'DKK', budgetHours: 30, hourlyRate: 900 });
  });
});

describe('Finnish SOWs', () => {
  it('reads Toimitukset and Ei sisälly hintaan, and tuntia à €', () => {
    const s = parseSow(`TARJOUS
Verkkokaupan kuvitus, Kahvila Aalto Oy

Toimitukset
1. Kuvituskonsepti
2. Kahdeksan tuotekuvitusta

Ei sisälly hintaan
- Painatus
- Animaatiot

Hinta
24 tuntia à 95 € (alv 0 %).`);
    expect(titles(s.deliverables)).toEqual(['Kuvituskonsepti', 'Kahdeksan tuotekuvitusta']);
    expect(titles(s.exclusions)).toEqual(['Painatus', 'Animaatiot']);
    expect(s).toMatchObject({ currency: 'EUR', budgetHours: 24, hourlyRate: 95 });
  });
});
