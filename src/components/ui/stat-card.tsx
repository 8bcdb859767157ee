export type StatCardProps = {
  label: string;
  value: number;
  detail: string;
};

export function StatCard({ label, value, detail }: StatCardProps) {
  return (
    <div className="flex flex-col rounded-lg border border-line bg-surface p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="order-first text-3xl font-bold tabular-nums">{value}</dd>
      <dd className="mt-1 text-xs text-muted">{detail}</dd>
    </div>
  );
}
