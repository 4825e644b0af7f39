// Browsers come from Debian packages; never let an npm install download one.
module.exports = { skipDownload: true };
