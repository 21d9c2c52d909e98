// Board cards judged from their titles alone: which tickets make cards, what a card's text is, and
// how the card figures count (a sure Out of scope, a sure In scope, or Check).
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/scope/analyse';
import type { CorpusMessage } from '@/lib/scope/corpus';
import { evaluateCards, isCardTicket, predictCards, titleView, type Prediction } from '@/lib/scope/evaluate';
import type { ScopeResult } from '@/lib/scope/types';
import { BRAND_SCOPE } from './helpers';

const ticket = (
  id: string,
  subject: string,
  scope: 'out_of_scope' | 'in_scope' | 'no_request',
  scopeRef: string | null = null,
): CorpusMessage => ({
  id,
  projectId: 'p',
  channel: 'ticket',
  from: 'Pat <pat@client.example>',
  subject,
  body: `${subject}\n\nMore detail the card does not show.`,
  labels: { scope, scopeRef, upsell: false, sentiment: 'neutral' },
});

describe('board cards', () => {
  it('makes a card of each ticket that asks for work (the training views), its title as subject and text', () => {
    const card = titleView(ticket('t1', '  Dutch   subtitles ', 'out_of_scope', 'x1'));
    expect(card).toMatchObject({ id: 't1#title', subject: 'Dutch subtitles', body: 'Dutch subtitles' });
    expect(isCardTicket(ticket('t2', 'Minutes of Tuesday', 'no_request'))).toBe(false);
    expect(isCardTicket({ ...ticket('t3', 'Logo', 'in_scope', 'd1'), channel: 'email' })).toBe(false);
    expect(isCardTicket(ticket('t4', '   ', 'in_scope', 'd1'))).toBe(false);
  });

  it('knows a ticket by its title alone from one with a description', () => {
    expect(analyse({ subject: 'Dutch subtitles', body: 'Dutch  subtitles', channel: 'ticket' }).titleOnly).toBe(true);
    expect(analyse({ subject: 'Dutch subtitles', body: '', channel: 'ticket' }).titleOnly).toBe(true);
    expect(
      analyse({ subject: 'Dutch subtitles', body: 'For the launch film, please.', channel: 'ticket' }).titleOnly,
    ).toBe(false);
    expect(analyse({ subject: 'Dutch subtitles', body: 'Dutch subtitles', channel: 'email' }).titleOnly).toBe(false);
  });

  it('judges each card as a board does and counts sure and unsure verdicts apart', () => {
    const messages = [
      ticket('a', 'Logo animation for the launch', 'out_of_scope', 'new'),
      ticket('b', 'Note', 'no_request'),
    ];
    const predictions = predictCards([{ id: 'p', scope: BRAND_SCOPE } as never], messages);
    // Notes make cards too: a board shows them, and they should read as notes.
    expect(predictions.map((p) => p.message.id)).toEqual(['a#title', 'b#title']);
    expect(['out_of_scope', 'in_scope']).toContain(predictions[0]!.result.verdict);

    const result = (verdict: ScopeResult['verdict'], unsure: boolean) => ({ verdict, unsure }) as ScopeResult;
    const judged: Prediction[] = [
      { message: ticket('o1', 'x', 'out_of_scope', 'x1'), result: result('out_of_scope', false) },
      { message: ticket('o2', 'x', 'out_of_scope', 'new'), result: result('out_of_scope', true) },
      { message: ticket('o3', 'x', 'out_of_scope', 'new'), result: result('out_of_scope', false) },
      { message: ticket('o4', 'x', 'out_of_scope', 'x2'), result: result('in_scope', false) },
      { message: ticket('i1', 'x', 'in_scope', 'd1'), result: result('in_scope', false) },
      { message: ticket('i2', 'x', 'in_scope', 'd1'), result: result('in_scope', true) },
      { message: ticket('i3', 'x', 'in_scope', 'd2'), result: result('out_of_scope', false) },
      { message: ticket('n1', 'x', 'no_request'), result: result('out_of_scope', false) },
      { message: ticket('n2', 'x', 'no_request'), result: result('no_request', false) },
      { message: ticket('o5', 'x', 'out_of_scope', 'new'), result: result('no_request', false) },
    ];
    expect(evaluateCards(judged)).toEqual({
      out: 5,
      outJudgedOut: 3,
      outSaysOut: 2,
      outNew: 3,
      outNewSaysOut: 1,
      in: 3,
      inSaysIn: 1,
      inSaysOut: 1,
      notes: 2,
      notesSayNote: 1,
      asksSayNote: 1,
    });
  });
});
