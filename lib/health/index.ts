export * from "./types";
export * from "./compute";
export * from "./periods";
