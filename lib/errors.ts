export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  | "throttled"
  | "invalid_state";

/** An expected failure with a message safe to show the user (Chinese). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const forbidden = (message = "无权执行此操作") => new AppError("forbidden", message);
export const notFound = (message = "内容不存在或已被删除") => new AppError("not_found", message);
export const conflict = (message = "该内容已被他人修改,请刷新后再试。您填写的内容已保留。") =>
  new AppError("conflict", message);
export const invalidState = (message: string) => new AppError("invalid_state", message);

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 400,
  conflict: 409,
  throttled: 429,
  invalid_state: 409,
};
