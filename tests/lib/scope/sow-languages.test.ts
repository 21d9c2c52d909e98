// SOWs written in German, French, Spanish, Dutch, Italian and Portuguese, in the style of each
// language's real contracts: a sectioned SOW (deliverables, exclusions, the client's part,
// assumptions, figures, dates) and an inline-list or prose SOW per language. The texts are small
// ones written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSow, parseSowDetailed } from '@/lib/scope';
import { languageOf } from '@/lib/scope/sow/lang';

const titles = (items: { title: string }[]) => items.map((i) => i.title);
const quantities = (items: { quantity: number | null }[]) => items.map((i) => i.quantity);

describe('German SOWs', () => {
  const sow = `ANGEBOT Nr. 2027-014 – Relaunch Karriereseite
Auftraggeber: Wendt Maschinenbau AG · Auftragnehmer: Nordlicht Digital GmbH

1. Ausgangslage
Die Karriereseite der Wendt Maschinenbau AG wird neu gestaltet.

2. Leistungsumfang
2.1 Konzeption: Sitemap und Wireframes für bis zu zwölf Seitentypen.
2.2 Design: Screendesign für Desktop und Mobil, zwei (2) Varianten der Startseite.
2.3 Umsetzung: Templates im bestehenden TYPO3 des Auftraggebers.
2.4 Stellenanzeigen-Schnittstelle: Anbindung an das Bewerbermanagement (Personio).

3. Mitwirkung des Auftraggebers
- Der Auftraggeber stellt Texte und Bildmaterial bis zum 15.03.2027 bereit.

4. Nicht im Leistungsumfang
- Texterstellung und Übersetzungen
- Fotoproduktion
- Hosting und Wartung nach dem Go-live

5. Korrekturschleifen
Je Seitentyp sind drei Korrekturschleifen enthalten.

6. Vergütung
Aufwand: 180 Stunden, Stundensatz 115,00 € zzgl. MwSt., gesamt 20.700,00 €.

7. Zeitplan
Vom 01.03.2027 bis 30.06.2027.`;

  it('reads the Leistungsumfang, the Nicht-im-Leistungsumfang list and the client part apart', () => {
    const s = parseSowDetailed(sow);
    expect(titles(s.scope.deliverables)).toEqual([
      'Konzeption',
      'Design',
      'Umsetzung',
      'Stellenanzeigen-Schnittstelle',
    ]);
    expect(quantities(s.scope.deliverables)).toEqual([12, 2, null, null]);
    expect(titles(s.scope.exclusions)).toEqual([
      'Texterstellung und Übersetzungen',
      'Fotoproduktion',
      'Hosting und Wartung nach dem Go-live',
    ]);
    expect(s.notes.map((n) => n.kind)).toEqual(['client']);
  });

  it('reads Korrekturschleifen, Stunden, a Stundensatz in 1.250,00 form and dotted dates', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 3,
      budgetHours: 180,
      hourlyRate: 115,
      currency: 'EUR',
      startDate: '2027-03-01',
      endDate: '2027-06-30',
    });
  });

  it('reads "Nicht enthalten sind: a, b und c" inline and Swiss francs with an apostrophe', () => {
    const s = parseSow(`Offerte – Imagefilm für die Bergbahnen Arosa

Leistungen
- Drehbuch und Storyboard
- Zwei Drehtage vor Ort
- Schnitt, Farbkorrektur und Tonmischung eines Films von 90 Sekunden

Nicht enthalten sind: Drohnenaufnahmen, Sprecher und Musiklizenzen.

Honorar: 96 Std. à CHF 1'200 pro Tag, Korrekturläufe: 2. Laufzeit 5. Mai 2027 bis 30. Juni 2027.`);
    expect(titles(s.exclusions)).toEqual(['Drohnenaufnahmen', 'Sprecher', 'Musiklizenzen']);
    expect(s.deliverables).toHaveLength(3);
    expect(s.revisionRounds).toBe(2);
    expect(s.budgetHours).toBe(96);
    expect(s.currency).toBe('CHF');
    expect([s.startDate, s.endDate]).toEqual(['2027-05-05', '2027-06-30']);
  });
});

