/** Entry bundled by the benchmark (like dist/*.js), so in-process numbers measure the shipped code, not tsx. */
export { loadDocumentFromBytes, loadDocumentFromText } from '../../server/src/core/engine/loadDocument';
export { validateDocument } from '../../server/src/core/engine/validate';
export { discoverFiles } from '../../server/src/host/discover';
