// Copying a change order or a brief out of the side panel. The Clipboard API needs the panel
// focused; where it refuses, the older copy command on a hidden text area often still works.
import { t } from '@/lib/i18n';

export interface Result {
  ok: boolean;
  message: string;
}

type Clipboard = Pick<globalThis.Clipboard, 'writeText'>;

function copyCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** `what` names the copied thing for the sentence shown to the AM ("Markdown copied to the clipboard."). */
export async function copyText(
  text: string,
  what: string,
  clipboard: Clipboard | undefined = navigator.clipboard,
): Promise<Result> {
  try {
    if (!clipboard) throw new Error(t('noClipboard'));
    await clipboard.writeText(text);
  } catch (err) {
    if (!copyCommand(text)) {
      // Say why and what to do rather than failing silently.
      const why = err instanceof Error ? err.message : String(err);
      return { ok: false, message: t('copyFailedWhy', { why }) };
    }
  }
  return { ok: true, message: t('copied', { what }) };
}
