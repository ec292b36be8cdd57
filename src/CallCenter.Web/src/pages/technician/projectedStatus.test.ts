import { describe, expect, it } from 'vitest';
import { nextStep, projectedStatus } from './projectedStatus';

describe('a job as the technician sees it while actions wait', () => {
  it('moves the status along the waiting actions in order', () => {
    expect(projectedStatus('Assigned', [])).toBe('Assigned');
    expect(projectedStatus('Assigned', ['Accept', 'StartTravel'])).toBe('EnRoute');
    expect(projectedStatus('OnSite', ['RecordTemperature', 'Photo', 'Signature', 'Resolve'])).toBe('Resolved');
    expect(projectedStatus('Assigned', ['Decline'])).toBe('DispatchedToStation');
  });

  it('offers the next step for each status', () => {
    expect(nextStep('Assigned')).toBe('acceptOrDecline');
    expect(nextStep('Accepted')).toBe('enRoute');
    expect(nextStep('EnRoute')).toBe('arrive');
    expect(nextStep('OnSite')).toBe('work');
    expect(nextStep('Resolved')).toBe('done');
  });
});
