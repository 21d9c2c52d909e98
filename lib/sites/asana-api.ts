// Asana's same-origin API with the session cookie; it requires the X-Allow-Asana-Client header.
import type { Ticket } from './types';
import { sameOriginJson } from './util';

const HEADERS = { 'X-Allow-Asana-Client': '1' };

interface TaskJson {
  data?: { name?: string; notes?: string; created_by?: { name?: string }; projects?: { gid?: string }[] };
}
interface StoriesJson {
  data?: { type?: string; text?: string; created_at?: string; created_by?: { name?: string } }[];
}

export async function asanaEnrich(t: Ticket, url: URL, fetcher: typeof fetch): Promise<Ticket> {
  if (t.description.trim() !== '' && t.comments.length > 0) return t;
  const gid = encodeURIComponent(t.key);
  const task = (await sameOriginJson(
    fetcher,
    url,
    `/api/1.0/tasks/${gid}?opt_fields=name,notes,created_by.name,projects.gid`,
    HEADERS,
  )) as TaskJson | null;
  const stories = (await sameOriginJson(
    fetcher,
    url,
    `/api/1.0/tasks/${gid}/stories?opt_fields=type,text,created_at,created_by.name`,
    HEADERS,
  )) as StoriesJson | null;
  const d = task?.data;
  const comments = (stories?.data ?? [])
    .filter((s) => s.type === 'comment' && typeof s.text === 'string')
    .map((s) => ({ author: s.created_by?.name ?? null, date: s.created_at ?? null, body: s.text ?? '' }));
  return {
    ...t,
    description: t.description.trim() || (typeof d?.notes === 'string' ? d.notes : ''),
    reporter: t.reporter ?? d?.created_by?.name ?? null,
    containerId: t.containerId ?? d?.projects?.[0]?.gid ?? null,
    comments: t.comments.length >= comments.length ? t.comments : comments,
  };
}
