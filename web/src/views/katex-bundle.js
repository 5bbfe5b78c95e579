// The chunk katex-loader.js imports on demand: KaTeX and its stylesheet (fonts stay files).
import katex from 'katex';
import 'katex/dist/katex.min.css';

export { katex };
