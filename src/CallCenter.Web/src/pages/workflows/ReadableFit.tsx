import { useEffect, useRef } from 'react';
import { getNodesBounds, useNodesInitialized, useReactFlow, type FitViewOptions } from '@xyflow/react';

/**
 * Below this zoom a node's name and port labels can no longer be read (ivr-main fitted into 1440 × 900 came out at
 * ~0.3). Fitting never goes below it; the user pans (drag, minimap) or zooms out by hand to see the whole flow.
 */
export const readableZoom = 0.75;
export const fitOptions: FitViewOptions = { maxZoom: 1, minZoom: readableZoom, padding: 0.08 };
const margin = 24;

/** Fit the flow; when it does not fit readably, show where it starts (top left: flows run left to right) rather than its middle. */
export async function readableFit(flow: ReturnType<typeof useReactFlow>, duration?: number) {
  await flow.fitView({ ...fitOptions, duration });
  const { zoom } = flow.getViewport();
  if (zoom > readableZoom + 0.01) return;
  const bounds = getNodesBounds(flow.getNodes());
  await flow.setViewport({ x: margin - bounds.x * zoom, y: margin - bounds.y * zoom, zoom }, { duration });
}

/** Inside a ReactFlow: fits once, after the nodes have been measured (an earlier fit would use guessed sizes). */
export default function ReadableFit({ enabled = true }: { enabled?: boolean }) {
  const flow = useReactFlow();
  const initialized = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    if (!enabled || !initialized || done.current) return;
    done.current = true;
    void readableFit(flow);
  }, [enabled, initialized, flow]);
  return null;
}
