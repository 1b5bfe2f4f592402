// Kept in step with package.json by test/version.test.ts; a constant so start-up reads no files.
export const TOOL_VERSION = '0.3.0';
