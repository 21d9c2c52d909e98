// tables.ts for the extension's build (wxt.config.ts swaps it in): the same files shipped as text and
// parsed on their first read, each once. Same exports; tests/lib/scope/tables.test.ts holds the two
// to the same contents.
import weights from './weights.json?raw';
import agencyWork from './taxonomy/agency-work.json?raw';
import phraseIndex from './taxonomy/phrase-index.json?raw';
import de from './languages/de.json?raw';
import es from './languages/es.json?raw';
import fr from './languages/fr.json?raw';
import it from './languages/it.json?raw';
import nl from './languages/nl.json?raw';
import pt from './languages/pt.json?raw';
import pl from './languages/pl.json?raw';
import sv from './languages/sv.json?raw';
import da from './languages/da.json?raw';
import fi from './languages/fi.json?raw';
import type { LexiconLanguage } from './tables';

export type { LexiconLanguage };

/** `text` parsed on the first call, the same value after. */
function parsedOnce(text: string): () => unknown {
  let value: unknown;
  let parsed = false;
  return () => {
    if (!parsed) {
      value = JSON.parse(text);
      parsed = true;
    }
    return value;
  };
}

const LEXICONS: Record<LexiconLanguage, () => unknown> = {
  de: parsedOnce(de),
  fr: parsedOnce(fr),
  es: parsedOnce(es),
  nl: parsedOnce(nl),
  it: parsedOnce(it),
  pt: parsedOnce(pt),
  pl: parsedOnce(pl),
  sv: parsedOnce(sv),
  da: parsedOnce(da),
  fi: parsedOnce(fi),
};

export const weightsFile = parsedOnce(weights);
export const agencyWorkFile = parsedOnce(agencyWork);
export const phraseIndexFile = parsedOnce(phraseIndex);
export const lexiconFile = (language: LexiconLanguage): unknown => LEXICONS[language]();
