// The context an ask is judged in: its own words, its neighbours, the subject and the whole message.
import { addTokenFeatures, raise, type Features } from './features';
import type { ItemScore, ScopeModel } from './model';
import type { Unit } from './sentences';
import type { Token } from './tokens';

/** The tokens inside a unit, found by binary search in the message's single token list. */
export function tokensOf(tokens: Token[], unit: { start: number; end: number }): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < unit.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && (tokens[end]?.end ?? 0) <= unit.end) end++;
  return tokens.slice(lo, end);
}

export interface MessageParts {
  units: Unit[];
  tokens: Token[];
  subjectFeatures: Features;
  messageFeatures: Features;
  messageScores: ItemScore[];
  ticketFeatures: Features | null;
}

/** Core: the ask's own words (and, for a ticket, the ticket); extra: what the ask adds to the whole message. */
export function askFeatures(unit: Unit, parts: MessageParts, model: ScopeModel) {
  const { units, tokens } = parts;
  const core: Features = new Map(parts.ticketFeatures ?? []);
  const allowed = model.allowedMembers;
  for (const [f, w] of parts.subjectFeatures) raise(core, f, w);
  const index = units.indexOf(unit);
  for (let k = index + 1; k < units.length && units[k]?.isListItem; k++)
    addTokenFeatures(core, tokensOf(tokens, units[k]!), 0.6, allowed);
  const unitFeatures = addTokenFeatures(new Map(), tokensOf(tokens, unit), 1, allowed);
  for (const [f, w] of unitFeatures) raise(core, f, w);
  // The full context is the whole message (scored once) plus what the ask and its neighbour add:
  // the core merged with the previous sentence, in that key order, less the message's weights.
  const prev = units[index - 1];
  const before = prev && !prev.isListItem ? addTokenFeatures(new Map(), tokensOf(tokens, prev), 0.6) : null;
  const extra: Features = new Map();
  for (const [f, w] of core) addGain(extra, f, Math.max(w, before?.get(f) ?? 0), parts.messageFeatures);
  if (before) for (const [f, w] of before) if (!core.has(f)) addGain(extra, f, w, parts.messageFeatures);
  return { core, extra, unitFeatures };
}

/** Records what weight `w` of feature `f` adds over the message-wide weight, if anything. */
function addGain(extra: Features, f: string, w: number, message: Features): void {
  const gain = w - (message.get(f) ?? 0);
  if (gain > 0) extra.set(f, gain);
}

// Kinds of work that are deliverables in their own right (not channels or context words).
const WORK_CONCEPTS = new Set([
  '#presentation',
  '#packaging',
  '#signage',
  '#analytics',
  '#email',
  '#merch',
  '#illustration',
  '#photo',
  '#shoot',
  '#copy',
  '#language',
  '#moreVideos',
  '#loyalty',
  '#landing',
  '#pr',
  '#legal',
  '#print',
  '#socialFeature',
  '#platform',
  '#wearable',
  '#integration',
  '#sourceFiles',
  '#broadcast',
  '#influencer',
  '#crisis',
  '#print_collateral',
  '#podcast',
  '#naming',
  '#research',
  '#chatbot',
  '#accessibility',
]);

export function novelConcepts(unitFeatures: Features, model: ScopeModel): string[] {
  // `postings` holds every feature of every item: no posting means no item mentions it.
  return [...unitFeatures.keys()].filter((f) => WORK_CONCEPTS.has(f) && !model.postings.has(f));
}
