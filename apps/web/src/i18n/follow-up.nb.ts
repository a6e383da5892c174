/** The coordinator's follow-up after a reached goal (issue 8 §4). */
export const followUpNb = {
  heading: 'Oppfølging',
  intro:
    'Når målet er nådd – jobb, læreplass, skole eller en annen aktivitet – fortsetter du å følge opp i seks måneder. Du får en påminnelse hver måned.',
  goalLabel: 'Hva er nådd?',
  goalJOB: 'Jobb',
  goalAPPRENTICESHIP: 'Læreplass',
  goalSCHOOL: 'Skole',
  goalACTIVITY: 'Aktivitet eller tiltak',
  markGoal: 'Registrer at målet er nådd',
  ongoing: 'Målet er nådd ({goal}) {date}. Du følger opp til {ends}.',
  nextReminder: 'Neste påminnelse kommer {date}.',
  completed:
    'Målet er nådd ({goal}), og de seks månedene med oppfølging er fullført. Du kan avslutte oppfølgingen.',
  end: 'Avslutt oppfølgingen',
  endQuestion:
    'Avslutte oppfølgingen? Plassen din blir ledig, og den som har ventet lengst på en koordinator, kan få den.',
  endYes: 'Ja, avslutt',
  endNo: 'Nei, fortsett',
  notFound: 'Du følger ikke lenger opp denne ungdommen.',
  genericError: 'Det gikk ikke. Prøv igjen om litt.',
};
