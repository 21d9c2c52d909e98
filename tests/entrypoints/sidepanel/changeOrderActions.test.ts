import { copyText } from '@/entrypoints/sidepanel/clipboard';
import { uncoveredAsks } from '@/lib/asks/verdict';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transition } from '@/lib/changeorders';
import { closeAndDeleteDbForTests, getRecord, putRecord } from '@/lib/db';
import {
  absorbAsk,
  draftChangeOrder,
  insertIntoReply,
  moveOrder,
  openPrintable,
  saveOrder,
} from '@/entrypoints/sidepanel/changeOrderActions';
import { AT, draft, project, request } from '../../factories/changeOrderProject';

afterEach(closeAndDeleteDbForTests);

describe('change-order glue: drafting and saving', () => {
  it('drafts with the next free number, taken for good only once saved', async () => {
    const ask = await putRecord('requests', request());
    const first = await draftChangeOrder(project(), [ask], new Date(AT));
    expect(first).toMatchObject({ number: 1, status: 'draft', requestIds: [ask.id], expiresOn: '2026-12-28' });
    expect((await draftChangeOrder(project(), [ask])).number).toBe(1); // nothing saved yet
    const saved = await saveOrder(first);
    expect(saved.ok).toBe(true);
    expect((await draftChangeOrder(project(), [ask])).number).toBe(2);
    expect((await getRecord('requests', ask.id))?.changeOrderId).toBe(first.id);
  });

  it('names the bad field instead of throwing', async () => {
    const r = await saveOrder(draft({ title: '  ' }));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not saved: changeOrders\.title/) });
  });

  it('saves the on-screen edits with a status move and stamps it', async () => {
    const saved = await saveOrder(draft());
    if (!saved.ok) throw new Error(saved.error);
    const sent = await moveOrder({ ...saved.co, title: 'Blog section, 3 templates' }, 'sent', 'emailed');
    if (!sent.ok) throw new Error(sent.error);
    const stored = await getRecord('changeOrders', saved.co.id);
    expect(stored).toMatchObject({ status: 'sent', title: 'Blog section, 3 templates' });
    expect(stored?.history.at(-1)).toMatchObject({ status: 'sent', note: 'emailed' });
  });

  it('explains an illegal move and a locked order in one sentence', async () => {
    const saved = await saveOrder(draft());
    if (!saved.ok) throw new Error(saved.error);
    expect(await moveOrder(saved.co, 'approved')).toEqual({
      ok: false,
      error: expect.stringMatching(/only go to sent/),
    });
    const approved = await saveOrder(transition(transition(saved.co, 'sent', AT), 'approved', AT));
    if (!approved.ok) throw new Error(approved.error);
    const edit = await saveOrder({ ...approved.co, title: 'Changed after approval' });
    expect(edit).toEqual({ ok: false, error: expect.stringMatching(/locked: revise it/) });
  });

  it('keeps only asks that no change order or absorbed entry covers', () => {
    const open = request();
    const covered = request({ changeOrderId: crypto.randomUUID() });
    const absorbed = request({ absorbed: { valueCents: 100, note: '', at: AT } });
    expect(uncoveredAsks([open, covered, absorbed])).toEqual([open]);
  });

  it('records an ask as absorbed work, or says why not', async () => {
    const ask = await putRecord('requests', request());
    expect(await absorbAsk(ask, 60_000, ' goodwill ')).toBeNull();
    expect((await getRecord('requests', ask.id))?.absorbed).toMatchObject({ valueCents: 60_000, note: 'goodwill' });
    expect(await absorbAsk(ask, -1, '')).toMatch(/non-negative/);
  });
});

describe('change-order glue: outputs', () => {
  it('reports what compose:insert answered, and never claims an insert that did not happen', async () => {
    const send = vi.fn();
    send.mockResolvedValueOnce({ ok: true, data: { inserted: true, reason: null } });
    expect(await insertIntoReply(7, 'CO-001', send)).toEqual({
      ok: true,
      message: expect.stringMatching(/^Inserted into the open reply\. Nothing was sent/),
    });
    expect(send).toHaveBeenCalledWith(7, 'compose:insert', { text: 'CO-001' });
    send.mockResolvedValueOnce({ ok: true, data: { inserted: false, reason: 'No open reply or compose box.' } });
    expect(await insertIntoReply(7, 'x', send)).toEqual({
      ok: false,
      message: 'Not inserted: No open reply or compose box.',
    });
    send.mockResolvedValueOnce({ ok: false, error: 'This tab has no Scopekeeper content script.' });
    expect((await insertIntoReply(7, 'x', send)).message).toMatch(/^Not inserted: This tab has no/);
    expect((await insertIntoReply(null, 'x', send)).ok).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('copies to the clipboard or says how to fix it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyText('# CO-001', 'Markdown', { writeText })).toEqual({
      ok: true,
      message: 'Markdown copied to the clipboard.',
    });
    expect(writeText).toHaveBeenCalledWith('# CO-001');
    const denied = { writeText: vi.fn().mockRejectedValue(new Error('Document is not focused.')) };
    expect((await copyText('x', 'Markdown', denied)).message).toMatch(/not focused.*Click into the panel/);
  });

  it('opens the printable HTML as a Blob URL in a new tab', async () => {
    const made = vi.spyOn(URL, 'createObjectURL');
    const open = vi.fn().mockReturnValue({});
    expect(openPrintable('<!doctype html><title>CO-001</title>', open).ok).toBe(true);
    const [url, target] = open.mock.calls[0] as [string, string];
    expect(url).toMatch(/^blob:/);
    expect(target).toBe('_blank');
    const blob = made.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('text/html');
    expect(await blob.text()).toContain('<title>CO-001</title>');
    made.mockRestore();
    expect(openPrintable('<p>x</p>', () => null)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/pop-ups/),
    });
  });
});
