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
import { parsePieces, type Pieces } from './pieces';
import { stepwise, type Stepwise } from './stepwise';

export type { LexiconLanguage };

type TableName = 'weights' | 'agencyWork' | 'phraseIndex' | LexiconLanguage;

/** A file's value, parsed at once on its first read or a piece per step by parseTables. */
const parsed = (pieces: Pieces): Stepwise<unknown> => stepwise(() => parsePieces(pieces));

const TABLES: Record<TableName, Stepwise<unknown>> = {
  weights: parsed(weights),
  agencyWork: parsed(agencyWork),
  phraseIndex: parsed(phraseIndex),
  de: parsed(de),
  fr: parsed(fr),
  es: parsed(es),
  nl: parsed(nl),
  it: parsed(it),
  pt: parsed(pt),
  pl: parsed(pl),
  sv: parsed(sv),
  da: parsed(da),
  fi: parsed(fi),
};

export const weightsFile = (): unknown => TABLES.weights.get();
export const agencyWorkFile = (): unknown => TABLES.agencyWork.get();
export const phraseIndexFile = (): unknown => TABLES.phraseIndex.get();
export const lexiconFile = (language: LexiconLanguage): unknown => TABLES[language].get();

/** Parses every file not parsed yet, one piece per step. */
export function* parseTables(): Generator<void, void, undefined> {
  for (const table of Object.values(TABLES)) yield* table.steps();
}