describe('French SOWs', () => {
  const sow = `CONTRAT DE PRESTATIONS – Refonte de l'identité visuelle
Client : Fromagerie Bastide SAS · Prestataire : Atelier Lune SARL

Article 1 – Objet
Refonte de l'identité visuelle de la fromagerie.

Article 2 – Prestations incluses
a) Audit de marque : analyse de l'existant et de trois concurrents.
b) Logotype : deux pistes créatives, puis finalisation de la piste retenue.
c) Charte graphique : guide de 24 pages au format PDF.
d) Déclinaisons : jusqu'à 6 supports (carte de visite, papier à en-tête, étiquettes).

Article 3 – Hypothèses
Le client désigne un interlocuteur unique.

Article 4 – Prestations exclues
- Impression des supports
- Site internet
- Prises de vue photographiques

Article 5 – Honoraires
Forfait de 120 heures à 95 € HT de l'heure, soit 11 400 € HT. Deux allers-retours sont inclus par livrable.

Article 6 – Calendrier
Du 15 mars 2027 au 30 juin 2027.`;

  it('reads numbered Articles, Prestations incluses and Prestations exclues', () => {
    const s = parseSowDetailed(sow);
    expect(titles(s.scope.deliverables)).toEqual(['Audit de marque', 'Logotype', 'Charte graphique', 'Déclinaisons']);
    expect(quantities(s.scope.deliverables)).toEqual([3, 2, 24, 6]);
    expect(titles(s.scope.exclusions)).toEqual([
      'Impression des supports',
      'Site internet',
      'Prises de vue photographiques',
    ]);
    expect(s.notes.map((n) => n.kind)).toEqual(['assumptions']);
  });

  it('reads allers-retours, heures, € HT de l’heure, "1 250 €"-style sums and "15 mars 2027"', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 2,
      budgetHours: 120,
      hourlyRate: 95,
      currency: 'EUR',
      startDate: '2027-03-15',
      endDate: '2027-06-30',
    });
  });

  it('reads "sont exclus : a, b et c" inline and a taux horaire', () => {
    const s = parseSow(`Proposition – Campagne de lancement

Périmètre
1. Plan de communication
2. Quatre visuels pour les réseaux sociaux
3. Un communiqué de presse

Sont exclus : l'achat d'espace, la traduction et les frais d'impression.

Budget : 60 heures au taux horaire de 85 €, soit 5 100 €. Trois tours de corrections.`);
    expect(titles(s.exclusions)).toEqual(["Achat d'espace", 'Traduction', "Frais d'impression"]);
    expect(quantities(s.deliverables)).toEqual([null, 4, 1]);
    expect(s.hourlyRate).toBe(85);
    expect(s.budgetHours).toBe(60);
    expect(s.revisionRounds).toBe(3);
  });
});

describe('Spanish SOWs', () => {
  const sow = `PROPUESTA DE SERVICIOS – Tienda online Olivares del Sur

1. Alcance
1.1 Diseño UX/UI: hasta 15 plantillas en Figma.
1.2 Desarrollo: tienda en Shopify con dos (2) idiomas.
1.3 Migración: importación de 400 productos desde el sistema actual.

2. Responsabilidades del cliente
El cliente proporcionará fotografías y textos de producto.

3. Fuera del alcance
- Redacción de textos
- Campañas de publicidad pagada
- Integración con el ERP

4. Honorarios
320 horas a 65,00 € por hora (20.800,00 € más IVA). Se incluyen dos rondas de cambios por entregable.

5. Cronograma
Del 15 de marzo de 2027 al 30 de julio de 2027.`;

  it('reads Alcance, Fuera del alcance and the client part', () => {
    const s = parseSowDetailed(sow);
    expect(titles(s.scope.deliverables)).toEqual(['Diseño UX/UI', 'Desarrollo', 'Migración']);
    expect(quantities(s.scope.deliverables)).toEqual([15, 2, 400]);
    expect(titles(s.scope.exclusions)).toEqual([
      'Redacción de textos',
      'Campañas de publicidad pagada',
      'Integración con el ERP',
    ]);
    expect(s.notes.map((n) => n.kind)).toEqual(['client']);
  });

  it('reads rondas de cambios, horas, € por hora and "15 de marzo de 2027"', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 2,
      budgetHours: 320,
      hourlyRate: 65,
      currency: 'EUR',
      startDate: '2027-03-15',
      endDate: '2027-07-30',
    });
  });

  it('reads "quedan excluidos a, b y c" inline and a tarifa por hora', () => {
    const s = parseSow(`Orden de trabajo – Video corporativo

Entregables
- Guion
- Un día de rodaje
- Edición de un video de 2 minutos

Quedan excluidos los actores, la música con licencia y los subtítulos.

Tarifa por hora: USD 90. Total estimado: 80 horas. Una (1) ronda de revisión.`);
    expect(titles(s.exclusions)).toEqual(['Actores', 'Música con licencia', 'Subtítulos']);
    expect(s.hourlyRate).toBe(90);
    expect(s.budgetHours).toBe(80);
    expect(s.currency).toBe('USD');
    expect(s.revisionRounds).toBe(1);
  });
});

