/**
 * A realistic synthetic cohort for the benchmark. Trades are Zipf-popular (helse and IT draw far
 * more pupils than lager), employers within a trade are Zipf-popular too, and each pupil ranks
 * mostly within one favourite trade — so popular trades are oversubscribed while quiet employers
 * keep seats. Every employer offers two slots on two of the cohort's dates; a few slots near a
 * school give its pupils priority. Deterministic for a seed.
 */
import {
  lotteryFromSeed,
  SeededRandom,
  type CohortInstance,
  type CohortPupil,
  type CohortSlot,
} from '../src/index';

export interface CohortShape {
  readonly pupils: number;
  readonly employers: number;
  readonly slotsPerEmployer: number;
  readonly choices: number;
  readonly dates: number;
  readonly schools: number;
  readonly seed: number;
}

export const FULL_COHORT: CohortShape = {
  pupils: 20_000,
  employers: 3_000,
  slotsPerEmployer: 2,
  choices: 10,
  dates: 10,
  schools: 25,
  seed: 2025,
};

const TRADES = [
  'helse',
  'it',
  'frisør',
  'bilmekaniker',
  'barnehage',
  'restaurant',
  'butikk',
  'bygg',
  'elektro',
  'kontor',
  'landbruk',
  'lager',
];

export function generateCohort(shape: CohortShape): CohortInstance {
  const random = new SeededRandom(shape.seed);
  const dates = Array.from({ length: shape.dates }, (_, day) => isoDate(day));
  const tradeWeight = TRADES.map((_, rank) => 1 / (rank + 1));

  // Employers: a trade each (mildly skewed towards the popular ones), a Zipf popularity rank
  // within the trade, and a school they are near.
  const employers = Array.from({ length: shape.employers }, (_, index) => ({
    id: `employer-${index}`,
    trade: random.weightedPick(
      TRADES.map((_, trade) => trade),
      (trade) => Math.sqrt(tradeWeight[trade]),
    ),
    school: random.int(0, shape.schools - 1),
  }));
  const slots: CohortSlot[] = [];
  const slotTrade: number[] = [];
  const slotWeight: number[] = [];
  const slotSchool: number[] = [];
  const employersByTrade = TRADES.map(() => 0);
  for (const employer of employers) {
    const popularity = 1 / ++employersByTrade[employer.trade];
    for (const date of random.sample(dates, shape.slotsPerEmployer)) {
      slots.push({
        id: `${employer.id}/${date}`,
        employer: employer.id,
        date,
        capacity: random.int(2, 12),
        trade: TRADES[employer.trade],
      });
      slotTrade.push(employer.trade);
      slotWeight.push(popularity * random.int(1, 3));
      slotSchool.push(employer.school);
    }
  }

  const allSlots = slots.map((_, index) => index);
  const everywhere = new WeightedSampler(
    allSlots,
    (slot) => slotWeight[slot] * tradeWeight[slotTrade[slot]],
  );
  const byTrade = TRADES.map(
    (_, trade) =>
      new WeightedSampler(
        allSlots.filter((slot) => slotTrade[slot] === trade),
        (slot) => slotWeight[slot],
      ),
  );

  const pupils: CohortPupil[] = [];
  const pupilSchool: number[] = [];
  const pupilRanking: number[][] = [];
  for (let index = 0; index < shape.pupils; index++) {
    const favourite = random.weightedPick(
      TRADES.map((_, trade) => trade),
      (trade) => tradeWeight[trade],
    );
    const ranking = new Set<number>();
    while (ranking.size < shape.choices) {
      const sampler = random.chance(0.6) ? byTrade[favourite] : everywhere;
      ranking.add(sampler.draw(random));
    }
    pupilRanking.push([...ranking]);
    pupils.push({ id: `pupil-${index}`, ranking: [...ranking].map((slot) => slots[slot].id) });
    pupilSchool.push(random.int(0, shape.schools - 1));
  }

  const lottery = lotteryFromSeed(
    pupils.map((pupil) => pupil.id),
    shape.seed,
  );
  // One slot in twenty serves pupils of the school it is near first ("nearby school" rule).
  const nearby = new Map<number, string[]>();
  for (let slot = 0; slot < slots.length; slot += 20) {
    nearby.set(slot, []);
  }
  const lotteryOrder = new Map(lottery.map((id, position) => [id, position]));
  const rankedBy = [...pupils.entries()].sort(
    ([, a], [, b]) => (lotteryOrder.get(a.id) ?? 0) - (lotteryOrder.get(b.id) ?? 0),
  );
  for (const [pupilIndex, pupil] of rankedBy) {
    for (const slot of pupilRanking[pupilIndex]) {
      const list = nearby.get(slot);
      if (list !== undefined && slotSchool[slot] === pupilSchool[pupilIndex]) {
        list.push(pupil.id);
      }
    }
  }
  const priority = Object.fromEntries([...nearby].map(([slot, list]) => [slots[slot].id, list]));
  return { days: 2, slots, pupils, lottery, priority, seed: shape.seed };
}

/** Draws items with probability proportional to weight (cumulative sums + binary search). */
class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly number[],
    weight: (item: number) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, index) => {
      total += weight(item);
      this.cumulative[index] = total;
    });
  }

  draw(random: SeededRandom): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return this.items[low];
  }
}

function isoDate(day: number): string {
  // Weekdays from Monday 2 March 2026.
  const date = new Date(Date.UTC(2026, 2, 2 + Math.floor(day / 5) * 7 + (day % 5)));
  return date.toISOString().slice(0, 10);
}
