/**
 * A copy of `array` with twice the room: the finder's scratch lists are typed
 * arrays reused across calls, and grow by doubling when a long text fills them.
 */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(1, array.length * 2));
  bigger.set(array);
  return bigger;
}
