// A step timer for routines, free of the DOM: the clock (`now`) is passed in, so it can be
// driven by a test, and `tick()` is called by whoever owns the interval.

export class StepTimer {
  /** `segments`: [{ label, seconds }] where seconds is null for a step the source does not time. */
  constructor(segments, { now = () => Date.now(), onChange = () => {} } = {}) {
    this.segments = segments;
    this.now = now;
    this.onChange = () => {};
    this.reset();
    this.onChange = onChange;
  }

  get current() {
    return this.segments[this.index] || null;
  }

  /** Milliseconds left in the current segment; null for an untimed one. */
  remaining() {
    if (this.remainingMs === null) return null;
    return this.running ? Math.max(0, this.endsAt - this.now()) : this.remainingMs;
  }

  reset() {
    this.running = false;
    this.done = false;
    this.enter(0, "reset");
  }

  start() {
    if (this.done) this.reset();
    if (this.running || !this.segments.length) return;
    this.running = true;
    if (this.remainingMs !== null) this.endsAt = this.now() + this.remainingMs;
    this.onChange("start");
  }

  pause() {
    if (!this.running) return;
    this.remainingMs = this.remaining();
    this.running = false;
    this.onChange("pause");
  }

  next() {
    this.enter(this.index + 1, "step");
  }

  previous() {
    this.enter(Math.max(0, this.index - 1), "step");
  }

  tick() {
    if (this.running && this.remainingMs !== null && this.remaining() <= 0) this.next();
    else this.onChange("tick");
  }

  enter(index, event) {
    if (index >= this.segments.length) {
      this.index = this.segments.length;
      this.running = false;
      this.done = true;
      this.remainingMs = null;
      this.onChange("done");
      return;
    }
    this.index = index;
    this.done = false;
    const seconds = this.segments[index]?.seconds ?? null;
    this.remainingMs = seconds === null ? null : seconds * 1000;
    if (this.running && this.remainingMs !== null) this.endsAt = this.now() + this.remainingMs;
    this.onChange(event);
  }
}

/** One segment per application: a step pressed on each side is timed once per side. */
export function segmentsOf(steps) {
  return steps.flatMap((step) => {
    const seconds = step.duration_max_seconds ?? step.duration_min_seconds ?? null;
    const times = Math.max(1, step.applications || 1);
    return Array.from({ length: times }, (_, turn) => ({
      step,
      label: times === 1 ? "" : step.sides === "each_side" && times === 2 ? (turn === 0 ? "first side" : "other side") : `${turn + 1} of ${times}`,
      seconds,
    }));
  });
}
