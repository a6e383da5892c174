/**
 * Baseline: the welfare-maximising assignment — as many seats as possible, and among those the
 * least total rank (a pupil's k-th choice costs k). It ignores priorities, so it may leave
 * blocking pairs; it is what a planner with full control would pick.
 *
 * Min-cost flow, primal–dual (successive shortest paths, Ahuja–Magnanti–Orlin §9.8):
 *   source → pupil (capacity min(days, ranked dates)) → (pupil, date) (1) → slot (1, cost = rank)
 *   → sink (slot capacity).
 * The (pupil, date) node is what keeps one slot per date. Each phase runs Dijkstra on reduced
 * costs, moves the node potentials, then pushes a maximum flow (Dinic) through the arcs of reduced
 * cost 0, i.e. along shortest paths only. Flow grows along cheapest paths, so the final maximum
 * flow is a cheapest one; phases ≤ number of distinct path costs, which is small.
 */
import type { CohortAssignment, CohortInstance } from './cohort-instance';
import { assignmentFromHeld, indexCohort } from './cohort-index';

const SOURCE = 0;
const SINK = 1;
const UNREACHED = 0x3fffffff;

export function minCostAssignment(instance: CohortInstance): CohortAssignment {
  const index = indexCohort(instance);
  const { rankStart, choiceSlot, choiceDate, rankedDates, days } = index;
  const pupilNode = (pupil: number): number => 2 + pupil;
  const slotNode = (slot: number): number => 2 + index.pupilCount + slot;
  let nodeCount = 2 + index.pupilCount + index.slotCount;
  const choiceCount = choiceSlot.length;
  const network = new FlowNetwork(
    nodeCount + choiceCount,
    index.pupilCount + 2 * choiceCount + index.slotCount,
  );

  const choiceArc = new Int32Array(choiceCount);
  const rankedBy = new Int32Array(index.slotCount);
  for (let pupil = 0; pupil < index.pupilCount; pupil++) {
    const dayCap = Math.min(days, rankedDates[pupil]);
    if (dayCap > 0) {
      network.addArc(SOURCE, pupilNode(pupil), dayCap, 0);
    }
    const dateNodes = new Map<number, number>();
    for (let choice = rankStart[pupil]; choice < rankStart[pupil + 1]; choice++) {
      let dateNode = dateNodes.get(choiceDate[choice]);
      if (dateNode === undefined) {
        dateNode = nodeCount++;
        dateNodes.set(choiceDate[choice], dateNode);
        network.addArc(pupilNode(pupil), dateNode, 1, 0);
      }
      const rank = choice - rankStart[pupil] + 1;
      choiceArc[choice] = network.addArc(dateNode, slotNode(choiceSlot[choice]), 1, rank);
      rankedBy[choiceSlot[choice]]++;
    }
  }
  for (let slot = 0; slot < index.slotCount; slot++) {
    const seats = Math.min(index.slotCapacity[slot], rankedBy[slot]);
    if (seats > 0) {
      network.addArc(slotNode(slot), SINK, seats, 0);
    }
  }

  network.minCostMaxFlow(nodeCount);
  const held = new Uint8Array(choiceCount);
  for (let choice = 0; choice < choiceCount; choice++) {
    held[choice] = network.residual[choiceArc[choice]] === 0 ? 1 : 0;
  }
  return assignmentFromHeld(index, held);
}

/** Arcs in pairs (a, a ^ 1 = its reverse), adjacency as linked lists. */
class FlowNetwork {
  readonly residual: Int32Array;
  private readonly head: Int32Array;
  private readonly cost: Int32Array;
  private readonly nextArc: Int32Array;
  private readonly firstArc: Int32Array;
  private arcCount = 0;

  constructor(maxNodes: number, maxEdges: number) {
    this.head = new Int32Array(2 * maxEdges);
    this.residual = new Int32Array(2 * maxEdges);
    this.cost = new Int32Array(2 * maxEdges);
    this.nextArc = new Int32Array(2 * maxEdges);
    this.firstArc = new Int32Array(maxNodes).fill(-1);
  }

