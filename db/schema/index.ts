export * from "./users";
export * from "./articles";
export * from "./claims";
export * from "./verdicts";
export * from "./activity";
export * from "./models";
export * from "./requests";
