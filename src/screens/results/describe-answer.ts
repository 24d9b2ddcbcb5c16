/** Answers, improvements and deadlines in words moved to the wording layer (src/wording, decision 0014). */
export { describeAnswer, describeImprovement } from '../../wording/answers';
export { describeDeadline } from '../../wording/deadline';
