import { createContext, useContext } from 'react';
import type { NodeProblem } from '../../workflows/validation';
import type { RunStatus } from '../../workflows/executedPath';

/** What nodes read besides their own data: validation marks (designer) or run status (viewer). */
export interface CanvasMarks {
  problems: Record<string, NodeProblem[]>;
  run?: Record<string, RunStatus>;
  counts?: Record<string, number>;
  /** The journal entry's node the viewer lights up. */
  spotlight?: string | null;
}

export const CanvasMarksContext = createContext<CanvasMarks>({ problems: {} });

export const useCanvasMarks = () => useContext(CanvasMarksContext);
