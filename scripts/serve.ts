import { spawn } from "node:child_process";
import { prepareOrExit } from "./prepare";

/**
 * Prepares the database, then runs the production server with the resolved
 * AUTH_SECRET in its environment. Signals are passed on so Ctrl-C stops both.
 */
prepareOrExit().then((env) => {
  const args = ["start", "-p", String(env.PORT)];
  if (env.HOSTNAME) args.push("-H", env.HOSTNAME);
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), ...args], {
    stdio: "inherit",
    env: { ...process.env, AUTH_SECRET: env.AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
});
