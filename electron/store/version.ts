/** The Lakar version recorded in every file it saves (a test keeps it equal to package.json). */
export const APP_VERSION = '0.1.0';
