// ∂f/∂l = ∇f·l against the angle of l, as a polar plot: r(α) = |∇f·(cos α, sin α)|, blue where
// the derivative is positive (uphill), orange where negative. The two lobes are circles touching
// the ball; the longest radius lies along ∇f (the steepest-ascent angle), of length ‖∇f‖.
// Drawing only.

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {number} size CSS px (square)
 * @param {{ gradient: [number, number], direction: number, steepest: number }} scene angles in
 *   radians
 */
export function drawPolarPlot(ctx, size, scene) {
  const { gradient, direction, steepest } = scene;
  const c = size / 2;
  const radius = size / 2 - 14;
  const norm = Math.hypot(gradient[0], gradient[1]);
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = '#ddd';
  ctx.lineWidth = 1;
  for (const f of [0.5, 1]) {
    ctx.beginPath();
    ctx.arc(c, c, radius * f, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.beginPath();
  ctx.moveTo(c - radius, c);
  ctx.lineTo(c + radius, c);
  ctx.moveTo(c, c - radius);
  ctx.lineTo(c, c + radius);
  ctx.stroke();
  if (norm > 0 && Number.isFinite(norm)) {
    for (const sign of [1, -1]) {
      ctx.fillStyle = sign > 0 ? 'rgba(31, 119, 180, 0.35)' : 'rgba(255, 127, 14, 0.35)';
      ctx.strokeStyle = sign > 0 ? '#1f77b4' : '#ff7f0e';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let k = 0; k <= 180; k++) {
        const a = (2 * Math.PI * k) / 180;
        const d = (gradient[0] * Math.cos(a) + gradient[1] * Math.sin(a)) / norm;
        const r = Math.max(0, sign * d) * radius;
        const px = c + r * Math.cos(a);
        const py = c - r * Math.sin(a);
        if (k === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
    // Steepest ascent: the longest radius.
    ctx.strokeStyle = '#1f77b4';
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.lineTo(c + radius * Math.cos(steepest), c - radius * Math.sin(steepest));
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // The chosen direction l, and its derivative as a dot on the curve.
  const d =
    norm > 0 ? (gradient[0] * Math.cos(direction) + gradient[1] * Math.sin(direction)) / norm : 0;
  ctx.strokeStyle = '#00a6c0';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(c, c);
  const hx = c + radius * Math.cos(direction);
  const hy = c - radius * Math.sin(direction);
  ctx.lineTo(hx, hy);
  ctx.stroke();
  ctx.fillStyle = '#00a6c0';
  ctx.beginPath();
  ctx.arc(hx, hy, 6, 0, 2 * Math.PI); // the drag handle
  ctx.fill();
  ctx.fillStyle = d >= 0 ? '#1f77b4' : '#ff7f0e';
  ctx.beginPath();
  const r = Math.abs(d) * radius;
  ctx.arc(c + r * Math.cos(direction), c - r * Math.sin(direction), 4, 0, 2 * Math.PI);
  ctx.fill();
}

/** The angle (radians, counter-clockwise from +x) of a pointer at CSS px (px, py) on the plot. */
export function polarAngleAt(size, px, py) {
  return Math.atan2(size / 2 - py, px - size / 2);
}
