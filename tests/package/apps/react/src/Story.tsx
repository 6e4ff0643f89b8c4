import { useRef, useState } from 'react';
import { DiplomaticTimeline, defineTimelineElement } from 'diplomatic-timeline/react';
import type { TimelineEvent, TimelineView } from 'diplomatic-timeline';
import article from './us-china-diplomacy-2023-07.json';

defineTimelineElement(); // for <diplomatic-timeline> in JSX; the component needs no definition

export function Story() {
  const [selected, setSelected] = useState<TimelineEvent | undefined>();
  const view = useRef<TimelineView>(null);
  return (
    <>
      <button onClick={() => view.current?.zoomTo({ from: '2023-07-10', to: '2023-07-16' })}>
        The week of the talks
      </button>
      <DiplomaticTimeline
        ref={view}
        timeline={article}
        options={{ laneBy: 'country', referenceDate: 'abs-cbn-2023-07-14' }}
        onSelect={setSelected}
        onZoom={({ from, to }) => console.log(`${from} – ${to}`)}
        onError={(error) => console.error(error)}
        style={{ maxWidth: 960 }}
      />
      <p>{selected?.title ?? 'Select an event'}</p>
      <diplomatic-timeline src="/data/events.json" lane-by="kind" ondt-select={(e) => setSelected(e.detail.event)} />
    </>
  );
}
