import type { Dictionary } from './nb';

/** English texts of the programme's indicators; same keys as `indicators.nb.ts`. */
export const indicatorsEn: Dictionary['indicators'] = {
  metaTitle: 'Programme indicators',
  title: 'Indicators for Flere i arbeid',
  intro:
    "The programme's figures month by month over the last year. Totals only: no names and nothing about any one person.",
  privacyNote:
    'In the table by school, counts from 1 to 4 are shown as "<5", so no pupil can be recognised. Figures for the whole programme are exact.',
  unavailable: "We can't fetch the figures right now. Please try again in a little while.",
  downloadCsv: 'Download CSV',
  csvHint: 'Semicolon-separated file for Excel, with the same figures as this page.',
  generated: 'Figures as of {time}.',
  showNumbers: 'Show the numbers',
  month: 'Month',
  noValue: '–',
  legend: 'Legend',
  cardsHeading: 'Key figures',
  cards: {
    booked: 'of 10th graders have booked {days} hospitering days',
    attended: 'of pupils have attended {days} hospitering days',
    ofPupils: '{count} of {pupils} pupils, school year {year}',
    proposals: 'proposals made in the last 12 months',
    accepted: '{count} accepted',
    placements: 'placements in the last 12 months',
    placementsHint: 'Apprenticeship, job, trainee and work practice',
    median: 'days from first contact to first offer (median)',
    medianHint: '{count} young people got their first offer in the last 12 months',
    medianNone: 'No offers in the last 12 months',
    load: 'young people followed up now',
    loadHint: '{coordinators} coordinators, {average} each on average, at most {max}',
    overMax: '{count} coordinators over {max}',
    overMaxNone: 'None over {max}',
  },
  figures: {
    pupils: '10th graders',
    bookedRequired: 'Pupils with {days} days booked',
    attendedRequired: 'Pupils with {days} days attended',
    made: 'Proposals made',
    accepted: 'Proposals accepted',
    placementAPPRENTICESHIP: 'Placed: Apprenticeship',
    placementSIMPLE_JOB: 'Placed: Simple job',
    placementTRAINEE: 'Placed: Trainee',
    placementWORK_TRIAL: 'Placed: Work practice',
    placementHOSPITERING: 'Placed: Hospitering',
    placements: 'Placements in total',
    youths: 'Young people with a first offer',
    medianDays: 'Median days to first offer',
    activeCaseloads: 'Young people followed up',
    coordinators: 'Coordinators with young people',
    averagePerCoordinator: 'Average per coordinator',
    maxPerCoordinator: 'Most with one coordinator',
    overMax: 'Coordinators over {max}',
  },
  kinds: {
    APPRENTICESHIP: 'Apprenticeship',
    SIMPLE_JOB: 'Simple job',
    TRAINEE: 'Trainee',
    WORK_TRIAL: 'Work practice',
    HOSPITERING: 'Hospitering',
  },
  charts: {
    hospitering: {
      title: 'Pupils with {days} hospitering days, by month',
      description:
        "Pupils in the school year's cohorts who by the end of the month had booked or attended at least {days} days.",
    },
    proposals: {
      title: 'Proposals made and accepted, by month',
      description:
        'Proposals from coordinators, and how many the young person accepted that month.',
    },
    placements: {
      title: 'Placements by kind, by month',
      description:
        'Proposals that ended in a placement, and applications that ended in a yes, by kind of opportunity.',
    },
    median: {
      title: 'Days from first contact to first offer (median), by month',
      description:
        'First contact is the first request or follow-up; an offer is a proposal or an offer on an application. The month is when the offer came. The 8-week rule: nobody should wait more than 56 days.',
      rule: '8 weeks',
    },
    load: {
      title: "Coordinators' caseloads at the end of the month",
      description:
        'Average and most young people per coordinator, with the maximum {max} as a line.',
      maxLine: 'Max {max}',
    },
    summary: '{title}, {from}–{to}. {series}',
    seriesSummary: '{label}: {last} in {lastMonth}, highest {max} in {maxMonth}.',
    seriesEmpty: '{label}: none in the period.',
  },
  schools: {
    title: 'By school, school year {year}',
    school: 'School',
    none: 'No cohorts registered this school year.',
  },
};
