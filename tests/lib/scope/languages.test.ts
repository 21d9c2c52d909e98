// Clients who write in German, French, Spanish, Dutch, Italian or Portuguese: their language is
// recognised, their words glossed for the engine (languages/), and their asks judged against a SOW
// in their language or in English. The UI keeps their own words.
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/scope';
import { detectLanguage, GLOSSED_LANGUAGES, glossUnit } from '@/lib/scope/languages';
import type { ProjectScope } from '@/lib/scope/types';
import type { GlossLexicon } from '@/lib/scope/languages/gloss';
import de from '@/lib/scope/languages/de.json';
import es from '@/lib/scope/languages/es.json';
import fr from '@/lib/scope/languages/fr.json';
import itLexicon from '@/lib/scope/languages/it.json';
import nl from '@/lib/scope/languages/nl.json';
import pt from '@/lib/scope/languages/pt.json';
import pl from '@/lib/scope/languages/pl.json';
import sv from '@/lib/scope/languages/sv.json';
import da from '@/lib/scope/languages/da.json';
import fi from '@/lib/scope/languages/fi.json';

const LEXICONS: Record<string, GlossLexicon> = { de, es, fr, it: itLexicon, nl, pt, pl, sv, da, fi };

describe('the lexicons', () => {
  it.each(Object.entries(LEXICONS))(
    '%s: its own code, enough words, keys and values as the glosser reads them',
    (code, lex) => {
      expect(lex.language).toBe(code);
      expect(lex.detect.length).toBeGreaterThanOrEqual(40);
      expect(Object.keys(lex.phrases).length).toBeGreaterThanOrEqual(500);
      for (const [key, value] of Object.entries(lex.phrases)) {
        expect(key, key).toBe(key.trim().toLowerCase());
        expect(value, key).toBe(value.toLowerCase());
        expect(value.split(' ').length, key).toBeLessThanOrEqual(4);
      }
      for (const key of Object.keys(lex.prefixes)) expect(key.length, key).toBeGreaterThanOrEqual(5);
    },
  );
});

const SENTENCES: Record<string, string> = {
  de: 'Könnten Sie bitte die Broschüre bis Freitag noch einmal überarbeiten? Wir sind mit dem Entwurf nicht ganz zufrieden.',
  fr: "Pourriez-vous nous envoyer la nouvelle version de l'affiche avant vendredi ? Nous ne sommes pas encore convaincus.",
  es: '¿Podrían enviarnos la nueva versión del cartel antes del viernes? Todavía no estamos del todo convencidos.',
  nl: 'Kunnen jullie de nieuwe versie van de poster voor vrijdag sturen? We zijn er nog niet helemaal over uit.',
  it: 'Potreste inviarci la nuova versione del poster entro venerdì? Non siamo ancora del tutto convinti.',
  pt: 'Vocês podem nos enviar a nova versão do cartaz até sexta-feira? Ainda não estamos totalmente convencidos.',
  pl: 'Czy mogliby Państwo przesłać nową wersję plakatu do piątku? Nie jesteśmy jeszcze do końca przekonani.',
  sv: 'Skulle ni kunna skicka den nya versionen av affischen före fredag? Vi är inte helt övertygade än.',
  da: 'Kan I sende den nye version af plakaten inden fredag? Vi er ikke helt overbeviste endnu.',
  fi: 'Voisitteko lähettää julisteen uuden version perjantaihin mennessä? Emme ole vielä aivan vakuuttuneita.',
};

