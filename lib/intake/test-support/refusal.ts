import { IntakeError } from "../errors";

/** The IntakeError `run` refuses with; any other outcome fails the test. */
export function refusal(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}
