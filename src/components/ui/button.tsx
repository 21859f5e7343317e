import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-slate-400 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400',
  secondary: 'border border-line bg-surface text-ink hover:bg-sunken',
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = 'primary'): string {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium no-underline disabled:cursor-not-allowed ${VARIANTS[variant]}`;
}

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button type="button" className={`${buttonClass(variant)} ${className}`} {...props} />;
}
