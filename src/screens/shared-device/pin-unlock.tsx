/**
 * Asks for a PIN and opens what it guards. Wrong tries are counted per session for the life of the page (a
 * remount does not reset them): after five in a row, the next waits 30 seconds.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/error-summary';
import { FieldShell } from '../../ui/field-shell';
import { afterWrongPin, NO_TRIES, verifyPin, waitLeft, type PinTries } from '../../workshop/pin';
import type { PinHash } from '../../workshop/session-schema';

const triesByGuard = new Map<string, PinTries>();

export function PinUnlock({
  id,
  label,
  pin,
  onUnlocked,
  onCancel,
}: {
  id: string;
  label: string;
  pin: PinHash;
  onUnlocked: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    setSubmitCount((count) => count + 1);
    const tries = triesByGuard.get(id) ?? NO_TRIES;
    const wait = waitLeft(tries, Date.now());
    if (wait > 0) {
      setError(t('sharedDevice.errors.pinWait', { count: Math.ceil(wait / 1000) }));
      return;
    }
    setChecking(true);
    const typed = input.current?.value ?? '';
    const matches = await verifyPin(typed, pin);
    setChecking(false);
    if (matches) {
      triesByGuard.delete(id);
      onUnlocked();
      return;
    }
    const next = afterWrongPin(tries, Date.now());
    triesByGuard.set(id, next);
    if (input.current) input.current.value = '';
    input.current?.focus();
    const waiting = waitLeft(next, Date.now());
    setError(
      waiting > 0
        ? t('sharedDevice.errors.pinWait', { count: Math.ceil(waiting / 1000) })
        : t('sharedDevice.errors.pinWrong'),
    );
  };

  return (
    <form noValidate className="pin-unlock" onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={error ? [{ fieldId: id, message: error }] : []} submitCount={submitCount} />
      <FieldShell id={id} label={label} hint={t('sharedDevice.pinHint')} error={error}>
        {(described) => (
          <input
            ref={input}
            id={id}
            className={`input input--short${error ? ' input--error' : ''}`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            {...described}
          />
        )}
      </FieldShell>
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={checking || undefined}>
          {checking ? t('sharedDevice.checking') : t('sharedDevice.unlock')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('sharedDevice.cancel')}
        </button>
      </div>
    </form>
  );
}
