/** A bar with its numbers as text beside it; the bar itself is decorative, the text is what is read out. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="progress">
      <div className="progress__track" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </div>
      <span className="progress__label">{label}</span>
    </div>
  );
}
