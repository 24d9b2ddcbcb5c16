import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QuestionOrder } from '../../workshop/projector/question-order';
import { VIEWS, type ProjectorAction, type ProjectorView } from './projector-keys';

function KeyButton({
  shortcut,
  keyName,
  onClick,
  pressed,
  disabled,
  children,
}: {
  shortcut: string;
  keyName: string;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="projector-key"
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <kbd className="projector-key__key">{keyName}</kbd> {children}
    </button>
  );
}

export interface ControlsState {
  view: ProjectorView;
  isRevealed: boolean;
  namesShown: boolean;
  order: QuestionOrder;
  isFullscreen: boolean;
  canFullscreen: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Every key as a button showing its key: the legend the trainer (and the room) can see. */
export function ProjectorControls({
  state,
  act,
  back,
}: {
  state: ControlsState;
  act: (action: ProjectorAction) => void;
  back: { href: string; label: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="projector-controls" role="group" aria-labelledby="projector-legend">
      <p id="projector-legend" className="projector-controls__legend">
        {t('projector.legend')}
      </p>
      <div className="projector-controls__row" role="group" aria-label={t('projector.views.label')}>
        {VIEWS.map((view, index) => (
          <KeyButton
            key={view}
            shortcut={String(index + 1)}
            keyName={String(index + 1)}
            pressed={state.view === view}
            onClick={() => act({ kind: 'view', view })}
          >
            {t(`projector.views.${view}`)}
          </KeyButton>
        ))}
      </div>
      <div className="projector-controls__row">
        <KeyButton
          shortcut="ArrowLeft"
          keyName="←"
          disabled={!state.hasPrevious}
          onClick={() => act({ kind: 'previous' })}
        >
          {t('projector.previous')}
        </KeyButton>
        <KeyButton shortcut="ArrowRight" keyName="→" disabled={!state.hasNext} onClick={() => act({ kind: 'next' })}>
          {t('projector.next')}
        </KeyButton>
        <KeyButton shortcut="R" keyName="R" onClick={() => act({ kind: 'reveal' })}>
          {state.isRevealed ? t('projector.hide') : t('projector.reveal')}
        </KeyButton>
        <KeyButton shortcut="N" keyName="N" onClick={() => act({ kind: 'names' })}>
          {state.namesShown ? t('projector.namesHide') : t('projector.namesShow')}
        </KeyButton>
        <KeyButton shortcut="O" keyName="O" onClick={() => act({ kind: 'order' })}>
          {t('projector.order.toggle')}
        </KeyButton>
        {state.canFullscreen ? (
          <KeyButton shortcut="F" keyName="F" onClick={() => act({ kind: 'fullscreen' })}>
            {state.isFullscreen ? t('projector.exitFullscreen') : t('projector.fullscreen')}
          </KeyButton>
        ) : null}
        <Link href={back.href} className="projector-key" aria-keyshortcuts="Escape">
          <kbd className="projector-key__key">Esc</kbd> {back.label}
        </Link>
      </div>
    </div>
  );
}
