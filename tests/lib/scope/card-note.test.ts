// A board card is work unless its title is plainly a note: the learned card-note model, and the
// hand markers it falls back on without one.
import { describe, expect, it } from 'vitest';
import { analyse, cardInput } from '@/lib/scope/analyse';
import { isNoteCard } from '@/lib/scope/card-note';
import { classify, scoreAsks } from '@/lib/scope/classify';
import { weights } from '@/lib/scope/weights';
import { BRAND_SCOPE } from './helpers';

const WEIGHTS = weights();

const card = (title: string) => ({ id: 'c', projectId: 'p', from: 'Pat', ...cardInput(title) });
const verdictOf = (title: string) => classify(card(title), BRAND_SCOPE, { workItem: true }).verdict;

describe('card notes', () => {
  it('falls back on the hand markers without a trained model', () => {
    const untrained = { bias: 0, w: {} };
    const note = (title: string) => {
      const a = analyse(card(title));
      return isNoteCard(a, scoreAsks(a, WEIGHTS).logits, untrained);
    };
    expect(note('Minutes of Tuesday')).toBe(true);
    expect(note('Status?')).toBe(true);
    expect(note('Homepage hero banner')).toBe(false);
  });

  it('reads the trained weights: notes are No ask, everything else is judged', () => {
    expect(WEIGHTS.cardNote.bias).not.toBe(0);
    for (const title of [
      'Meeting notes 12 Nov',
      'FYI: logo files uploaded',
      'Blocked: image rights for the panels',
      'Waiting on client: brand guidelines',
      'Minutes from the kickoff call',
    ])
      expect(verdictOf(title), title).toBe('no_request');
    // Words the hand markers took for notes ("update", "sync", "call", a closing "?") in work items.
    for (const title of ['Update the pricing table copy', 'Mailchimp sync for the newsletter list', 'Dutch version?'])
      expect(verdictOf(title), title).not.toBe('no_request');
  });

  it('judges a ticket known only by its title as a card, wherever it is read (a ticket page, the corpus)', () => {
    const ticket = (subject: string) => ({
      id: 't',
      projectId: 'p',
      from: 'Pat',
      channel: 'ticket' as const,
      subject,
      body: '',
    });
    // Read as a message, not from a board: an empty description leaves the title to say what is asked.
    expect(classify(ticket('Product photography for the 4 tins'), BRAND_SCOPE).verdict).toBe('out_of_scope');
    expect(classify(ticket('Logo suite - dark background variant'), BRAND_SCOPE).verdict).not.toBe('no_request');
    expect(classify(ticket('Meeting notes 12 Nov'), BRAND_SCOPE).verdict).toBe('no_request');
  });
});
