// Purge the compiled dkfds CSS against the citizen templates (purgecss.config.cjs).
const fs = require("fs");
const { PurgeCSS } = require("purgecss");
const config = require("../purgecss.config.cjs");

(async () => {
  const [result] = await new PurgeCSS().purge(config);
  fs.writeFileSync(config.css[0], result.css);
  console.log(`${config.css[0]}: ${result.css.length} bytes`);
})();