describe('Dutch SOWs', () => {
  const sow = `OFFERTE – Nieuwe website Stichting Duinzicht
Opdrachtgever: Stichting Duinzicht · Opdrachtnemer: Webbureau Kade B.V.

Artikel 1 – Werkzaamheden
1.1 Ontwerp: maximaal 8 paginatemplates.
1.2 Bouw in WordPress, inclusief twee formulieren.
1.3 Contentmigratie van 120 pagina's.

Artikel 2 – Uitgangspunten
2.1 De opdrachtgever levert alle teksten aan.

Artikel 3 – Valt buiten de opdracht
3.1 Fotografie
3.2 Zoekmachineoptimalisatie
3.3 Hosting

Artikel 4 – Vergoeding
200 uur tegen een uurtarief van € 95,- exclusief btw. Per template zijn twee correctierondes inbegrepen.

Artikel 5 – Planning
Van 1 april 2027 tot en met 15 juli 2027.`;

  it('reads numbered Artikelen, Werkzaamheden and Valt buiten de opdracht', () => {
    const s = parseSowDetailed(sow);
    // As "Migration of 120 pages" keeps its count, so does "Contentmigratie van 120 pagina's".
    expect(titles(s.scope.deliverables)).toEqual(['Ontwerp', 'Bouw in WordPress', "Contentmigratie van 120 pagina's"]);
    expect(quantities(s.scope.deliverables)).toEqual([8, 2, 120]);
    expect(titles(s.scope.exclusions)).toEqual(['Fotografie', 'Zoekmachineoptimalisatie', 'Hosting']);
    expect(s.notes.map((n) => n.kind)).toEqual(['assumptions']);
  });

  it('reads correctierondes, uur, an uurtarief in "€ 95,-" form and "1 april 2027 tot en met ..."', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 2,
      budgetHours: 200,
      hourlyRate: 95,
      currency: 'EUR',
      startDate: '2027-04-01',
      endDate: '2027-07-15',
    });
  });

  it('reads "Niet inbegrepen: a, b of c" inline without splitting English "of"', () => {
    const s = parseSow(`Opdrachtbevestiging – Jaarverslag 2026

Wat we doen
- Opmaak van het jaarverslag (tot 40 pagina's)
- Drie infographics

Niet inbegrepen: drukwerk, vertalingen of fotografie.

Budget: 70 uur à € 88 per uur. Twee revisierondes.`);
    expect(titles(s.exclusions)).toEqual(['Drukwerk', 'Vertalingen', 'Fotografie']);
    expect(quantities(s.deliverables)).toEqual([40, 3]);
    expect(s.hourlyRate).toBe(88);
    expect(s.revisionRounds).toBe(2);
  });
});

