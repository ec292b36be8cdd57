/** Undo/redo over snapshots (serialized definitions); a snapshot equal to the current one is not recorded. */
export class History {
  private past: string[] = [];
  private future: string[] = [];
  private current: string;
  private readonly limit: number;

  constructor(initial: string, limit = 100) {
    this.current = initial;
    this.limit = limit;
  }

  get canUndo() {
    return this.past.length > 0;
  }

  get canRedo() {
    return this.future.length > 0;
  }

  push(snapshot: string): boolean {
    if (snapshot === this.current) return false;
    this.past.push(this.current);
    if (this.past.length > this.limit) this.past.shift();
    this.current = snapshot;
    this.future = [];
    return true;
  }

  undo(): string | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  redo(): string | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.current);
    this.current = next;
    return next;
  }

  reset(snapshot: string) {
    this.past = [];
    this.future = [];
    this.current = snapshot;
  }
}
