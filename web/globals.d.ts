// Globals of the vendored scripts (web/vendor/, copied from node_modules by scripts/vendor_web.py).
declare const marked: typeof import("marked");

// KaTeX ships no type declarations; this is the part of its API the client uses.
declare const katex: {
  render(tex: string, element: HTMLElement, options?: { throwOnError?: boolean; displayMode?: boolean; output?: "html" | "mathml" | "htmlAndMathml" }): void;
};
