/**
 * Moves a process's clock: `NODE_OPTIONS="--import ./tests/support/fake-clock.ts"`
 * with FAKE_NOW set to an ISO date-time makes `new Date()` and `Date.now()`
 * start from that moment and run on from there. The build tests use it to
 * build "on" a chosen day, so that a post dated tomorrow stays tomorrow.
 */
const fakeNow = process.env.FAKE_NOW;

if (fakeNow !== undefined) {
  const target = Date.parse(fakeNow);
  if (Number.isNaN(target)) throw new Error(`FAKE_NOW is "${fakeNow}", not a date-time`);
  const RealDate = Date;
  const offset = target - RealDate.now();
  class MovedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = MovedDate as DateConstructor;
}
