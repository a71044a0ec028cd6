// 657: the usual Node recipe - read a PDF with pdf-parse 1.1.1 (default options)
// and keep data.text. (lib/pdf-parse.js is required directly, the common way
// around index.js's debug self-test.)
const fs = require('fs');
const pdf = require('./node_modules/pdf-parse/lib/pdf-parse.js');
pdf(fs.readFileSync(process.argv[2])).then(function (data) {
  fs.writeFileSync(process.argv[3], data.text);
});
