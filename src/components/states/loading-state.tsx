export type LoadingStateProps = {
  label: string;
};

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p role="status" className="py-12 text-center text-muted">
      {label}
    </p>
  );
}
