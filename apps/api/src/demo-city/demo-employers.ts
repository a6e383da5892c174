import {
  findMunicipality,
  findTrade,
  organisationNumberCheckDigit,
  type AddressDraft,
} from '@akselerator/domain';
import {
  EMPLOYER_ARCHETYPES,
  employerArchetype,
  FARMS,
  FIRST_NAMES,
  FIXED_EMPLOYERS,
  REGIONS,
  SURNAMES,
  type EmployerArchetype,
} from './demo-employer-archetypes';
import { DEMO_PLACES, type DemoPlace } from './demo-places';
import { deterministicUuid, type SeededRandom } from '@akselerator/matching';

/** Demo employers: fixed well-known ones first, then generated ones covering every programme. */

export interface DemoEmployer {
  id: string;
  name: string;
  /** Valid mod-11, unique within the city. */
  organisationNumber: string;
  tradeCodes: string[];
  address: AddressDraft;
}

/** An employer with what the listings generator needs to describe it. */
export interface EmployerDraft {
  employer: DemoEmployer;
  archetype: EmployerArchetype;
  place: DemoPlace;
  /** "på Lund": where the employer is, for the descriptions. */
  at: string;
  employees: number;
}

function placeByKey(key: string): DemoPlace {
  const place = DEMO_PLACES.find((item) => item.key === key);
  if (place === undefined) {
    throw new RangeError(`No demo place ${key}`);
  }
  return place;
}

export function programmeOf(tradeCode: string): string {
  const trade = findTrade(tradeCode);
  if (trade === undefined) {
    throw new RangeError(`Unknown trade ${tradeCode}`);
  }
  return trade.programmeCode;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Archetypes in an order that visits every programme before any repeats, then weighted draws. */
function archetypeSequence(random: SeededRandom, count: number): EmployerArchetype[] {
  const byProgramme = new Map<string, EmployerArchetype[]>();
  for (const archetype of random.shuffle(EMPLOYER_ARCHETYPES.filter((item) => item.weight > 0))) {
    const programme = programmeOf(archetype.tradeCodes[0] ?? '');
    byProgramme.set(programme, [...(byProgramme.get(programme) ?? []), archetype]);
  }
  const queues = random.shuffle([...byProgramme.values()]);
  const sequence: EmployerArchetype[] = [];
  for (
    let round = 0;
    sequence.length < count && queues.some((queue) => round < queue.length);
    round++
  ) {
    for (const queue of queues) {
      const archetype = queue.at(round);
      if (archetype !== undefined && sequence.length < count) {
        sequence.push(archetype);
      }
    }
  }
  while (sequence.length < count) {
    sequence.push(random.weightedPick(EMPLOYER_ARCHETYPES, (item) => item.weight));
  }
  return sequence;
}

function pickPlace(random: SeededRandom, archetype: EmployerArchetype): DemoPlace {
  const { placeTags } = archetype;
  const places =
    placeTags === undefined
      ? DEMO_PLACES
      : DEMO_PLACES.filter((place) => place.tags.some((tag) => placeTags.includes(tag)));
  return random.weightedPick(places, (place) => place.weight);
}

function employerName(
  random: SeededRandom,
  archetype: EmployerArchetype,
  place: DemoPlace,
  taken: Set<string>,
): string {
  const kommune = `${findMunicipality(place.municipalityCode)?.name ?? 'Kristiansand'} kommune`;
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = random
      .pick(archetype.names)
      .replace('{place}', random.pick(place.names))
      .replace('{surname}', random.pick(SURNAMES))
      .replace('{first}', random.pick(FIRST_NAMES))
      .replace('{region}', random.pick(REGIONS))
      .replace('{farm}', random.pick(FARMS))
      .replace('{kommune}', kommune);
    if (!taken.has(name)) {
      return name;
    }
  }
  let suffix = 2;
  const base = random
    .pick(archetype.names)
    .replace(/\{[a-z]+\}/g, (token) =>
      token === '{kommune}' ? kommune : random.pick(place.names),
    );
  while (taken.has(`${base} ${String(suffix)}`)) {
    suffix++;
  }
  return `${base} ${String(suffix)}`;
}

function organisationNumber(random: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const firstEight = `9${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
    const check = organisationNumberCheckDigit(firstEight);
    const candidate = check === undefined ? '' : `${firstEight}${String(check)}`;
    if (candidate !== '' && !taken.has(candidate)) {
      return candidate;
    }
  }
}

function scatteredAddress(random: SeededRandom, place: DemoPlace): AddressDraft {
  const [postalCode, postalPlace] = random.pick(place.postalCodes);
  const jitter = (): number => (random.next() + random.next() - 1) * place.spread;
  const letter = random.chance(0.1) ? random.pick(['A', 'B', 'C']) : '';
  return {
    street: `${random.pick(place.streets)} ${String(random.int(1, 90))}${letter}`,
    postalCode,
    postalPlace,
    municipalityCode: place.municipalityCode,
    latitude: round6(place.latitude + jitter()),
    // a degree of longitude is about half a degree of latitude this far north
    longitude: round6(place.longitude + jitter() * 1.9),
  };
}

export function generateEmployers(
  random: SeededRandom,
  seed: number,
  count: number,
): EmployerDraft[] {
  const names = new Set<string>();
  const numbers = new Set<string>();
  const fixed = FIXED_EMPLOYERS.slice(0, count);
  const sequence = archetypeSequence(random, count - fixed.length);
  const drafts: EmployerDraft[] = [];
  const add = (
    archetype: EmployerArchetype,
    place: DemoPlace,
    name: string,
    address: AddressDraft,
    at = place.at,
  ): void => {
    names.add(name);
    const orgNumber = organisationNumber(random, numbers);
    numbers.add(orgNumber);
    const [min, max] = archetype.employees;
    drafts.push({
      employer: {
        id: deterministicUuid(seed, 'employer', drafts.length),
        name,
        organisationNumber: orgNumber,
        tradeCodes: [...archetype.tradeCodes],
        address,
      },
      archetype,
      place,
      at,
      employees: random.int(min, max),
    });
  };
  for (const item of fixed) {
    const place = placeByKey(item.placeKey);
    const { street, postalCode, postalPlace, latitude, longitude } = item;
    const address = {
      street,
      postalCode,
      postalPlace,
      municipalityCode: place.municipalityCode,
      latitude,
      longitude,
    };
    add(employerArchetype(item.archetypeKey), place, item.name, address, item.at);
  }
  for (const archetype of sequence) {
    const place = pickPlace(random, archetype);
    add(
      archetype,
      place,
      employerName(random, archetype, place, names),
      scatteredAddress(random, place),
    );
  }
  return drafts;
}
