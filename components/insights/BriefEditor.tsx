// Edit the generated brief before it goes to the team. The text starts from `markdown`; give the
// component a new `key` (e.g. the brief number) to start over from freshly generated text.
import { useId, useState } from 'react';
import type { Audience } from '@/lib/insights/brief';

export interface BriefEditorProps {
  markdown: string;
  number: number;
  audience: Audience;
  /** Regenerate for another audience; the select is hidden without it. */
  onAudienceChange?: (audience: Audience) => void;
  onCopy: (markdown: string) => void;
  onSave: (markdown: string) => void;
  /** Announced politely: "Copied", "Saved as brief 3", an error... */
  status?: string | null;
  busy?: boolean;
}

const AUDIENCES: { value: Audience; label: string }[] = [
  { value: 'all', label: 'Whole team' },
  { value: 'creative', label: 'Creative' },
  { value: 'dev', label: 'Dev' },
  { value: 'analytics', label: 'Analytics' },
];

export function BriefEditor({
  markdown,
  number,
  audience,
  onAudienceChange,
  onCopy,
  onSave,
  status,
  busy,
}: BriefEditorProps) {
  const id = useId();
  const [text, setText] = useState(markdown);
  const empty = text.trim() === '';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {onAudienceChange && (
        <div>
          <label htmlFor={`${id}-aud`}>Brief for </label>
          <select id={`${id}-aud`} value={audience} onChange={(e) => onAudienceChange(e.target.value as Audience)}>
            {AUDIENCES.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <label htmlFor={`${id}-text`}>Brief {number} (Markdown)</label>
      <textarea
        id={`${id}-text`}
        data-testid="brief-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={18}
        spellCheck
        style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'ui-monospace, monospace', fontSize: 13 }}
      />
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" data-testid="brief-copy" onClick={() => onCopy(text)} disabled={empty}>
          Copy Markdown
        </button>
        <button type="button" data-testid="brief-save" onClick={() => onSave(text)} disabled={empty || busy}>
          Save brief {number}
        </button>
      </div>
      <p role="status" aria-live="polite" style={{ minHeight: '1.4em', margin: 0 }}>
        {status ?? ''}
      </p>
    </div>
  );
}
