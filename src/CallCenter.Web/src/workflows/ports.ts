import type { ActivityDescriptor, ActivityNode } from '../api/workflows';

/** The port every activity is entered through (connections' target.port). */
export const InPort = 'In';

/**
 * The outcome ports of a node, as the server's validator computes them (WorkflowValidator.PortsOf): the descriptor's
 * outcomes plus, for Switch/Fork, one per item of the input named by outcomesFromInput (a string or {label}).
 */
export function portsOf(descriptor: ActivityDescriptor | undefined, node: ActivityNode): string[] {
  if (!descriptor) return [];
  const ports = [...descriptor.outcomes];
  const inputName = descriptor.outcomesFromInput;
  const items = inputName ? node.inputs?.[inputName]?.value : undefined;
  if (Array.isArray(items)) {
    for (const item of items) {
      const label = typeof item === 'string' ? item : item && typeof item === 'object' && !Array.isArray(item) ? item.label : undefined;
      if (typeof label === 'string' && !ports.includes(label)) ports.push(label);
    }
  }
  return ports;
}