describe('Italian SOWs', () => {
  const sow = `PREVENTIVO – Campagna social primavera 2027

1. Attività previste
- Piano editoriale trimestrale
- Fino a 36 post per Instagram e Facebook
- Due video brevi per Reels

2. Esclusi
- Sponsorizzazioni a pagamento
- Shooting fotografico
- Gestione della community nei fine settimana

3. Compenso
150 ore, tariffa oraria 70 € + IVA. Sono previsti due giri di revisione per ogni contenuto.

4. Tempistiche
Dal 1 marzo 2027 al 31 maggio 2027.`;

  it('reads Attività previste and Esclusi', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Piano editoriale trimestrale', 'Fino a 36 post', 'Due video brevi']);
    expect(quantities(s.deliverables)).toEqual([null, 36, 2]);
    expect(titles(s.exclusions)).toEqual([
      'Sponsorizzazioni a pagamento',
      'Shooting fotografico',
      'Gestione della community nei fine settimana',
    ]);
  });

  it('reads giri di revisione, ore, a tariffa oraria and "1 marzo 2027"', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 2,
      budgetHours: 150,
      hourlyRate: 70,
      currency: 'EUR',
      startDate: '2027-03-01',
      endDate: '2027-05-31',
    });
  });

  it('reads a prose accordo: what the studio will make, and "esclusi: a, b e c"', () => {
    const s = parseSow(`Lettera di incarico

Con la presente lettera lo Studio Arco si impegna a curare il nuovo catalogo della Cantina Ferri. Lo Studio progetterà la griglia e la copertina del catalogo. In seguito impaginerà 48 pagine con le schede dei vini. Sono esclusi: la stampa, le traduzioni e la fotografia delle bottiglie.

Il compenso è di 4.800 euro per 60 ore di lavoro, con un giro di revisione.`);
    expect(s.deliverables.length).toBe(2);
    expect(s.deliverables[1]!.quantity).toBe(48);
    expect(titles(s.exclusions)).toEqual(['Stampa', 'Traduzioni', 'Fotografia delle bottiglie']);
    expect(s.budgetHours).toBe(60);
    expect(s.hourlyRate).toBe(80);
    expect(s.revisionRounds).toBe(1);
  });
});

describe('Portuguese SOWs', () => {
  const sow = `PROPOSTA COMERCIAL – Identidade visual Café Serra Alta

1. Escopo
1.1 Pesquisa de referências e conceito.
1.2 Logotipo: até 3 propostas.
1.3 Manual da marca com 30 páginas.
1.4 Aplicações: duas embalagens de café.

2. Premissas
2.1 O cliente fornecerá as informações técnicas das embalagens.

3. Fora do escopo
3.1 Impressão das embalagens
3.2 Fotografia de produto
3.3 Registro da marca no INPI

4. Investimento
80 horas a R$ 150,00 por hora, total de R$ 12.000,00. Estão incluídas duas rodadas de ajustes.

5. Cronograma
De 3 de maio de 2027 a 30 de junho de 2027.`;

  it('reads Escopo, Premissas and Fora do escopo', () => {
    const s = parseSowDetailed(sow);
    expect(titles(s.scope.deliverables)).toEqual([
      'Pesquisa de referências e conceito',
      'Logotipo',
      'Manual da marca com 30 páginas',
      'Aplicações',
    ]);
    expect(quantities(s.scope.deliverables)).toEqual([null, 3, 30, 2]);
    expect(titles(s.scope.exclusions)).toEqual([
      'Impressão das embalagens',
      'Fotografia de produto',
      'Registro da marca no INPI',
    ]);
    expect(s.notes.map((n) => n.kind)).toEqual(['assumptions']);
  });

  it('reads rodadas de ajustes, horas, R$ 150,00 por hora and "3 de maio de 2027"', () => {
    expect(parseSow(sow)).toMatchObject({
      revisionRounds: 2,
      budgetHours: 80,
      hourlyRate: 150,
      currency: 'BRL',
      startDate: '2027-05-03',
      endDate: '2027-06-30',
    });
  });

  it('reads "não estão incluídos: a, b e c" inline and a valor hora', () => {
    const s = parseSow(`Orçamento – Site institucional

Entregas
- Arquitetura de informação
- Layout de 5 páginas
- Desenvolvimento em WordPress

Não estão incluídos: hospedagem, redação de textos e tradução.

Valor hora: R$ 180. Estimativa de 90 horas. Duas rodadas de alterações.`);
    expect(titles(s.exclusions)).toEqual(['Hospedagem', 'Redação de textos', 'Tradução']);
    expect(s.hourlyRate).toBe(180);
    expect(s.budgetHours).toBe(90);
    expect(s.currency).toBe('BRL');
    expect(s.revisionRounds).toBe(2);
  });
});

describe('the SOW language', () => {
  it('is told by its function words; an English SOW for a foreign client stays English', () => {
    expect(
      languageOf(
        'Der Auftragnehmer erstellt die Konzeption und das Design für die Website des Auftraggebers und die App.',
      ),
    ).toBe('de');
    expect(
      languageOf('De opdrachtnemer levert het ontwerp van de website en de app voor de gemeente, met twee rondes.'),
    ).toBe('nl');
    expect(
      languageOf(
        'The agency will design the booking funnel for Hoteles Marisal in Málaga and test it with guests in Spanish.',
      ),
    ).toBe('en');
  });
});
