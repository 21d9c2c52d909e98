// tables.ts for the extension's build (wxt.config.ts swaps it in): the same files shipped in pieces
// of JSON text (lazy-tables.ts), each parsed on its first read, or piece by piece by parseTables (the
// engine's warm-up); once either way. Same exports; tests/lib/scope/tables.test.ts holds the two to
// the same contents.
import weights from './weights.json?pieces';
import agencyWork from './taxonomy/agency-work.json?pieces';
import phraseIndex from './taxonomy/phrase-index.json?pieces';
import de from './languages/de.json?pieces';
import es from './languages/es.json?pieces';
import fr from './languages/fr.json?pieces';
import it from './languages/it.json?pieces';
import nl from './languages/nl.json?pieces';
import pt from './languages/pt.json?pieces';
import pl from './languages/pl.json?pieces';
import sv from './languages/sv.json?pieces';
import da from './languages/da.json?pieces';
import fi from './languages/fi.json?pieces';
import type { LexiconLanguage } from './tables';
import { parsePieces } from './pieces';
import { stepwise, type Stepwise } from './stepwise';

export type { LexiconLanguage };

type TableName = 'weights' | 'agencyWork' | 'phraseIndex' | LexiconLanguage;

const TABLES: Record<TableName, Stepwise<unknown>> = {
  weights: stepwise(() => parsePieces(weights)),
  agencyWork: stepwise(() => parsePieces(agencyWork)),
  phraseIndex: stepwise(() => parsePieces(phraseIndex)),
  de: stepwise(() => parsePieces(de)),
  fr: stepwise(() => parsePieces(fr)),
  es: stepwise(() => parsePieces(es)),
  nl: stepwise(() => parsePieces(nl)),
  it: stepwise(() => parsePieces(it)),
  pt: stepwise(() => parsePieces(pt)),
  pl: stepwise(() => parsePieces(pl)),
  sv: stepwise(() => parsePieces(sv)),
  da: stepwise(() => parsePieces(da)),
  fi: stepwise(() => parsePieces(fi)),
};

export const weightsFile = (): unknown => TABLES.weights.get();
export const agencyWorkFile = (): unknown => TABLES.agencyWork.get();
export const phraseIndexFile = (): unknown => TABLES.phraseIndex.get();
export const lexiconFile = (language: LexiconLanguage): unknown => TABLES[language].get();

/** Parses every file not parsed yet, one piece per step. */
export function* parseTables(): Generator<void, void, undefined> {
  for (const table of Object.values(TABLES)) yield* table.steps();
}
