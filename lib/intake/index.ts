export { IntakeError, isIntakeError, type IntakeErrorCode } from "./errors";
export {
  ALLOWED_FILE_EXTENSIONS,
  INTAKE_LIMITS_SUMMARY,
  MAX_ARTICLE_CHARS,
  MAX_FILE_BYTES,
  URL_FETCH_TIMEOUT_MS,
  type AllowedFileExtension,
} from "./limits";
export { assertArticleTextAcceptable } from "./article-text";
export { sanitizeArticleHtml, type SanitizeOptions } from "./sanitize";
export { importFile, type ImportedArticle } from "./import-file";
export { extractReadableArticle, MIN_ARTICLE_TEXT_CHARS, type ReadableArticle } from "./readable";
export { fetchArticleFromUrl, type FetchArticleOptions, type FetchedArticle } from "./fetch-url";
export { isPrivateAddress } from "./address";
