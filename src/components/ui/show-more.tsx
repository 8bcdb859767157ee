import { planShowMore, type CountNoun } from '@/lib/show-more';
import { Button } from '@/components/ui/button';

export type ShowMoreProps = {
  /** Items in the list (after filtering). */
  total: number;
  /** Items rendered now. */
  shown: number;
  pageSize: number;
  noun: CountNoun;
  /** Render the first `next` items (from `useShownCount`). */
  onShow: (next: number) => void;
};

/**
 * Under a long list: "Showing 15 of 54 sources", a "Show 15 more" button and, when the rest is
 * not huge, "Show all". Renders nothing for a list that fits in one page. The status line is
 * polite live text, so the new count is read out after the first new item has been focused.
 */
export function ShowMore({ total, shown, pageSize, noun, onShow }: ShowMoreProps) {
  if (total <= pageSize) return null;
  const plan = planShowMore({ total, shown, pageSize, noun });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p role="status" className="text-sm text-muted">
        {plan.status}
      </p>
      {plan.moreLabel && <Button onClick={() => onShow(plan.next)}>{plan.moreLabel}</Button>}
      {plan.allLabel && (
        <Button variant="link" onClick={() => onShow(total)}>
          {plan.allLabel}
        </Button>
      )}
    </div>
  );
}
