// The moving parts drawn over the valley map: each racer's trail and ball, the downhill arrow
// −∇f, the momentum (velocity) arrow, the adaptive per-axis step size as a small box, and at the
// focused ball the direction l of the directional derivative and the Hessian's eigen-directions.
// Drawing only: every number comes in through `scene`.

const TINY = 1e-9;

/**
 * @typedef {object} RacerScene
 * @property {string} color
 * @property {ArrayLike<number>} path       flat [x0, y0, x1, y1, ...] ending at the ball
 * @property {{ x: number, y: number }} ball
 * @property {[number, number] | null} gradient  ∇f at the ball
 * @property {[number, number] | null} velocity  momentum/Nesterov velocity (null: none)
 * @property {[number, number] | null} stepSizes per-axis step of the adaptive methods (null: none)
 * @property {boolean} focused
 */

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {object} scene
 * @param {RacerScene[]} scene.racers
 * @param {{ x: number, y: number }[]} scene.minima
 * @param {number | null} [scene.direction]  angle (radians) of l at the focused ball
 * @param {number | null} [scene.steepest]   angle of ∇f at the focused ball
 * @param {import('../engine/surface-probe.js').HessianEigen | null} [scene.hessian]
 */
export function drawValleyOverlay(ctx, frame, scene) {
  const { racers, minima, direction = null, steepest = null, hessian = null } = scene;
  ctx.save();
  ctx.clearRect(0, 0, frame.width, frame.height);
  ctx.beginPath();
  ctx.rect(frame.margin.left, frame.margin.top, frame.plotWidth, frame.plotHeight);
  ctx.clip();

  for (const m of minima) {
    const [px, py] = frame.toPixel(m.x, m.y);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(px - 6, py - 6);
    ctx.lineTo(px + 6, py + 6);
    ctx.moveTo(px + 6, py - 6);
    ctx.lineTo(px - 6, py + 6);
    ctx.stroke();
  }

  for (const racer of racers) drawTrail(ctx, frame, racer);
  // Arrows and balls after all trails, so no trail hides a ball.
  for (const racer of racers) {
    const [bx, by] = frame.toPixel(racer.ball.x, racer.ball.y);
    if (racer.stepSizes) drawStepBox(ctx, frame, bx, by, racer.stepSizes, racer.color);
    if (racer.focused && hessian) drawEigenArrows(ctx, bx, by, hessian);
    // At rest the direction of a vanishing vector is round-off noise: no arrow then.
    if (racer.gradient && Math.hypot(...racer.gradient) > TINY) {
      drawArrow(ctx, bx, by, -racer.gradient[0], -racer.gradient[1], 46, '#fff', 2.5);
    }
    if (racer.velocity && Math.hypot(...racer.velocity) > TINY) {
      const [vx, vy] = racer.velocity;
      drawArrow(ctx, bx, by, -vx, -vy, 34, racer.color, 2.5, [4, 3]);
    }
    if (racer.focused && steepest !== null && direction !== null) {
      const faint = 'rgba(255,255,255,0.55)';
      drawArrow(ctx, bx, by, Math.cos(steepest), Math.sin(steepest), 30, faint, 1.5, [2, 3]);
      drawArrow(ctx, bx, by, Math.cos(direction), Math.sin(direction), 60, '#00e5ff', 2.5);
    }
  }
  for (const racer of racers) {
    const [bx, by] = frame.toPixel(racer.ball.x, racer.ball.y);
    ctx.fillStyle = racer.color;
    ctx.strokeStyle = racer.focused ? '#fff' : '#222';
    ctx.lineWidth = racer.focused ? 2.5 : 1.5;
    ctx.beginPath();
    ctx.arc(bx, by, racer.focused ? 7 : 5.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

function drawTrail(ctx, frame, racer) {
  const { path, color } = racer;
  if (!path || path.length < 4) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = racer.focused ? 2.5 : 1.8;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  for (let i = 0; i < path.length; i += 2) {
    const [px, py] = frame.toPixel(path[i], path[i + 1]);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
}

// An arrow along data direction (dx, dy) with a fixed on-screen length: magnitudes go to the
// readouts, since they span many orders of magnitude across a valley.
function drawArrow(ctx, bx, by, dx, dy, length, color, width, dash = []) {
  const norm = Math.hypot(dx, dy);
  if (!(norm > 0) || !Number.isFinite(norm)) return;
  // Screen y points down, data y up.
  const ex = bx + (dx / norm) * length;
  const ey = by - (dy / norm) * length;
  const angle = Math.atan2(ey - by, ex - bx);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(bx, by);
  ctx.lineTo(ex, ey);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(ex, ey);
  ctx.lineTo(ex - 10 * Math.cos(angle - 0.4), ey - 10 * Math.sin(angle - 0.4));
  ctx.lineTo(ex - 10 * Math.cos(angle + 0.4), ey - 10 * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

// The adaptive methods' per-axis step as a box around the ball: its half-widths are the step
// sizes in data units, so a long thin box shows one axis moving much faster than the other.
// Very large or tiny steps are clamped to stay visible.
function drawStepBox(ctx, frame, bx, by, [sx, sy], color) {
  const ppx = frame.plotWidth / (frame.box.xMax - frame.box.xMin);
  const ppy = frame.plotHeight / (frame.box.yMax - frame.box.yMin);
  const hw = Math.min(80, Math.max(2, Math.abs(sx) * ppx));
  const hh = Math.min(80, Math.max(2, Math.abs(sy) * ppy));
  if (!Number.isFinite(hw) || !Number.isFinite(hh)) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([3, 2]);
  ctx.strokeRect(bx - hw, by - hh, 2 * hw, 2 * hh);
  ctx.restore();
}

// Eigen-directions of the Hessian: the longer arrow belongs to the larger |λ|; solid for
// upward curvature (λ > 0), dashed for downward (λ < 0, a saddle or a ridge).
function drawEigenArrows(ctx, bx, by, hessian) {
  const scale = Math.max(Math.abs(hessian.values[0]), Math.abs(hessian.values[1]));
  if (!(scale > 0) || !Number.isFinite(scale)) return;
  const colors = ['#9cff57', '#ff9f1c'];
  for (let i = 0; i < 2; i++) {
    const lambda = hessian.values[i];
    const length = 22 + 36 * (Math.abs(lambda) / scale);
    const [vx, vy] = hessian.vectors[i];
    const dash = lambda < 0 ? [5, 4] : [];
    drawArrow(ctx, bx, by, vx, vy, length, colors[i], 2, dash);
    drawArrow(ctx, bx, by, -vx, -vy, length, colors[i], 2, dash);
  }
}
