import { prepareOrExit } from "./prepare";

// `npm run db:migrate`: the same checks and migrations the server runs at start.
prepareOrExit().then((env) => console.log(`Migrations applied to ${env.DATABASE_URL}.`));
