// A client: name, the email domains its people write from (how a thread is matched to it), notes.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import type { Client } from '@/lib/db/schemas';
import { errorsOf, findDomainClash, parseDomains, requireText } from '@/lib/forms/fields';
import { FormFooter } from '@/components/ui/FormFooter';
import { t } from '@/lib/i18n';

export interface ClientSave {
  id: string | null;
  name: string;
  domains: string[];
  notes: string;
}

interface Props {
  clients: Client[];
  client: Client | null;
  onSave: (save: ClientSave) => Promise<string | null>;
  onCancel: () => void;
}

export function ClientForm({ clients, client, onSave, onCancel }: Props) {
  const [name, setName] = useState(client?.name ?? '');
  const [domains, setDomains] = useState(client?.domains.join(', ') ?? '');
  const [notes, setNotes] = useState(client?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = requireText(name, t('clientNameMissing'));
    const d = parseDomains(domains);
    const errs = errorsOf({ name: n, domains: d });
    if (d.ok) {
      const clash = findDomainClash(d.value, clients, client?.id ?? null);
      if (clash) errs.domains = clash;
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !n.ok || !d.ok) return;
    setSaveError(await onSave({ id: client?.id ?? null, name: n.value, domains: d.value, notes }));
  }

  return (
    <form
      onSubmit={submit}
      aria-label={client ? t('clientEditLabel', { name: client.name }) : t('clientNew')}
      className="sk-card"
      noValidate
    >
      <h2>{client ? t('editName', { name: client.name }) : t('clientNew')}</h2>
      <Field label={t('clientName')} error={errors.name}>
        <input data-testid="client-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('clientDomains')} hint={t('domainsHint')} error={errors.domains}>
        <input data-testid="client-domains" value={domains} onChange={(e) => setDomains(e.target.value)} />
      </Field>
      <Field label={t('notes')}>
        <textarea rows={3} data-testid="client-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <FormFooter error={saveError} saveLabel={t('clientSave')} saveTestId="client-save" onCancel={onCancel} />
    </form>
  );
}
