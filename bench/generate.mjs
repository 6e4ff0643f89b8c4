// The benchmark's data: the seeded generator shared with examples/large.js
// (re-exported so both draw identical events), and the same events converted
// to the formats of the libraries we compare against.
export { generateDocument, generatedExtent, generatedStates, generatorDefaults, mulberry32, dayOf, formatDayNumber } from '../examples/generate.js';

const msPerDay = 86_400_000;

/**
 * The `[start, end)` of an EDTF day (`2019-03-04`) or day interval
 * (`2019-03-04/2019-03-20`) as UTC milliseconds; the end is the midnight
 * after the last day, as our renderer draws it.
 */
export function extentOfWhen(when) {
  const [first, last = first] = when.split('/');
  return [Date.parse(`${first}T00:00:00Z`), Date.parse(`${last}T00:00:00Z`) + msPerDay];
}

/**
 * vis-timeline items and groups: one group per state (a lane), one item per
 * event and participant, as our renderer places an event in each
 * participant's lane. Single days are boxes, ranges are ranges. Dates are
 * UTC milliseconds, which the page turns into Date objects before timing.
 */
export function toVisTimeline(document) {
  const groups = document.actors.map((actor) => ({ id: actor.id, content: actor.name }));
  const items = [];
  for (const event of document.events) {
    const [start, end] = extentOfWhen(event.when);
    const point = !event.when.includes('/');
    for (const participant of event.participants) {
      items.push(point
        ? { id: `${event.id}:${participant.actor}`, group: participant.actor, start, content: event.title, type: 'box' }
        : { id: `${event.id}:${participant.actor}`, group: participant.actor, start, end, content: event.title, type: 'range' });
    }
  }
  return { groups, items };
}

/**
 * timelines-chart data: one group per state with a single line, each event a
 * segment `[start, end)` (a single day lasts one day) whose value is its kind.
 */
export function toTimelinesChart(document) {
  const byActor = new Map(document.actors.map((actor) => [actor.id, []]));
  for (const event of document.events) {
    const timeRange = extentOfWhen(event.when);
    for (const participant of event.participants) byActor.get(participant.actor)?.push({ timeRange, val: event.kind });
  }
  // A group without segments is left out: the chart cannot scale an empty line.
  return document.actors.filter((actor) => byActor.get(actor.id)?.length)
    .map((actor) => ({ group: actor.name, data: [{ label: actor.name, data: byActor.get(actor.id) }] }));
}
