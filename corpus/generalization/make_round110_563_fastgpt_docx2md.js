// Reproduces FastGPT's readDocsFile (packages/service/worker/readFile/extension/docx.ts)
// and html2md (packages/service/worker/htmlStr2Md/utils.ts): mammoth.convertToHtml with
// ignoreEmptyParagraphs:false, then turndown + joplin-turndown-plugin-gfm on a domino-ext window.
const fs = require('fs');
const mammoth = require('mammoth');
const TurndownService = require('turndown');
const domino = require('domino-ext');
const turndownPluginGfm = require('joplin-turndown-plugin-gfm');

const html2md = (html) => {
  const turndownService = new TurndownService({
    headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', fence: '```',
    emDelimiter: '_', strongDelimiter: '**', linkStyle: 'inlined', linkReferenceStyle: 'full'
  });
  const window = domino.createWindow(html);
  const document = window.document;
  turndownService.remove(['i', 'script', 'iframe']);
  turndownService.addRule('codeBlock', {
    filter: 'pre',
    replacement(_, node) {
      const content = node.textContent?.trim() || '';
      const codeName = node?._attrsByQName?.class?.data?.trim() || '';
      return `\n\`\`\`${codeName}\n${content}\n\`\`\`\n`;
    }
  });
  turndownService.use(turndownPluginGfm.gfm);
  return turndownService.turndown(document);
};

(async () => {
  const buffer = fs.readFileSync(process.argv[2]);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false });
  if (process.argv[4]) fs.writeFileSync(process.argv[4], html);
  fs.writeFileSync(process.argv[3], html2md(html));
  for (const m of messages) console.error(m.type + ': ' + m.message);
})();
