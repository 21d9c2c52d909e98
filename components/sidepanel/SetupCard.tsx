// Setting up from the page, one click each: a thread from an unknown company offers to add it as a
// client (name and domains filled from the thread, editable), an unlinked ticket offers to link its
// key to the likeliest project.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import type { Project } from '@/lib/db/schemas';
import type { ClientSuggestion, LinkSuggestion } from '@/lib/onboarding/suggest';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

interface ClientProps {
  suggestion: ClientSuggestion;
  onCreate: (name: string, domains: string[]) => Outcome;
}

export function NewClientCard({ suggestion, onCreate }: ClientProps) {
  const [name, setName] = useState(suggestion.name);
  const [domains, setDomains] = useState(suggestion.domains.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="sk-card"
      data-testid="setup-client"
      onSubmit={async (e) => {
        e.preventDefault();
        const list = domains
          .split(/[\s,]+/)
          .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
          .filter(Boolean);
        if (!name.trim()) return setError(t('setupClientNameMissing'));
        setBusy(true);
        setError(await onCreate(name.trim(), list));
        setBusy(false);
      }}
    >
      <h2>{t('setupNewClient', { domain: suggestion.domains[0] ?? '' })}</h2>
      <Field label={t('clientName')}>
        <input data-testid="setup-client-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('clientDomains')} hint={t('setupDomainsHint')}>
        <input data-testid="setup-client-domains" value={domains} onChange={(e) => setDomains(e.target.value)} />
      </Field>
      <Button type="submit" kind="primary" data-testid="setup-client-create" disabled={busy}>
        {name.trim() ? t('setupAddName', { name: name.trim() }) : t('setupAddClient')}
      </Button>
      <Notice kind="error" text={error} />
    </form>
  );
}

interface LinkProps {
  link: LinkSuggestion;
  projects: Project[];
  clientName: (clientId: string) => string;
  initialProjectId: string | null;
  onLink: (projectId: string) => Outcome;
}

export function LinkProjectCard({ link, projects, clientName, initialProjectId, onLink }: LinkProps) {
  const [projectId, setProjectId] = useState(initialProjectId ?? projects[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const chosen = projects.find((p) => p.id === projectId);
  if (projects.length === 0) return null;
  return (
    <form
      className="sk-card"
      data-testid="setup-link"
      onSubmit={async (e) => {
        e.preventDefault();
        if (projectId) setError(await onLink(projectId));
      }}
    >
      <h2>
        {chosen
          ? t('setupLinkTo', { key: link.value, project: chosen.name })
          : t('setupLinkToAProject', { key: link.value })}
      </h2>
      <Field label={t('project')}>
        <select data-testid="setup-link-project" value={projectId} onChange={(e) => setProjectId(e.target.value)}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {t('projectOfClient', { project: p.name, client: clientName(p.clientId) })}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" kind="primary" data-testid="setup-link-confirm">
        {t('setupLink', { key: link.value })}
      </Button>
      <Notice kind="error" text={error} />
    </form>
  );
}
