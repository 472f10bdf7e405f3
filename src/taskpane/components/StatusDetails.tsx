/** Lines to read under a status message, one each (a conversion's "Chưa chép", "Cần xem"): the pane's and the page's. */
export function StatusDetails({ items, testId }: { items: readonly string[]; testId: string }) {
  if (!items.length) return null;
  return (
    <ul className="mtqg-status-details" data-testid={testId}>
      {items.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
}
