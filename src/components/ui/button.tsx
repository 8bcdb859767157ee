import type { ComponentPropsWithRef } from 'react';
import { buttonStyle, type ButtonVariant } from '@/components/ui/button-style';

export type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant;
};

/** A button with a 24 px minimum target (WCAG 2.5.8). */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return <button type={type} className={buttonStyle(variant, className)} {...props} />;
}
