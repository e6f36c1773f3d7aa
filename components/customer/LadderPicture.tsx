/**
 * The commitment ladder as a picture: one rung per stage, lowest at the bottom, the
 * customer's rung lit. Disqualified stands beside the ladder, not on it. The SVG is
 * decorative; the list of rung names underneath carries the same facts for screen readers.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { LADDER, type Stage } from '../../lib/segmentation/types';
import { stageName } from '../common/labels';

export interface LadderPictureProps {
  stage: Stage;
  /** Where the customer would go next, drawn as an outline. */
  next?: Stage | null;
  t: Translate;
  /** Writes "step 5 of 7" in the locale's digits (۵ از ۷ in Persian). */
  fmt: Format;
}

const RUNG_HEIGHT = 22;
const WIDTH = 200;

export function LadderPicture({ stage, next, t, fmt }: LadderPictureProps) {
  const top = [...LADDER].reverse();
  const height = top.length * RUNG_HEIGHT + 8;
  return (
    <figure class="ladder">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        aria-hidden="true"
        focusable="false"
      >
        <line x1="12" y1="2" x2="12" y2={height - 2} class="ladder-rail" />
        <line x1={WIDTH - 12} y1="2" x2={WIDTH - 12} y2={height - 2} class="ladder-rail" />
        {top.map((rung, index) => {
          const y = 4 + index * RUNG_HEIGHT;
          const lit = rung === stage;
          const cls = lit ? 'rung rung-lit' : rung === next ? 'rung rung-next' : 'rung';
          return (
            <g key={rung} data-rung={rung}>
              <rect x="16" y={y} width={WIDTH - 32} height={RUNG_HEIGHT - 4} rx="3" class={cls} />
              <text x={WIDTH / 2} y={y + 13} class="rung-text" text-anchor="middle">
                {stageName(rung, t)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {stage === 'disqualified'
          ? t('ladder_disqualified')
          : t('ladder_position', [
              stageName(stage, t),
              fmt.number(LADDER.indexOf(stage) + 1, 0),
              fmt.number(LADDER.length, 0),
            ])}
      </figcaption>
    </figure>
  );
}
