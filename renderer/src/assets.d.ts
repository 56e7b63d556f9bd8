/** Vite's `?url` imports: the file is shipped in the bundle and this is its URL there. */
declare module '*?url' {
  const url: string;
  export default url;
}
