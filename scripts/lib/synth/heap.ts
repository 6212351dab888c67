// A binary min-heap of planned messages ordered by time, then by planning order. It holds only the
// conversations that are still open, so memory stays flat however many rows are generated.
import type { PlannedMessage } from './conversation.ts';

const before = (a: PlannedMessage, b: PlannedMessage): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export class MessageHeap {
  private readonly items: PlannedMessage[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): PlannedMessage | undefined {
    return this.items[0];
  }

  push(item: PlannedMessage): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, items[parent] as PlannedMessage)) break;
      items[i] = items[parent] as PlannedMessage;
      i = parent;
    }
    items[i] = item;
  }

  pop(): PlannedMessage | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && before(items[right] as PlannedMessage, items[left] as PlannedMessage) ? right : left;
      if (!before(items[child] as PlannedMessage, last)) break;
      items[i] = items[child] as PlannedMessage;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
