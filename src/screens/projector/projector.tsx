import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PageHeading } from '../../ui/page-heading';
import type { ProjectorModel } from '../../workshop/projector/projector-model';
import { orderQuestions, type QuestionOrder } from '../../workshop/projector/question-order';
import { nameLookup } from './class-names';
import { GapsView } from './gaps-view';
import { ProjectorControls } from './projector-controls';
import { useProjectorKeys, type ProjectorAction, type ProjectorView } from './projector-keys';
import { QuestionView } from './question-view';
import { QuestionsView } from './questions-view';
import { SectionsView } from './sections-view';
import { useFullscreen } from './use-fullscreen';

/** What the trainer has revealed: a whole view, or one question of the discussion view. */
const revealKey = (view: ProjectorView, questionId: string | undefined) =>
  view === 'question' ? `question:${questionId ?? ''}` : view;

/**
 * The projector itself: results hidden until revealed, names off until turned on, one view at a time, driven by the
 * keys of `projector-keys.ts` or the same buttons.
 */
export function Projector({
  title,
  model,
  back,
  isWorkshop,
}: {
  title: string;
  model: ProjectorModel;
  back: { href: string; label: string };
  isWorkshop: boolean;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const container = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);
  const fullscreen = useFullscreen(container);
  const [view, setView] = useState<ProjectorView>('sections');
  const [order, setOrder] = useState<QuestionOrder>('disagreement');
  const [chosenId, setChosenId] = useState<string>();
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [namesShown, setNamesShown] = useState(false);

  const ordered = useMemo(() => orderQuestions(model.questions, order), [model.questions, order]);
  const found = ordered.findIndex((question) => question.questionId === chosenId);
  const index = found === -1 ? 0 : found;
  const current = ordered[index];
  const key = revealKey(view, current?.questionId);
  const isRevealed = revealed.has(key);
  const nameOf = namesShown ? nameLookup(model.members, t('projector.sample')) : undefined;
  const sampleIds = useMemo(
    () => new Set(model.members.filter((member) => member.isSample).map((member) => member.assessmentId)),
    [model.members],
  );

  useEffect(() => {
    // A new view or question takes focus at its heading, so a screen reader reads where the trainer went.
    if (!focusPending.current) return;
    focusPending.current = false;
    heading.current?.focus();
  }, [view, index, order]);

  const show = (nextView: ProjectorView, questionId = current?.questionId) => {
    focusPending.current = true;
    setView(nextView);
    setChosenId(questionId);
  };
  const act = (action: ProjectorAction) => {
    switch (action.kind) {
      case 'view':
        return show(action.view);
      case 'previous':
        return show('question', view === 'question' ? ordered[index - 1]?.questionId : current?.questionId);
      case 'next':
        return show('question', view === 'question' ? ordered[index + 1]?.questionId : current?.questionId);
      case 'reveal': {
        const next = new Set(revealed);
        if (!next.delete(key)) next.add(key);
        return setRevealed(next);
      }
      case 'names':
        return setNamesShown(!namesShown);
      case 'order':
        focusPending.current = view === 'questions';
        return setOrder(order === 'disagreement' ? 'weakness' : 'disagreement');
      case 'fullscreen':
        return fullscreen.toggle();
      case 'back':
        // In full screen the browser's own Esc leaves it first; a second Esc leaves the projector.
        if (fullscreen.isFullscreen) return fullscreen.toggle();
        return navigate(back.href);
    }
  };
  useProjectorKeys((action) => {
    // An arrow at either end stays where it is instead of leaving the discussion view.
    if (view === 'question' && action.kind === 'previous' && index === 0) return;
    if (view === 'question' && action.kind === 'next' && index === ordered.length - 1) return;
    act(action);
  });

  const isEmpty = model.members.length === 0;
  return (
    <div ref={container} className="projector">
      <PageHeading title={title} caption={t('projector.caption')}>
        {title}
      </PageHeading>
      <p className="projector__class">
        {t('projector.classSize', { count: model.members.length })}
        {model.sampleCount > 0 ? ` (${t('projector.sampleCount', { count: model.sampleCount })})` : ''}
        {' · '}
        {t('projector.order.now', { order: t(`projector.order.${order}`) })}
      </p>
      <p className="projector__names">{namesShown ? t('projector.namesOn') : t('projector.namesOff')}</p>
      <ProjectorControls
        act={act}
        back={back}
        state={{
          view,
          isRevealed,
          namesShown,
          order,
          isFullscreen: fullscreen.isFullscreen,
          canFullscreen: fullscreen.canFullscreen,
          hasPrevious: view === 'question' ? index > 0 : ordered.length > 0,
          hasNext: view === 'question' ? index < ordered.length - 1 : ordered.length > 0,
        }}
      />
      <div className="projector__view">
        {isEmpty ? (
          <div className="projector-empty" role="status">
            <p>{isWorkshop ? t('projector.empty') : t('projector.emptyCollection')}</p>
            <p>{t('projector.emptyLive')}</p>
          </div>
        ) : null}
        {!isEmpty && view === 'sections' ? (
          <SectionsView model={model} isRevealed={isRevealed} nameOf={nameOf} headingRef={heading} />
        ) : null}
        {!isEmpty && view === 'questions' ? (
          <QuestionsView
            ordered={ordered}
            order={order}
            isRevealed={isRevealed}
            onOpen={(questionId) => show('question', questionId)}
            headingRef={heading}
          />
        ) : null}
        {!isEmpty && view === 'question' && current ? (
          <QuestionView
            figures={current}
            position={index + 1}
            total={ordered.length}
            isRevealed={isRevealed}
            nameOf={nameOf}
            sampleIds={sampleIds}
            headingRef={heading}
          />
        ) : null}
        {!isEmpty && view === 'gaps' ? (
          <GapsView gaps={model.gaps} isRevealed={isRevealed} headingRef={heading} />
        ) : null}
      </div>
    </div>
  );
}
