import { ChoiceControl } from './questions/choice-control';
import { CountPairControl } from './questions/count-pair-control';
import { DateControl } from './questions/date-control';
import { MultiChoiceControl } from './questions/multi-choice-control';
import { PercentageControl } from './questions/percentage-control';
import { SystemInventoryControl } from './questions/system-inventory-control';
import { TextControl } from './questions/text-control';
import type { ControlProps } from './section-form-types';

export function QuestionControl({ question, form, errorFor, nationalTarget }: ControlProps) {
  switch (question.type) {
    case 'yes-partly-no':
    case 'coverage':
    case 'maturity':
      return <ChoiceControl question={question} form={form} errorFor={errorFor} />;
    case 'percentage':
      return <PercentageControl question={question} form={form} errorFor={errorFor} nationalTarget={nationalTarget} />;
    case 'count-pair':
      return <CountPairControl question={question} form={form} errorFor={errorFor} nationalTarget={nationalTarget} />;
    case 'date':
      return <DateControl question={question} form={form} errorFor={errorFor} />;
    case 'multi-choice':
      return <MultiChoiceControl question={question} form={form} errorFor={errorFor} />;
    case 'text':
      return <TextControl question={question} form={form} errorFor={errorFor} />;
    case 'system-inventory':
      return <SystemInventoryControl question={question} form={form} errorFor={errorFor} />;
  }
}