  /** Adds from → to and its reverse; returns the forward arc. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const arc = this.arcCount;
    this.link(arc, from, to, capacity, cost);
    this.link(arc + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return arc;
  }

  minCostMaxFlow(nodeCount: number): void {
    const potential = new Int32Array(nodeCount);
    const distance = new Int32Array(nodeCount);
    const level = new Int32Array(nodeCount);
    for (;;) {
      this.shortestDistances(potential, distance);
      if (distance[SINK] === UNREACHED) {
        return;
      }
      for (let node = 0; node < nodeCount; node++) {
        if (distance[node] !== UNREACHED) {
          potential[node] += distance[node];
        }
      }
      while (this.levelAdmissible(potential, level)) {
        this.blockingFlow(potential, level);
      }
    }
  }

  /** Dijkstra from the source on reduced costs (all ≥ 0 under the potentials). */
  private shortestDistances(potential: Int32Array, distance: Int32Array): void {
    const { head, residual, cost, nextArc, firstArc } = this;
    distance.fill(UNREACHED);
    distance[SOURCE] = 0;
    const queue = new MinHeap(this.arcCount + distance.length);
    queue.push(0, SOURCE);
    while (queue.size > 0) {
      const key = queue.topKey();
      const node = queue.pop();
      if (key > distance[node]) {
        continue;
      }
      for (let arc = firstArc[node]; arc >= 0; arc = nextArc[arc]) {
        if (residual[arc] > 0) {
          const to = head[arc];
          const through = key + cost[arc] + potential[node] - potential[to];
          if (through < distance[to]) {
            distance[to] = through;
            queue.push(through, to);
          }
        }
      }
    }
  }

  private isAdmissible(arc: number, from: number, potential: Int32Array): boolean {
    const to = this.head[arc];
    return this.residual[arc] > 0 && this.cost[arc] + potential[from] - potential[to] === 0;
  }

  /** BFS levels over admissible arcs; true when the sink is reached. */
  private levelAdmissible(potential: Int32Array, level: Int32Array): boolean {
    level.fill(-1);
    level[SOURCE] = 0;
    const queue = new Int32Array(level.length);
    let tail = 0;
    queue[tail++] = SOURCE;
    for (let at = 0; at < tail; at++) {
      const node = queue[at];
      for (let arc = this.firstArc[node]; arc >= 0; arc = this.nextArc[arc]) {
        const to = this.head[arc];
        if (level[to] < 0 && this.isAdmissible(arc, node, potential)) {
          level[to] = level[node] + 1;
          queue[tail++] = to;
        }
      }
    }
    return level[SINK] >= 0;
  }

  /** Dinic's blocking flow on the levelled admissible arcs, with an explicit path stack. */
  private blockingFlow(potential: Int32Array, level: Int32Array): void {
    const { head, residual } = this;
    const current = Int32Array.from(this.firstArc);
    const path: number[] = [];
    let node = SOURCE;
    for (;;) {
      if (node === SINK) {
        let push = UNREACHED;
        for (const arc of path) {
          push = Math.min(push, residual[arc]);
        }
        let cut = -1;
        for (const [at, arc] of path.entries()) {
          residual[arc] -= push;
          residual[arc ^ 1] += push;
          if (cut < 0 && residual[arc] === 0) {
            cut = at;
          }
        }
        path.length = cut;
        node = cut === 0 ? SOURCE : head[path[cut - 1]];
        continue;
      }
      let arc = current[node];
      while (
        arc >= 0 &&
        !(level[head[arc]] === level[node] + 1 && this.isAdmissible(arc, node, potential))
      ) {
        arc = this.nextArc[arc];
      }
      current[node] = arc;
      if (arc >= 0) {
        path.push(arc);
        node = head[arc];
        continue;
      }
      // Dead end: retreat and never come back here this round.
      level[node] = -1;
      const back = path.pop();
      if (back === undefined) {
        return;
      }
      node = head[back ^ 1];
      current[node] = this.nextArc[current[node]];
    }
  }

  private link(arc: number, from: number, to: number, capacity: number, cost: number): void {
    this.head[arc] = to;
    this.residual[arc] = capacity;
    this.cost[arc] = cost;
    this.nextArc[arc] = this.firstArc[from];
    this.firstArc[from] = arc;
  }
}

/** A binary min-heap of (key, node) pairs with lazy deletion. */
class MinHeap {
  size = 0;
  private readonly keys: Int32Array;
  private readonly nodes: Int32Array;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  push(key: number, node: number): void {
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent] <= key) {
        break;
      }
      this.keys[at] = this.keys[parent];
      this.nodes[at] = this.nodes[parent];
      at = parent;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }

  topKey(): number {
    return this.keys[0];
  }

  pop(): number {
    const top = this.nodes[0];
    const key = this.keys[--this.size];
    const node = this.nodes[this.size];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) {
        break;
      }
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) {
        child++;
      }
      if (this.keys[child] >= key) {
        break;
      }
      this.keys[at] = this.keys[child];
      this.nodes[at] = this.nodes[child];
      at = child;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
    return top;
  }
}
