import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

export type ButtonVariant = 'primary' | 'secondary' | 'link';

const VARIANTS = {
  primary: 'rounded-md bg-accent px-3 py-1.5 font-medium text-surface hover:opacity-90',
  secondary: 'rounded-md border border-line bg-surface px-3 py-1.5 hover:bg-accent-soft',
  link: cn('text-left', LINK_STYLE),
} as const;

/** A button's look with a 24 px minimum target (WCAG 2.5.8), also for a link that reads as a button. */
export function buttonStyle(variant: ButtonVariant = 'secondary', className?: string): string {
  return cn('min-h-6 min-w-6', VARIANTS[variant], className);
}
