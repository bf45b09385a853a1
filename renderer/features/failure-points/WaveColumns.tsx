import { useId, type ReactNode } from 'react';

/** Recovery waves side by side, first wave on the left; what each system shows is up to the screen. */
export function WaveColumns({
  waves,
  label,
  renderSystem,
}: {
  waves: readonly { wave: number; systemIds: readonly string[] }[];
  label: string;
  renderSystem: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <ol className="waves" aria-label={label}>
      {waves.map((wave) => (
        <li key={wave.wave} className="wave" aria-labelledby={`${id}-${String(wave.wave)}`}>
          <h3 id={`${id}-${String(wave.wave)}`} className="wave-heading">
            Wave {wave.wave}
          </h3>
          <ul className="wave-systems">
            {wave.systemIds.map((systemId) => (
              <li key={systemId}>{renderSystem(systemId)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
