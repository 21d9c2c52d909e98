import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/scope';

describe('cleanText', () => {
  it('drops an "On ... wrote:" quoted reply and its > lines', () => {
    const body =
      'Approved, go ahead!\n\nOn Fri, Aug 14, 2026 at 5:51 PM Nate <nate@x.com> wrote:\n> Could you confirm sign-off?\n> Thanks';
    expect(cleanText(body)).toBe('Approved, go ahead!');
  });

  it('drops an Outlook original message block', () => {
    const body =
      'Please add the FAQ page.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\nCan you send the files?';
    expect(cleanText(body)).toBe('Please add the FAQ page.');
  });

  it('drops Outlook "From: / Sent:" headers without a marker line', () => {
    const body =
      'Looks good.\n\nFrom: Ann Lee <ann@agency.com>\nSent: Monday, 3 May 2027 10:00\nSubject: Draft\nPlease review the draft.';
    expect(cleanText(body)).toBe('Looks good.');
  });

  it('keeps forwarded content but drops the forwarded headers', () => {
    const body =
      'FYI below.\n\n---------- Forwarded message ---------\nFrom: Gail <g@x.com>\nDate: Fri, Aug 21, 2026\nSubject: Budget\nTo: Dana\n\nWe have budget for phase 2.';
    const cleaned = cleanText(body);
    expect(cleaned).toContain('We have budget for phase 2.');
    expect(cleaned).not.toMatch(/^From:|^Subject:/m);
  });

  it('drops signatures, mobile footers and legal disclaimers', () => {
    const body = [
      'Can you also send the SVG files?',
      '',
      'Thanks,',
      'Anouk Bakker',
      'Marketing | Brouwerij B.V. | T +31 30 555 0192',
      '',
      'Sent from my iPhone',
      'This email and any attachments are confidential and intended solely for the addressee.',
    ].join('\n');
    expect(cleanText(body)).toBe('Can you also send the SVG files?');
  });

  it('drops everything after a "--" signature delimiter', () => {
    expect(cleanText('Please fix the typo.\n--\nDana Whitfield\nHead of E-commerce')).toBe('Please fix the typo.');
  });

  it('turns HTML remnants into text', () => {
    expect(cleanText('<div>Please add the <b>FAQ</b> page&nbsp;too</div>')).toContain('Please add the FAQ page too');
  });

  // Each line pattern is tried only on lines whose first character it can start with.
  it.each([
    ['Please add the map.\n\nop ma 3 jan. 2027 om 10:00 schreef Piet <p@x.nl>:\n> oud', 'Please add the map.'],
    ['Please add the map.\n\nLE 3 janv. 2027, Marie a écrit :\n> ancien', 'Please add the map.'],
    ['Please add the map.\n\nAm 3. Jan. 2027 schrieb Jo <j@x.de>:\nalt', 'Please add the map.'],
    ['Please add the map.\n\nEl 3 ene 2027, Ana escribió:\n> viejo', 'Please add the map.'],
    ['Please add the map.\nEnvoyé de mon iPhone', 'Please add the map.'],
    ['Please add the map.\nverstuurd vanaf mijn telefoon', 'Please add the map.'],
    ['Please add the map.\nGet Outlook for iOS', 'Please add the map.'],
    [
      'Please add the map.\n\nBegin forwarded message:\nFROM: Ann\nTo: Bo\n\nOld news.',
      'Please add the map.\n\nOld news.',
    ],
  ])('reads the header and footer lines of %j', (body, text) => {
    expect(cleanText(body)).toBe(text);
  });
});
