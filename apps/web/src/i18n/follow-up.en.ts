import type { Dictionary } from './nb';

/** The coordinator's follow-up after a reached goal, in English. */
export const followUpEn: Dictionary['followUp'] = {
  heading: 'Follow-up',
  intro:
    'When the goal is reached – a job, an apprenticeship, school or another activity – you keep following up for six months. You get a reminder every month.',
  goalLabel: 'What was reached?',
  goalJOB: 'A job',
  goalAPPRENTICESHIP: 'An apprenticeship',
  goalSCHOOL: 'School',
  goalACTIVITY: 'An activity or measure',
  markGoal: 'Record that the goal is reached',
  ongoing: 'The goal was reached ({goal}) on {date}. You follow up until {ends}.',
  nextReminder: 'The next reminder comes on {date}.',
  completed:
    'The goal was reached ({goal}) and the six months of follow-up are complete. You can end the follow-up.',
  end: 'End the follow-up',
  endQuestion:
    'End the follow-up? Your place becomes free, and whoever has waited longest for a coordinator may get it.',
  endYes: 'Yes, end it',
  endNo: 'No, continue',
  notFound: 'You no longer follow this young person.',
  genericError: 'That did not work. Please try again shortly.',
};
