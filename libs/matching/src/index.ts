// The matching engine: pure functions over plain data (DESIGN.md §5). Randomness is always
// handed in as a seeded generator, so every ranking and allocation can be replayed.
export { deterministicUuid, hashToSeed, SeededRandom } from './seeded-random';
