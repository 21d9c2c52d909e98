// The side panel's insights for one project: the open waits (edit, close, delete) and the team
// brief (generate from what happened since the last brief, edit, copy as Markdown, save numbered).
// The brief needs the project's whole history, so it is read when the AM asks for a brief, not on
// every open of the panel: the first screen reads only the open waits.
import { useMemo, useState } from 'react';
import { BriefEditor } from '@/components/insights/BriefEditor';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import { WaitList } from '@/components/insights/WaitList';
import { getRecord, listProjectOpenWaits, listRecords } from '@/lib/db';
import type { Brief, Project, Wait } from '@/lib/db/schemas';
import type { Audience } from '@/lib/insights/brief';
import type { BriefDraft } from '@/lib/insights/brief';
import { closeWaitById, deleteWait, editWait, saveBrief, snoozeWait } from '@/lib/insights/persist';
import { snoozeUntil } from '@/lib/reminders/today';
import { today } from '@/lib/dates/days';
import { openWaitsOf } from '@/lib/insights/waits';
import { copyText } from './clipboard';
import { useRead } from '@/lib/hooks/useRecords';
import { t } from '@/lib/i18n';

const NO_WAITS: Wait[] = [];

/** Keyed by project: a half-written brief must not follow the AM to another project's thread. */
/**
 * `waits`: the project's open waits as the container read them with the rest of the project view
 * (null while it reads); left out, this section reads them itself.
 */
export function InsightsSection({ project, waits }: { project: Project; waits?: Wait[] | null }) {
  return <ProjectInsights key={project.id} project={project} given={waits} />;
}

function ProjectInsights({ project, given }: { project: Project; given: Wait[] | null | undefined }) {
  const byProject = { projectId: project.id };
  // The open waits only (the database's view of them), never the project's closed ones.
  const own = given === undefined ? project.id : null;
  const read = useRead(own, () => listProjectOpenWaits(project.id), ['waits'], NO_WAITS);
  const waits = given ?? read.value;

  const [now] = useState(() => new Date());
  const open = useMemo(() => openWaitsOf(waits, now), [waits, now]);
  const [waitStatus, setWaitStatus] = useState<string | null>(null);
  const report = (p: Promise<string | null>) => void p.then(setWaitStatus);

  const [draft, setDraft] = useState<(BriefDraft & { key: number }) | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  // The brief just saved, until the store re-read brings it: the next draft must already count it.
  const [justSaved, setJustSaved] = useState<Brief | null>(null);

  const [reading, setReading] = useState(false);
  const generate = async (audience: Audience) => {
    setReading(true);
    try {
      const [client, feedback, changeOrders, requests, waitsAll, briefs] = await Promise.all([
        getRecord('clients', project.clientId),
        listRecords('feedback', byProject),
        listRecords('changeOrders', byProject),
        listRecords('requests', byProject),
        listRecords('waits', byProject),
        listRecords('briefs', { ...byProject, includeDeleted: true }),
      ]);
      // The brief writer loads with the first brief, not with the panel.
      const { draftBrief } = await import('@/lib/insights/brief');
      const known = briefs.some((b) => b.id === justSaved?.id);
      const all = justSaved && !known ? [...briefs, justSaved] : briefs;
      const next = draftBrief(
        { project, client, feedback, changeOrders, requests, waits: waitsAll, briefs: all },
        audience,
      );
      setDraft((d) => ({ ...next, key: (d?.key ?? 0) + 1 }));
      setStatus(null);
      setBusy(false);
      setSaved(false);
    } catch (err) {
      setStatus(t('briefReadFailed', { error: String(err) }));
    } finally {
      setReading(false);
    }
  };

  const save = async (markdown: string) => {
    if (!draft) return;
    setBusy(true);
    const r = await saveBrief(draft, markdown);
    if (r.ok) {
      setJustSaved(r.brief);
      setSaved(true);
      // Stay busy: saving the same text again would file it twice under the next number.
      setStatus(t('briefSavedNext', { note: r.note, next: r.brief.number + 1 }));
    } else {
      setBusy(false);
      setStatus(r.error);
    }
  };

  return (
    <div data-testid="insights">
      <Section id="waits" title={t('openWaitsHeading', { count: open.length })}>
        <WaitList
          waits={open}
          onEdit={(id, patch) => report(editWait(id, patch))}
          onClose={(id) => report(closeWaitById(id))}
          onDelete={(id) => report(deleteWait(id))}
          onSnooze={(id) => report(snoozeWait(id, snoozeUntil(today(), 7)))}
        />
        <Notice kind="error" text={waitStatus} />
      </Section>
      <Section id="brief" title={t('briefHeading')}>
        <p className="sk-hint" style={{ marginTop: 0 }}>
          {t('briefIntroText')}
        </p>
        <Button
          kind={draft ? 'secondary' : 'primary'}
          data-testid="brief-generate"
          disabled={reading}
          onClick={() => void generate(draft?.audience ?? 'all')}
        >
          {reading ? t('briefReading') : draft && !saved ? t('briefRestart') : t('briefNext')}
        </Button>
        {!draft && status && (
          <p role="alert" className="sk-error">
            {status}
          </p>
        )}
        {draft && (
          <BriefEditor
            key={draft.key}
            markdown={draft.markdown}
            number={draft.number}
            audience={draft.audience}
            onAudienceChange={(a) => void generate(a)}
            onCopy={(text) =>
              void copyText(text, t('markdown')).then((r) => setStatus(r.ok ? t('copiedMarkdown') : r.message))
            }
            onSave={(text) => void save(text)}
            status={status}
            busy={busy}
          />
        )}
      </Section>
    </div>
  );
}
