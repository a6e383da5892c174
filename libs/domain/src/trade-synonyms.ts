/**
 * Everyday words people type when they look for a trade, grouped with the words the listings use.
 * Words within a group are treated as equal by search. Lower case, bokmål (with a few nynorsk and
 * English words young people use).
 */
export const TRADE_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Bygg- og anleggsteknikk
  ['snekker', 'tømrer', 'tømmermann', 'byggearbeider', 'snikkar'],
  ['rørlegger', 'vvs', 'rør', 'rørleggerarbeid', 'røyrleggjar'],
  ['murer', 'flislegger', 'flis', 'murarbeid'],
  ['maler', 'maling', 'malerarbeid', 'overflatebehandling', 'målar'],
  ['betong', 'betongarbeider', 'forskaling', 'støping'],
  ['gravemaskin', 'anleggsmaskin', 'anleggsmaskinfører', 'maskinfører', 'graving'],
  ['anleggsgartner', 'gartner', 'hagearbeid', 'grøntanlegg', 'park'],
  ['vei', 'veg', 'veiarbeid', 'vegarbeider', 'asfalt'],
  ['blikkenslager', 'ventilasjon', 'ventilasjonsmontør', 'beslag'],
  ['tak', 'taktekker', 'membrantekker', 'takarbeid'],
  ['stillas', 'stillasbygger', 'stillasmontør'],
  ['glass', 'glassmester', 'glassarbeider', 'vinduer'],
  ['vaktmester', 'byggdrifter', 'driftstekniker'],
  // Elektro og datateknologi
  ['elektriker', 'elektro', 'elektromontør', 'installatør', 'strøm', 'elektrikar'],
  ['automatiker', 'automasjon', 'automatisering', 'robot', 'styringssystemer'],
  ['dataelektroniker', 'pc-reparatør', 'dataservice', 'elektronikk'],
  ['linjemontør', 'energimontør', 'strømnett', 'nettselskap'],
  ['kraftverk', 'energioperatør', 'vannkraft', 'energi'],
  ['heis', 'heismontør', 'heisreparatør'],
  ['telekom', 'telekommunikasjon', 'fiber', 'bredbånd', 'telemontør'],
  ['rov', 'undervannsrobot', 'fjernstyrte undervannsoperasjoner', 'subsea'],
  // Frisør, blomster, interiør og eksponeringsdesign
  ['frisør', 'hårfrisør', 'barberer', 'hårstylist', 'frisørsalong'],
  ['blomster', 'blomsterbutikk', 'florist', 'blomsterdekoratør', 'blomsterbinder'],
  ['interiør', 'interiørdesign', 'interiørkonsulent', 'innredning'],
  ['butikkdekoratør', 'eksponeringsdesign', 'vindusdekoratør', 'visual merchandiser'],
  ['hudpleier', 'hudpleie', 'kosmetolog', 'skjønnhetssalong', 'negler'],
  // Helse- og oppvekstfag
  ['helsefagarbeider', 'helsearbeider', 'hjelpepleier', 'omsorgsarbeider', 'pleier'],
  ['sykehjem', 'omsorgssenter', 'eldreomsorg', 'helsehus'],
  ['sykehus', 'sjukehus', 'helseforetak'],
  ['barnehage', 'barne- og ungdomsarbeider', 'barnehageassistent', 'fagarbeider i barnehage'],
  ['fritidsklubb', 'ungdomsklubb', 'sfo', 'aks', 'skolefritidsordning'],
  ['ambulanse', 'ambulansearbeider', 'ambulansesjåfør', 'paramedic'],
  ['aktivitør', 'aktivitetsleder', 'fritidsleder', 'aktiviteter'],
  ['portør', 'pasienttransport', 'sykehusportør'],
  ['tannlege', 'tannhelsesekretær', 'tannklinikk', 'tannhelse'],
  // Informasjonsteknologi og medieproduksjon
  ['data', 'it', 'ikt', 'datamaskin'],
  ['it-utvikler', 'utvikler', 'programmerer', 'programmering', 'koding'],
  ['it-drift', 'driftstekniker it', 'brukerstøtte', 'helpdesk', 'nettverk'],
  ['grafiker', 'mediegrafiker', 'grafisk design', 'trykkeri'],
  ['fotograf', 'foto', 'fotografering', 'bilde'],
  ['film', 'video', 'medieproduksjon', 'lyd', 'media'],
  // Naturbruk
  ['bonde', 'gård', 'landbruk', 'jordbruk', 'gårdsarbeid'],
  ['fiskeoppdrett', 'akvakultur', 'oppdrett', 'merd', 'fiskeoppdretter'],
  ['fisker', 'fiske', 'fiskebåt', 'fangst'],
  ['skog', 'skogbruk', 'skogsarbeider', 'hogst'],
  ['hest', 'stall', 'rideskole', 'hestefag'],
  ['dyr', 'dyrepleier', 'dyrebutikk', 'dyreklinikk', 'dyrepasser'],
  ['gartneri', 'drivhus', 'veksthus', 'planteskole'],
  // Restaurant- og matfag
  ['kokk', 'kjøkken', 'kjøkkensjef', 'matlaging'],
  ['kantine', 'storkjøkken', 'institusjonskjøkken', 'institusjonskokk'],
  ['servitør', 'kelner', 'servering', 'serveringsmedarbeider'],
  ['restaurant', 'spisested', 'kafé', 'kafe', 'café'],
  ['baker', 'bakeri', 'bakst'],
  ['konditor', 'konditori', 'kakebaker'],
  ['slakter', 'kjøttskjærer', 'slakteri', 'kjøtt'],
  ['butikkslakter', 'kjøttdisk', 'ferskvare'],
  ['sjømat', 'fiskeindustri', 'fiskeforedling', 'fiskemottak'],
  ['næringsmiddel', 'matindustri', 'matproduksjon', 'industriell matproduksjon'],
  // Salg, service og reiseliv
  ['butikk', 'salg', 'butikkmedarbeider', 'selger', 'butikkansatt'],
  ['kasse', 'kassa', 'kassemedarbeider', 'kassaansatt'],
  ['kontor', 'administrasjon', 'sekretær', 'kontorarbeid'],
  ['resepsjon', 'resepsjonist', 'hotell', 'hotellresepsjon'],
  ['reiseliv', 'turisme', 'reisebyrå', 'guide', 'opplevelser'],
  ['vekter', 'sikkerhet', 'security', 'vakt', 'vaktselskap'],
  ['renhold', 'renholder', 'vaskehjelp', 'rengjøring', 'renholdsoperatør'],
  ['eiendom', 'eiendomsforvaltning', 'utleie', 'boligforvaltning'],
  // Teknologi- og industrifag
  ['mekaniker', 'bilmekaniker', 'bilverksted', 'verksted', 'bilfag'],
  ['lastebil', 'tungbil', 'tunge kjøretøy', 'lastebilmekaniker'],
  ['bilskade', 'karosseri', 'bilskadereparatør', 'bulk'],
  ['billakkerer', 'lakkering', 'lakkerer', 'billakk'],
  ['industrimekaniker', 'industri', 'mekanisk verksted', 'maskinarbeider'],
  ['prosessoperatør', 'kjemiprosess', 'fabrikk', 'prosessindustri', 'smelteverk'],
  ['lab', 'laboratorium', 'laborant', 'laboratoriefag'],
  ['sveiser', 'sveis', 'sveising', 'sveisar'],
  ['platearbeider', 'platesmed', 'stålkonstruksjon'],
  ['cnc', 'cnc-operatør', 'dreier', 'maskinering', 'fres'],
  ['lager', 'logistikk', 'lagerarbeider', 'lagermedarbeider', 'truck'],
  ['sjåfør', 'yrkessjåfør', 'bussjåfør', 'lastebilsjåfør', 'transport'],
  ['matros', 'sjømann', 'skip', 'ferje', 'dekksarbeider'],
  // Håndverk, design og produktutvikling
  ['møbelsnekker', 'møbler', 'snekkerverksted', 'møbelsnekring'],
  ['tapetserer', 'møbeltapetserer', 'polstring'],
  ['gullsmed', 'smykker', 'juveler', 'sølvsmed'],
  ['skredder', 'sying', 'søm', 'syerske', 'klær'],
  ['keramiker', 'keramikk', 'pottemaker', 'leire'],
  ['smed', 'smie', 'kunstsmed'],
  ['urmaker', 'klokker', 'ur'],
  ['båtbygger', 'trebåt', 'båtbygging', 'trebåtbygger'],
  // Ways of learning at work
  ['hospitering', 'praksisdag', 'jobbskygging', 'utplassering', 'yrkesdag'],
  ['lærling', 'lærlingplass', 'læreplass', 'fagbrev'],
  ['sommerjobb', 'deltidsjobb', 'ekstrajobb', 'enkel jobb', 'småjobb'],
];

function normalise(word: string): string {
  return word.trim().toLowerCase();
}

/**
 * Meilisearch's synonyms setting: every word maps to every other word of every group it is in
 * (multi-way synonyms). Words are trimmed and lower-cased; a word never maps to itself.
 */
export function toMeilisearchSynonyms(
  groups: readonly (readonly string[])[],
): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map(normalise).filter((word) => word !== ''))];
    for (const word of words) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of words) {
        if (other !== word) {
          others.add(other);
        }
      }
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries(
    [...synonyms]
      .filter(([, others]) => others.size > 0)
      .map(([word, others]) => [word, [...others]]),
  );
}
