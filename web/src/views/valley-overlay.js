// The moving parts drawn over the valley map: the trail of the descent, the ball, the downhill
// arrow −∇f and the known minima.

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {import('./plot-frame.js').PlotFrame} frame
 * @param {object} scene
 * @param {ArrayLike<number> | null} scene.path  flat [x0, y0, x1, y1, ...]
 * @param {{ x: number, y: number } | null} scene.ball
 * @param {[number, number] | null} scene.gradient ∇f at the ball
 * @param {{ x: number, y: number }[]} scene.minima
 * @param {string} [scene.color]
 */
export function drawValleyOverlay(ctx, frame, scene) {
  const { path, ball, gradient, minima, color = '#ff4d4d' } = scene;
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

  if (path && path.length >= 4) {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (let i = 0; i < path.length; i += 2) {
      const [px, py] = frame.toPixel(path[i], path[i + 1]);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.stroke();
  }

  if (ball) {
    const [bx, by] = frame.toPixel(ball.x, ball.y);
    if (gradient) drawDownhillArrow(ctx, bx, by, gradient);
    ctx.fillStyle = color;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(bx, by, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

// The arrow shows the direction of −∇f with a fixed on-screen length: its magnitude is in the
// readout, since ‖∇f‖ spans many orders of magnitude across a valley.
function drawDownhillArrow(ctx, bx, by, gradient) {
  const [gx, gy] = gradient;
  const norm = Math.hypot(gx, gy);
  if (!(norm > 0) || !Number.isFinite(norm)) return;
  const length = 46;
  // Screen y points down, data y up.
  const dx = (-gx / norm) * length;
  const dy = (gy / norm) * length;
  const ex = bx + dx;
  const ey = by + dy;
  const angle = Math.atan2(dy, dx);
  ctx.strokeStyle = '#fff';
  ctx.fillStyle = '#fff';
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(bx, by);
  ctx.lineTo(ex, ey);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(ex, ey);
  ctx.lineTo(ex - 10 * Math.cos(angle - 0.4), ey - 10 * Math.sin(angle - 0.4));
  ctx.lineTo(ex - 10 * Math.cos(angle + 0.4), ey - 10 * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
}
