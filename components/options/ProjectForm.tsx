// New or edited project: its client (picked by name, or created), SOW text parsed by the engine
// and reviewed beside its source sentences, rate card and tool links. Nothing is saved while any
// field shows an error.
import type { FormEvent } from 'react';
import { useEffect, useId, useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import type { Client, Project } from '@/lib/db/schemas';
import type { SowParser, SowReview } from '@/lib/sow-review';
import { asParsed, emptyReview, normaliseSowText, reviewFromParsed, reviewOfSaved } from '@/lib/sow-review';
import type { ProjectFormValues, ProjectSave } from '@/lib/forms/projectForm';
import { checkProjectForm, clientByName, valuesFromProject } from '@/lib/forms/projectForm';
import { majorToMinor, minorToInput, normaliseCurrency } from '@/lib/money';
import { draftFromScope } from '@/lib/forms/scopeDraft';
import { projectStatusLabel } from '@/lib/forms/projectStatus';
import { RateCardEditor } from './RateCardEditor';
import { ScopeReview } from './ScopeReview';
import { t, tn } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

interface Props {
  clients: Client[];
  project: Project | null;
  /** The SOW parser; with sources (parseSowDetailed) the review shows each item's sentence. The options
   * page loads the scope engine only when it is first used, so the result may come later. */
  parseSow: SowParser;
  /** Resolves to an error sentence, or null when saved. */
  onSave: (save: ProjectSave) => Promise<string | null>;
  onCancel: () => void;
}

export function ProjectForm({ clients, project, parseSow, onSave, onCancel }: Props) {
  const [v, setV] = useState<ProjectFormValues>(() => valuesFromProject(project, clients));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [review, setReview] = useState<SowReview>(() => savedReview(project));
  useEffect(() => {
    if (!project) return;
    let live = true;
    void reparsedReview(project, parseSow).then((next) => {
      if (live && next) setReview((cur) => (cur.text === next.text ? next : cur));
    });
    return () => {
      live = false;
    };
  }, [project, parseSow]);
  const listId = useId();
  const set = (patch: Partial<ProjectFormValues>) => setV((old) => ({ ...old, ...patch }));

  async function parse(values: ProjectFormValues): Promise<ProjectFormValues> {
    const text = normaliseSowText(values.sowText);
    try {
      const parsed = asParsed(await parseSow(text));
      const scope = parsed.scope;
      setReview(reviewFromParsed(text, parsed));
      const cur = normaliseCurrency(scope.currency);
      const rates =
        values.rates.length === 0 && scope.hourlyRate !== null
          ? [{ role: t('blendedRate'), rate: minorToInput(majorToMinor(scope.hourlyRate, cur), cur) }]
          : values.rates;
      setStatus({
        kind: 'ok',
        text: t('sowRead', {
          deliverables: tn('deliverableCount', scope.deliverables.length),
          exclusions: tn('exclusionCount', scope.exclusions.length),
        }),
      });
      return { ...values, scope: draftFromScope(scope), rates };
    } catch (err) {
      // The text still shows for review, so its items can be marked by hand.
      setReview({ ...emptyReview(), text });
      setStatus({
        kind: 'error',
        text: t('sowReadFailed', { error: String(err) }),
      });
      return values;
    }
  }

  async function loadFile(file: File | undefined) {
    if (!file) return;
    // PDF (pdf.js) and Word (fflate) readers load only now; a file they cannot read changes nothing.
    const { readSowFile } = await import('@/lib/sowimport');
    const read = await readSowFile(file);
    if (!read.ok) return setStatus({ kind: 'error', text: read.error });
    // parse() reports its result via setStatus, so it must not run inside a state updater.
    setV(await parse({ ...v, sowText: read.text }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    let values = v;
    // Saving unparsed SOW text would leave the project with an empty scope: parse it first.
    if (values.sowText.trim() && values.scope.deliverables.length === 0 && values.scope.exclusions.length === 0) {
      values = await parse(values);
      setV(values);
    }
    const checked = checkProjectForm(values, clients, project);
    setErrors(checked.errors);
    if (!checked.save) {
      setStatus({ kind: 'error', text: t('notSavedFix') });
      return;
    }
    setBusy(true);
    const error = await onSave(checked.save);
    setBusy(false);
    setStatus(
      error
        ? { kind: 'error', text: error }
        : { kind: 'ok', text: t('savedName', { name: checked.save.project.name }) },
    );
  }

  const existingClient = clientByName(clients, v.clientName);
  return (
    <form
      onSubmit={submit}
      aria-label={project ? t('projectEditLabel', { name: project.name }) : t('projectNew')}
      noValidate
    >
      <h2>{project ? t('editName', { name: project.name }) : t('projectNew')}</h2>
      <Field
        label={t('client')}
        error={errors.client}
        hint={
          existingClient
            ? t('clientExisting', { name: existingClient.name })
            : v.clientName.trim()
              ? t('clientWillBeCreated')
              : undefined
        }
      >
        <input
          data-testid="project-client"
          list={listId}
          value={v.clientName}
          onChange={(e) => {
            const match = clientByName(clients, e.target.value);
            set({
              clientName: e.target.value,
              ...(match && !v.domains.trim() ? { domains: match.domains.join(', ') } : {}),
            });
          }}
        />
      </Field>
      <datalist id={listId}>
        {clients.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      <Field label={t('clientEmailDomains')} hint={t('domainsHint')} error={errors.domains}>
        <input data-testid="project-domains" value={v.domains} onChange={(e) => set({ domains: e.target.value })} />
      </Field>
      <Field label={t('projectName')} error={errors.name}>
        <input data-testid="project-name" value={v.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field label={t('status')}>
        <select
          value={v.status}
          onChange={(e) => set({ status: e.target.value as Project['status'] })}
          data-testid="project-status"
        >
          <option value="active">{projectStatusLabel('active')}</option>
          <option value="paused">{projectStatusLabel('paused')}</option>
          <option value="closed">{projectStatusLabel('closed')}</option>
        </select>
      </Field>
      <Field label={t('sow')} hint={t('sowHintFiles')}>
        <textarea
          data-testid="project-sow"
          rows={8}
          value={v.sowText}
          onChange={(e) => set({ sowText: e.target.value })}
        />
      </Field>
      <div className="sk-row">
        <Field label={t('sowFile')}>
          <input
            type="file"
            accept=".pdf,.docx,.txt,.md,.markdown,application/pdf,text/plain,text/markdown"
            data-testid="sow-file"
            onChange={(e) => void loadFile(e.target.files?.[0])}
          />
        </Field>
        <button
          type="button"
          data-testid="sow-parse"
          onClick={() =>
            // Only what parsing changes: anything typed while the reader loads is kept.
            void parse(v).then((next) => setV((cur) => ({ ...cur, scope: next.scope, rates: next.rates })))
          }
          disabled={!v.sowText.trim()}
        >
          {t('sowParse')}
        </button>
      </div>
      <Notice kind={status?.kind ?? 'ok'} text={status?.text ?? null} testId="project-status-line" />
      <ScopeReview
        draft={v.scope}
        review={review}
        stale={review.text !== '' && review.text !== normaliseSowText(v.sowText)}
        errors={errors}
        onChange={(scope, r) => {
          set({ scope });
          setReview(r);
        }}
      />
      <RateCardEditor rows={v.rates} errors={errors} onChange={(rates) => set({ rates })} />
      <Field label={t('toolLinks')} hint={t('toolLinksHint')} error={errors.links}>
        <input data-testid="project-links" value={v.links} onChange={(e) => set({ links: e.target.value })} />
      </Field>
      <div className="sk-row">
        <Button type="submit" kind="primary" data-testid="project-save" disabled={busy}>
          {t('projectSave')}
        </Button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** A saved project's SOW as the review shows it: its items found in its text. */
function savedReview(project: Project | null): SowReview {
  const text = normaliseSowText(project?.sowText ?? '');
  if (!project || !text.trim()) return emptyReview();
  return reviewOfSaved(text, project.scope, null);
}

/** The saved review refined by a fresh parse (each item's own sentence), once the parser has loaded. */
async function reparsedReview(project: Project, parseSow: SowParser): Promise<SowReview | null> {
  const text = normaliseSowText(project.sowText);
  if (!text.trim()) return null;
  try {
    return reviewOfSaved(text, project.scope, asParsed(await parseSow(text)));
  } catch {
    // Unreadable today: the saved items still show, found by their words.
    return null;
  }
}
