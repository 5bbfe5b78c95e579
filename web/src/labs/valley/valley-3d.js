// The 3-D surface view of the Valley lab: the surface as a coloured mesh (heights from the core's
// grid) with each racer's path and ball on it; rotate and zoom with the mouse (OrbitControls).
// Loaded with import() only when the student opens it, so three.js stays out of the first page.
// Drawing only: the grid and paths come in as arrays.
import {
  AmbientLight,
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  DoubleSide,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshLambertMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Scene,
  SphereGeometry,
  MeshBasicMaterial,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { colorScale } from '../../views/heat-map.js';
import { viridis } from '../../views/color-map.js';

const HEIGHT = 0.9; // the surface spans [−1, 1]² in x, y and [0, HEIGHT] in z
const MAX_PATH = 2048;

export class Valley3D {
  /** @param {HTMLElement} container @param {number} width @param {number} height */
  constructor(container, width, height) {
    this.renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(globalThis.devicePixelRatio || 1);
    this.renderer.setSize(width, height);
    this.renderer.setClearColor(new Color('#f4f6f8'));
    this.canvas = this.renderer.domElement;
    this.canvas.dataset.testid = 'valley-3d-canvas';
    container.append(this.canvas);
    this.scene = new Scene();
    this.camera = new PerspectiveCamera(45, width / height, 0.01, 100);
    // z is up: the student looks down into the valley from a corner.
    this.camera.up.set(0, 0, 1);
    this.camera.position.set(-1.8, -2.0, 1.8);
    this.controls = new OrbitControls(this.camera, this.canvas);
    this.controls.target.set(0, 0, HEIGHT / 3);
    this.controls.update();
    this.controls.addEventListener('change', () => this.render());
    this.scene.add(new AmbientLight(0xffffff, 1.6));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(1, -1, 3);
    this.scene.add(sun);
    this.mesh = null;
    this.racers = new Map();
    this.heights = null;
    this.n = 0;
    this.box = null;
  }

  /**
   * @param {ArrayLike<number>} grid n×n values (row-major, row 0 at yMin); copied
   * @param {number} n
   * @param {import('../../views/plot-frame.js').Box} box
   * @param {boolean} logScale
   */
  setSurface(grid, n, box, logScale) {
    const scale = colorScale(grid, logScale);
    this.n = n;
    this.box = box;
    this.heights = new Float32Array(n * n);
    const geometry = new PlaneGeometry(2, 2, n - 1, n - 1);
    const position = geometry.getAttribute('position');
    const colors = new Float32Array(n * n * 3);
    // PlaneGeometry's vertex k is row ⌊k/n⌋ from the top (+y) and column k mod n from the left.
    for (let k = 0; k < n * n; k++) {
      const row = n - 1 - Math.floor(k / n);
      const col = k % n;
      const v = scale(grid[row * n + col]);
      const h = Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
      this.heights[row * n + col] = h;
      position.setZ(k, h * HEIGHT);
      const [r, g, b] = viridis(h);
      colors.set([r / 255, g / 255, b / 255], k * 3);
    }
    geometry.setAttribute('color', new BufferAttribute(colors, 3));
    geometry.computeVertexNormals();
    if (this.mesh) {
      this.scene.remove(this.mesh);
      this.mesh.geometry.dispose();
      this.mesh.material.dispose();
    }
    this.mesh = new Mesh(
      geometry,
      new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }),
    );
    this.scene.add(this.mesh);
  }

  /** Scene coordinates of data point (x, y), lifted a little above the mesh. */
  toScene(x, y) {
    const { xMin, xMax, yMin, yMax } = this.box;
    const u = (x - xMin) / (xMax - xMin);
    const v = (y - yMin) / (yMax - yMin);
    return [2 * u - 1, 2 * v - 1, this.heightAt(u, v) * HEIGHT + 0.015];
  }

  // Bilinear interpolation of the normalised heights; clamped to the box's edge outside it.
  heightAt(u, v) {
    const n = this.n;
    const fx = Math.min(n - 1, Math.max(0, u * (n - 1)));
    const fy = Math.min(n - 1, Math.max(0, v * (n - 1)));
    const c0 = Math.min(n - 2, Math.floor(fx));
    const r0 = Math.min(n - 2, Math.floor(fy));
    const tx = fx - c0;
    const ty = fy - r0;
    const h = this.heights;
    const a = h[r0 * n + c0] * (1 - tx) + h[r0 * n + c0 + 1] * tx;
    const b = h[(r0 + 1) * n + c0] * (1 - tx) + h[(r0 + 1) * n + c0 + 1] * tx;
    return a * (1 - ty) + b * ty;
  }

  /**
   * @param {{ name: string, color: string, path: ArrayLike<number>,
   *   ball: { x: number, y: number } }[]} racers
   */
  setRacers(racers) {
    if (!this.box) return;
    const seen = new Set();
    for (const racer of racers) {
      seen.add(racer.name);
      let entry = this.racers.get(racer.name);
      if (!entry) {
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new BufferAttribute(new Float32Array(MAX_PATH * 3), 3));
        // Drawn over the mesh (no depth test): a path that dips into a well behind a ridge
        // would otherwise vanish, and the race is what the student watches.
        const line = new Line(
          geometry,
          new LineBasicMaterial({ color: racer.color, depthTest: false }),
        );
        const ball = new Mesh(
          new SphereGeometry(0.035, 16, 12),
          new MeshBasicMaterial({ color: racer.color, depthTest: false }),
        );
        line.renderOrder = 1;
        ball.renderOrder = 2;
        this.scene.add(line, ball);
        entry = { line, ball };
        this.racers.set(racer.name, entry);
      }
      const positions = entry.line.geometry.getAttribute('position');
      const count = Math.min(MAX_PATH, racer.path.length / 2);
      // Keep the newest points when the path is longer than the buffer.
      const first = racer.path.length / 2 - count;
      for (let i = 0; i < count; i++) {
        const [sx, sy, sz] = this.toScene(
          racer.path[2 * (first + i)],
          racer.path[2 * (first + i) + 1],
        );
        positions.setXYZ(i, sx, sy, sz);
      }
      positions.needsUpdate = true;
      entry.line.geometry.setDrawRange(0, count);
      entry.line.geometry.computeBoundingSphere();
      const [bx, by, bz] = this.toScene(racer.ball.x, racer.ball.y);
      entry.ball.position.set(bx, by, bz + 0.02);
    }
    for (const [name, entry] of this.racers) {
      if (seen.has(name)) continue;
      this.scene.remove(entry.line, entry.ball);
      disposeObject(entry.line);
      disposeObject(entry.ball);
      this.racers.delete(name);
    }
  }

  render() {
    this.renderer.render(this.scene, this.camera);
  }

  dispose() {
    this.controls.dispose();
    for (const entry of this.racers.values()) {
      disposeObject(entry.line);
      disposeObject(entry.ball);
    }
    if (this.mesh) disposeObject(this.mesh);
    this.renderer.dispose();
    this.canvas.remove();
  }
}

function disposeObject(object) {
  object.geometry.dispose();
  object.material.dispose();
}
