// Which project this page belongs to. When nothing matched, a picker: the choice is remembered for
// the thread or ticket by the background (panel:assignProject).
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import type { Client, Project } from '@/lib/db/schemas';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';

interface Props {
  project: Project | null;
  projects: Project[];
  clients: Client[];
  onAssign: (projectId: string) => Outcome;
  onOpenOptions: () => void;
}

export function ProjectHeader({ project, projects, clients, onAssign, onOpenOptions }: Props) {
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? t('unknownClient');
  const active = projects.filter((p) => p.deletedAt === null && p.status !== 'closed');

  if (project && !picking) {
    return (
      <div className="sk-row sk-panel-project" data-testid="panel-project" data-project-id={project.id}>
        <strong>{project.name}</strong>
        <span className="sk-hint">{clientName(project.clientId)}</span>
        <Button kind="quiet" onClick={() => setPicking(true)} aria-label={t('projectChangeLabel')}>
          {t('projectChange')}
        </Button>
      </div>
    );
  }
  if (active.length === 0) {
    return (
      <EmptyState testId="panel-no-projects">
        {t('projectsNone')}{' '}
        <Button kind="primary" onClick={onOpenOptions}>
          {t('openOptions')}
        </Button>
      </EmptyState>
    );
  }
  return (
    <form
      className="sk-card"
      data-testid="panel-picker"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!choice) return setError(t('projectPickFirst'));
        const err = await onAssign(choice);
        setError(err);
        if (!err) setPicking(false);
      }}
    >
      <p>{project ? t('projectMove') : t('projectNoMatch')}</p>
      <Field label={t('project')} error={error ?? undefined}>
        <select data-testid="panel-project-pick" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('choose')}</option>
          {active.map((p) => (
            <option key={p.id} value={p.id}>
              {t('projectOfClient', { project: p.name, client: clientName(p.clientId) })}
            </option>
          ))}
        </select>
      </Field>
      <div className="sk-row">
        <Button type="submit" kind="primary" data-testid="panel-project-assign">
          {t('projectUse')}
        </Button>
        {project && <Button onClick={() => setPicking(false)}>{t('cancel')}</Button>}
      </div>
    </form>
  );
}
