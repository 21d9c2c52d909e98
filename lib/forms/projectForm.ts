// The project form's values as typed, and their check before save. Pure, so the rules (bad rate,
// empty name, duplicate domain) are tested without a DOM.
import type { Client, Project } from '@/lib/db/schemas';
import { minorToInput, normaliseCurrency } from '@/lib/money';
import { errorsOf, findDomainClash, formatLinks, parseDomains, parseLinks, parseMoney, requireText } from './fields';
import type { ProjectFields, ScopeDraft } from './scopeDraft';
import { draftFromScope, scopeFromDraft } from './scopeDraft';
import { emptyScope } from '@/lib/scope/empty';
import { t } from '@/lib/i18n';

export interface RateRow {
  role: string;
  rate: string;
}

export interface ProjectFormValues {
  clientName: string;
  domains: string;
  name: string;
  status: Project['status'];
  sowText: string;
  scope: ScopeDraft;
  rates: RateRow[];
  links: string;
}

/** What the container writes: the client (new when id is null, else updated) and the project. */
export interface ProjectSave {
  client: { id: string | null; name: string; domains: string[] };
  project: Omit<ProjectFields, 'clientId'>;
}

export function clientByName(clients: Client[], name: string): Client | undefined {
  const n = name.trim().toLowerCase();
  return n ? clients.find((c) => c.deletedAt === null && c.name.trim().toLowerCase() === n) : undefined;
}

const currencyOf = (p: Project) => normaliseCurrency(p.scope.currency);

export function valuesFromProject(project: Project | null, clients: Client[]): ProjectFormValues {
  const client = project ? clients.find((c) => c.id === project.clientId) : undefined;
  return {
    clientName: client?.name ?? '',
    domains: client?.domains.join(', ') ?? '',
    name: project?.name ?? '',
    status: project?.status ?? 'active',
    sowText: project?.sowText ?? '',
    scope: draftFromScope(project?.scope ?? emptyScope()),
    rates: project?.rateCard.map((r) => ({ role: r.role, rate: minorToInput(r.rateCents, currencyOf(project)) })) ?? [],
    links: project ? formatLinks(project.links) : '',
  };
}

export function checkProjectForm(
  v: ProjectFormValues,
  clients: Client[],
  existing: Project | null,
): { errors: Record<string, string>; save: ProjectSave | null } {
  const clientName = requireText(v.clientName, t('projectClientMissing'));
  const name = requireText(v.name, t('projectNameMissing'));
  const domains = parseDomains(v.domains);
  const links = parseLinks(v.links);
  const errors = errorsOf({ client: clientName, name, domains, links });
  const client = clientByName(clients, v.clientName);
  if (domains.ok) {
    const clash = findDomainClash(domains.value, clients, client?.id ?? null);
    if (clash) errors.domains = clash;
  }
  const rateCard: Project['rateCard'] = [];
  v.rates.forEach((r, i) => {
    if (!r.role.trim() && !r.rate.trim()) return; // an untouched blank row is not an error
    if (!r.role.trim()) errors[`role-${i}`] = t('rateRoleMissing');
    const rate = parseMoney(r.rate, normaliseCurrency(v.scope.meta.currency));
    if (!rate.ok) errors[`rate-${i}`] = rate.error;
    else if (r.role.trim()) rateCard.push({ role: r.role.trim(), rateCents: rate.value });
  });
  const scope = scopeFromDraft(v.scope);
  Object.assign(errors, scope.errors);
  if (Object.keys(errors).length > 0 || !scope.scope || !name.ok || !clientName.ok || !domains.ok || !links.ok) {
    return { errors, save: null };
  }
  return {
    errors,
    save: {
      client: { id: client?.id ?? null, name: client?.name ?? clientName.value, domains: domains.value },
      project: {
        name: name.value,
        status: v.status,
        sowText: v.sowText,
        scope: scope.scope,
        rateCard,
        links: links.value,
        threadIds: existing?.threadIds ?? [],
      },
    },
  };
}
