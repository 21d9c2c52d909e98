// The end of every short form: the save error (announced), then Save and Cancel.
import { t } from '@/lib/i18n';
interface Props {
  error: string | null;
  saveLabel: string;
  saveTestId: string;
  onCancel: () => void;
}

export function FormFooter({ error, saveLabel, saveTestId, onCancel }: Props) {
  return (
    <>
      {error && (
        <p className="sk-error" role="alert">
          {error}
        </p>
      )}
      <div className="sk-row">
        <button type="submit" className="primary" data-testid={saveTestId}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
