// The engine's data files, read through these functions and never imported directly: the learned
// weights, the taxonomy of agency work with its phrase index, and each language's lexicon. Here (Node
// tools, tests) they are JSON imports. The extension's build swaps this module for tables.lazy.ts
// (wxt.config.ts), which ships the same files in pieces of JSON text and parses each on its first
// read: they are 1.5 MB of the service worker's script, and parsing them at its start made that
// start one task of 70-100 ms of CPU that every message waited behind; the engine's warm-up parses
// them a piece per step (parseTables).
import weights from './weights.json';
import agencyWork from './taxonomy/agency-work.json';
import phraseIndex from './taxonomy/phrase-index.json';
import de from './languages/de.json';
import es from './languages/es.json';
import fr from './languages/fr.json';
import it from './languages/it.json';
import nl from './languages/nl.json';
import pt from './languages/pt.json';
import pl from './languages/pl.json';
import sv from './languages/sv.json';
import da from './languages/da.json';
import fi from './languages/fi.json';

const LEXICONS = { de, fr, es, nl, it, pt, pl, sv, da, fi };
/** The languages with a lexicon (languages/<code>.json); lib/scope/languages lists the ones read. */
export type LexiconLanguage = keyof typeof LEXICONS;

/** weights.json (checked by lib/scope/weights). */
export const weightsFile = (): unknown => weights;
/** taxonomy/agency-work.json. */
export const agencyWorkFile = (): unknown => agencyWork;
/** taxonomy/phrase-index.json. */
export const phraseIndexFile = (): unknown => phraseIndex;
/** languages/<language>.json. */
export const lexiconFile = (language: LexiconLanguage): unknown => LEXICONS[language];
/** Parses the files not parsed yet, in steps (the extension's tables.lazy.ts); here they are parsed already. */
export function* parseTables(): Generator<void, void, undefined> {}
