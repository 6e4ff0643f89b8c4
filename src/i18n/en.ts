/**
 * The English messages: every visible word of the view. This table defines
 * the message names; every other language must give each of them (the
 * `Messages` type is derived from it, so a missing one does not compile).
 * Placeholders are `{name}`; a message that depends on a count has plural
 * forms (`one`, `other`, …, chosen with `Intl.PluralRules`).
 */
import { englishLaneWords } from '../layout/lanes.js';
import { englishDateWords } from '../time/format.js';
import type { MessageText } from './template.js';

export const en = {
  ...englishDateWords,
  ...englishLaneWords,

  // The timeline as a whole.
  'timeline.name': 'Timeline',
  'timeline.events': { one: '{count} event', other: '{count} events' },
  'timeline.lanes': { one: '{count} lane', other: '{count} lanes' },
  /** The plot's spoken name: `{events}` and `{lanes}` are the two counts above. */
  'timeline.plotLabel': '{name}: {events} in {lanes}',
  'timeline.plotLabelVertical': '{name}: {events} in time order',
  /** The static SVG's description. */
  'timeline.description': '{events} in {lanes}.',
  'timeline.descriptionVertical': '{events} in time order.',

  // The toolbar.
  'toolbar.zoomIn': 'Zoom in',
  'toolbar.zoomOut': 'Zoom out',
  /** The reset button's text; `toolbar.resetZoom` is its spoken name. */
  'toolbar.reset': 'Reset',
  'toolbar.resetZoom': 'Reset zoom',
  'toolbar.showList': 'Show as list',
  'toolbar.hideList': 'Hide list',
  'toolbar.overview': {
    one: '{count} event in view, {how}: zoom in to see and select them one by one.',
    other: '{count} events in view, {how}: zoom in to see and select them one by one.',
  },
  'toolbar.overviewBins': 'counted per period (click a bar to zoom into it)',
  'toolbar.overviewMarks': 'drawn as an overview',

  // Keyboard instructions, read with the plot.
  'keys.horizontal': 'Arrow keys move between events: left and right in time, up and down between lanes. Home and End go to the first and last event. Plus and minus zoom. Enter shows the details of an event, Escape closes them.',
  'keys.vertical': 'Arrow keys move between events in time order: up and left to the previous one, down and right to the next. Home and End go to the first and last event. Enter shows the details of an event, Escape closes them.',

  // The legend.
  'legend.label': 'Legend: {entries}',
  'legend.day': 'One day',
  'legend.span': 'Week, month, season or year: the whole span',
  'legend.approximate': 'Approximate or uncertain',
  'legend.occurred': 'Occurred',
  'legend.ongoing': 'Ongoing',
  'legend.postponed': 'Postponed',
  'legend.unknown': 'Status unknown',
  'legend.connector': 'Same event in several lanes',

  // Statuses and kinds, as words in a sentence.
  'status.occurred': 'occurred',
  'status.ongoing': 'ongoing',
  'status.scheduled': 'scheduled',
  'status.expected': 'expected',
  'status.proposed': 'proposed',
  'status.postponed': 'postponed',
  'status.cancelled': 'cancelled',
  'status.did-not-occur': 'did not occur',
  'status.unknown': 'unknown',
  'kind.talks': 'talks',
  'kind.visit': 'visit',
  'kind.summit': 'summit',
  'kind.call': 'call',
  'kind.statement': 'statement',
  'kind.agreement': 'agreement',
  'kind.sanction': 'sanction',
  'kind.expulsion': 'expulsion',
  'kind.military': 'military',
  'kind.cyber': 'cyber',
  'kind.policy': 'policy',
  'kind.other': 'other',
  'precision.day': 'day',
  'precision.week': 'week',
  'precision.month': 'month',
  'precision.season': 'season',
  'precision.year': 'year',

  // An event in words.
  /** The full spoken label of a mark. */
  'event.label': '{date}, {kind}, {status}: {title}',
  /** The words a source used, quoted. */
  'event.quoted': '“{text}”',
  /** A label's date line when the source's words were relative. */
  'event.dateLine': '{date} · {quoted}',
  'event.tooltipMeta': '{kind} · {status}',
  'event.selected': 'Selected: {label}. Details below.',
  'event.closed': 'Details closed.',

  // The details panel.
  'details.close': 'Close details',
  'details.asWritten': 'As written',
  'details.relativeTo': '{quoted} (relative to {anchor})',
  'details.date': 'Date',
  'details.datePrecision': '{date} ({precision} precision)',
  'details.span': 'Resolved span',
  'details.kind': 'Kind',
  'details.status': 'Status',
  'details.place': 'Place',
  'details.participants': 'Participants',
  'details.evidence': 'Evidence',

  // The list.
  'list.event': 'Event',
  'list.caption': '{name}: events in time order',
  'list.captionWindowed': '{name}: showing {shown} of {inView} events in view ({all} in all), from {from} to {to}, in time order (zoom or pan to list others)',

  // The reference line and the axis.
  'reference.published': 'Published {date}',
  'axis.days': { one: '{count} day', other: '{count} days' },
  'axis.months': { one: '{count} month', other: '{count} months' },
  'axis.years': { one: '{count} year', other: '{count} years' },
  'axis.skipped': '{stretch} skipped',
  'axis.break': 'Axis break: {stretch} in which no event starts, drawn narrower',

  // What the custom element shows in place of a timeline it cannot show.
  'error.invalid': 'The timeline data is not valid:',
  'error.invalidIn': 'The timeline data in "{src}" is not valid:',
  'error.more': { one: '…and {count} more problem.', other: '…and {count} more problems.' },
  'error.load': 'Could not load the timeline from "{src}": {message}',
  'error.show': 'Could not show the timeline: {message}',
} as const satisfies Readonly<Record<string, MessageText>>;
