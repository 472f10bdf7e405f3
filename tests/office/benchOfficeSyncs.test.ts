import { measureOfficeSyncs } from '../../scripts/benchOfficeSyncs';

describe('measureOfficeSyncs', () => {
  it('a validation of a small plan costs at most 3 round trips, highlight at most 2', async () => {
    const m = await measureOfficeSyncs(120);
    expect(m.syncs).toBeLessThanOrEqual(3);
    expect(m.highlightSyncs).toBeLessThanOrEqual(2);
    expect(m.revalidateSyncs).toBeLessThanOrEqual(3);
    expect(m.syncs).toBe(m.readSyncs + m.highlightSyncs);
    expect(m.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });
});
