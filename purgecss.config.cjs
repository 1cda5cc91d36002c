// Ship only the dkfds CSS the citizen pages can use (issue 13: page weight).
// Run by `npm run build:css` after sass. Content is every citizen template,
// the Python that writes CSS classes (form widgets, template tags, blocks) and
// the JavaScript that adds classes at run time (dkfds.js itself), so a class
// named anywhere in them is kept.
module.exports = {
  content: [
    "portal/templates/**/*.html",
    "digital_ansoegning/templates/**/*.html",
    "min_side/templates/**/*.html",
    "cms/templates/**/*.html",
    "backend_core/templates/**/*.html",
    "backend_core/forms.py",
    "backend_core/templatetags/*.py",
    "portal/templatetags/*.py",
    "digital_ansoegning/templatetags/*.py",
    "digital_ansoegning/forms.py",
    "min_side/templatetags/*.py",
    "cms/blocks.py",
    "portal/static/portal/js/*.js",
    "digital_ansoegning/static/**/*.js",
    "node_modules/dkfds/dist/js/dkfds.js",
  ],
  css: ["portal/static/portal/css/dkfds-borgerdk.css"],
  output: "portal/static/portal/css/",
  // Comments with licences stay; states set by dkfds at run time stay.
  safelist: { standard: [/^is-/, /^js-/, /active/, /open/, /hidden/, /expanded/, /current/], greedy: [/^mobile-nav/] },
  variables: true,
  keyframes: true,
  fontFace: false,
};
