// Edit the generated brief before it goes to the team. The text starts from `markdown`; give the
// component a new `key` (e.g. the brief number) to start over from freshly generated text.
import { useId, useState } from 'react';
import type { Audience } from '@/lib/insights/brief';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

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

const AUDIENCES = [
  { value: 'all', label: 'audienceAll' },
  { value: 'creative', label: 'audienceCreative' },
  { value: 'dev', label: 'audienceDev' },
  { value: 'analytics', label: 'audienceAnalytics' },
] as const satisfies { value: Audience; label: MessageKey }[];

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
          <label htmlFor={`${id}-aud`}>{t('briefFor')} </label>
          <select id={`${id}-aud`} value={audience} onChange={(e) => onAudienceChange(e.target.value as Audience)}>
            {AUDIENCES.map((a) => (
              <option key={a.value} value={a.value}>
                {t(a.label)}
              </option>
            ))}
          </select>
        </div>
      )}
      <label htmlFor={`${id}-text`}>{t('briefMarkdown', { number })}</label>
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
        <Button data-testid="brief-copy" onClick={() => onCopy(text)} disabled={empty}>
          {t('coCopyMarkdown')}
        </Button>
        <Button kind="primary" data-testid="brief-save" onClick={() => onSave(text)} disabled={empty || busy}>
          {t('briefSave', { number })}
        </Button>
      </div>
      <p role="status" aria-live="polite" style={{ minHeight: '1.4em', margin: 0 }}>
        {status ?? ''}
      </p>
    </div>
  );
}
