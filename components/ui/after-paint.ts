/**
 * Runs `work` once the browser has painted the next frame (a task queued from
 * that frame's requestAnimationFrame runs after its paint): for what a keystroke
 * need not wait for, such as re-rendering a count, so the typed letter shows
 * first. Returns a cancel function.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(work, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
