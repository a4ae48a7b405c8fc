// Stylesheets imported `with { type: "text" }` (esbuild's text loader): the CSS as a string, for a
// shadow root's <style>.
declare module "*.css" {
  const text: string;
  export default text;
}