describe('detectLanguage', () => {
  it('knows each glossed language', () => {
    // Detection keeps a bit per language below bit 16 and another above it (languages/index.ts).
    expect(GLOSSED_LANGUAGES.length).toBeLessThan(16);
    expect([...GLOSSED_LANGUAGES].sort()).toEqual(['da', 'de', 'es', 'fi', 'fr', 'it', 'nl', 'pl', 'pt', 'sv']);
    for (const [language, text] of Object.entries(SENTENCES)) expect(detectLanguage(text), language).toBe(language);
  });

  it('an English card title is English even where another language writes some of its words', () => {
    // Danish writes "side" (page) and "speaker" (voice-over); every lexicon writes "design".
    expect(detectLanguage('Design: popup + side panel — approved')).toBe('en');
    expect(detectLanguage('speaker slides - stragglers')).toBe('en');
    expect(detectLanguage('Reactie concept vragenlijst (ronde 1)')).toBe('nl');
  });

  it('reads English as English, and a word or two of another language decides nothing', () => {
    expect(
      detectLanguage('Could you send the new version of the poster before Friday? We are not convinced yet.'),
    ).toBe('en');
    expect(detectLanguage('Danke! Could you add the German flyer to the folder?')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });

  it('reads a short card title in its language, or in the project language when it shows none', () => {
    expect(detectLanguage('Bitte Logo tauschen')).toBe('de');
    // One function word shared by four languages ("de"): the letters and lexicon words decide.
    expect(detectLanguage('Sessões de usabilidade: agenda confirmada')).toBe('pt');
    expect(detectLanguage('Contrastfout knop na herstel', 'nl')).toBe('nl');
    // No function word of any language: the project's SOW language.
    expect(detectLanguage('Flyer Hubtisch – Druckdaten', 'de')).toBe('de');
    expect(detectLanguage('Homepage hero banner', 'en')).toBe('en');
    // As many German function words as English ones, in a German project: German.
    expect(detectLanguage('Erinnerungsmailing in HubSpot einplanen', 'de')).toBe('de');
    expect(detectLanguage('Set up the journey in HubSpot', 'de')).toBe('en');
    // No Polish function word, one that reads as English ("i"), but Polish words and letters.
    const polish = 'Trzeci landing page: Mikołajki – zaprojektować i wdrożyć w PrestaShop';
    expect(detectLanguage(polish)).toBe('pl');
    expect(glossUnit(polish, 'pl')).toMatch(/^Third landing page/);
  });

  it('a German mail quoting an English thread is German, and its English lines are read as they are', () => {
    expect(detectLanguage(`${SENTENCES.de}\n\nThe agency said: "we will send it tomorrow".`)).toBe('de');
    const english = 'Please find attached the final files for the print run.';
    expect(glossUnit(english, 'de')).toBe(english);
    expect(glossUnit(SENTENCES.de!, 'de')).not.toBe(SENTENCES.de);
  });
});

const GERMAN_SOW: ProjectScope = {
  deliverables: [
    {
      id: 'd1',
      title: 'Kampagnenkonzept und Key Visual',
      description: 'Zwei Konzeptvarianten, eine wird ausgearbeitet.',
      quantity: null,
    },
    {
      id: 'd2',
      title: 'Messestand-Grafik',
      description: 'Druckdaten für Rückwand, Theke und zwei Banner.',
      quantity: null,
    },
    { id: 'd3', title: 'Produktflyer', description: 'Ein vierseitiger Flyer auf Deutsch.', quantity: 1 },
  ],
  exclusions: [
    { id: 'x1', title: 'Übersetzungen', description: 'Übersetzungen in weitere Sprachen.' },
    { id: 'x2', title: 'Druck und Produktion', description: 'Druckkosten, Produktion und Logistik des Standes.' },
    { id: 'x3', title: 'Videoproduktion', description: 'Filme und Animationen.' },
  ],
  revisionRounds: 2,
  budgetHours: 180,
  hourlyRate: 115,
  currency: 'EUR',
  startDate: '2027-01-11',
  endDate: '2027-03-12',
};

const ENGLISH_SOW: ProjectScope = {
  deliverables: [
    {
      id: 'd1',
      title: 'UX audit of the booking funnel',
      description: 'Heuristic review and analytics.',
      quantity: null,
    },
    {
      id: 'd2',
      title: 'Booking funnel redesign',
      description: 'Search, room selection and checkout screens.',
      quantity: null,
    },
    { id: 'd3', title: 'A/B tests', description: 'Up to 4 A/B tests on the booking funnel.', quantity: 4 },
  ],
  exclusions: [
    { id: 'x1', title: 'Translations', description: 'Copy in languages other than Spanish and English.' },
    { id: 'x2', title: 'Paid media', description: 'Google Ads, Meta ads and metasearch campaigns.' },
    { id: 'x3', title: 'Photography and video', description: 'Photo shoots and video production.' },
  ],
  revisionRounds: 2,
  budgetHours: 240,
  hourlyRate: 95,
  currency: 'EUR',
  startDate: '2027-01-11',
  endDate: '2027-06-30',
};

const mail = (body: string, subject = '') => ({ subject, body, channel: 'email' as const });

describe('asks in the client language', () => {
  it('German ask for an excluded translation, against a German SOW', () => {
    const body =
      'Hallo Frau Berger,\n\nkönnten Sie den Produktflyer bitte auch ins Englische und Französische übersetzen?\n\nViele Grüße\nJana Krämer';
    const r = classify(mail(body, 'Flyer'), GERMAN_SOW);
    expect(r.verdict).toBe('out_of_scope');
    expect(r.scopeRef).toBe('x1');
    // The UI quotes the client's own words, not the gloss.
    expect(r.asks[0]?.span.text).toContain('übersetzen');
  });

  it('German ask inside the contract, and German thanks with no ask', () => {
    expect(
      classify(mail('Bitte passen Sie auf der Rückwand-Grafik noch die Farbe des Logos an, danke.'), GERMAN_SOW)
        .verdict,
    ).toBe('in_scope');
    expect(
      classify(mail('Vielen Dank für die Entwürfe, das sieht sehr gut aus! Wir melden uns nächste Woche.'), GERMAN_SOW)
        .verdict,
    ).toBe('no_request');
  });

  it('a third round of corrections is beyond the two the SOW gives', () => {
    const r = classify(
      mail(
        'Der Vorstand hat noch Anmerkungen zum Key Visual. Können Sie bitte eine dritte Korrekturschleife einplanen?',
      ),
      GERMAN_SOW,
    );
    expect(r.verdict).toBe('out_of_scope');
    expect(r.scopeRef).toBe('revisions');
  });

  it('Spanish asks against an English SOW: excluded paid media, and a contracted redesign', () => {
    const out = classify(
      mail(
        'Hola equipo,\n\n¿podrían también gestionar nuestras campañas de Google Ads para la temporada de verano?\n\nUn saludo,\nLucía',
      ),
      ENGLISH_SOW,
    );
    expect(out.verdict).toBe('out_of_scope');
    expect(out.scopeRef).toBe('x2');
    const inside = classify(
      mail('Por favor, cambiad el botón de reserva en la pantalla de selección de habitación, es demasiado pequeño.'),
      ENGLISH_SOW,
    );
    expect(inside.verdict).toBe('in_scope');
  });

  it('a status question is no request, in Portuguese and Italian', () => {
    expect(classify(mail('Oi pessoal, como está o andamento dos testes A/B? Obrigada!'), ENGLISH_SOW).verdict).toBe(
      'no_request',
    );
    expect(classify(mail('Buongiorno, a che punto siamo con il redesign? Grazie mille.'), ENGLISH_SOW).verdict).toBe(
      'no_request',
    );
  });

  it('French and Dutch asks for new work the SOW never mentions are out of scope', () => {
    expect(
      classify(mail('Pourriez-vous aussi organiser un shooting photo de nos chambres à Málaga ?'), ENGLISH_SOW).verdict,
    ).toBe('out_of_scope');
    expect(classify(mail('Kunnen jullie ook onze advertenties op Meta en Google beheren?'), ENGLISH_SOW).scopeRef).toBe(
      'x2',
    );
  });
});
