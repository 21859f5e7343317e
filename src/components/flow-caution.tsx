import { FLOWS } from '../catalog/flows';
import type { FlowId } from '../catalog/types';
import { Notice } from './ui/notice';

/** The vendor's warning about a flow (device code's phishing note), where the admin chooses or uses it. */
export function FlowCaution({ flow }: { flow: FlowId }) {
  const caution = FLOWS[flow].caution;
  if (!caution) return null;
  return (
    <Notice tone="info" title={caution.title} live={false}>
      {caution.body}
    </Notice>
  );
}
