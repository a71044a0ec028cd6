// Round 123, case 632: what FastGPT does to a .docx between upload and
// "导出" (collection export, data.csv).  Run by make_632.py as
//   node 632_fastgpt_pipeline.js IN.docx OUT.csv CHUNK_SIZE [OUT.md]
// with NODE_PATH pointing at 632_npm/node_modules.
//
// 1. read:   mammoth.convertToHtml({buffer}, {ignoreEmptyParagraphs:false})
//            -> html2md: domino-ext window + turndown (atx headings, '-',
//            fenced, '_', '**', inlined links) + joplin-turndown-plugin-gfm,
//            i/script/iframe removed, a <pre> rule
//            (packages/service/worker/readFile/extension/docx.ts and
//             packages/service/worker/htmlStr2Md/utils.ts)
// 2. chunk:  rawText2Chunks (trigger: minSize 1000) -> splitText2Chunks,
//            custom chunk settings "段落优先", paragraphChunkDeep 5,
//            overlapRatio 0.2 (chunk mode)
//            (packages/service/core/dataset/read.ts,
//             packages/global/common/string/textSplitter.ts)
// 3. export: "\uFEFFindex,content" then "\n" + q + "," + a per datum in
//            chunkIndex order, fields through escapeCsvField
//            (projects/app/src/pages/api/core/dataset/collection/export.ts,
//             packages/service/common/file/csv.ts)
// The splitter below is this case's own re-implementation of FastGPT's
// logic (same steps, same regular expressions, same thresholds).
'use strict';
const fs = require('fs');
const mammoth = require('mammoth');
const TurndownService = require('turndown');
const domino = require('domino-ext');
const gfm = require('joplin-turndown-plugin-gfm');

const [, , inDocx, outCsv, chunkSizeArg, outMd] = process.argv;

// ---------------------------------------------------------------- read
function html2md(html) {
  const td = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    linkReferenceStyle: 'full'
  });
  const win = domino.createWindow(html);
  td.remove(['i', 'script', 'iframe']);
  td.addRule('codeBlock', {
    filter: 'pre',
    replacement(_, node) {
      const content = (node.textContent || '').trim();
      return '\n```\n' + content + '\n```\n';
    }
  });
  td.use(gfm.gfm);
  return td.turndown(win.document);
}

// ---------------------------------------------------------------- split
const validLen = (s) => s.replaceAll(/[\s\n]/g, '').length;

// FastGPT's simpleText, regular expressions kept as they are written there
// (in JavaScript the "[\s&&[^\n]]" classes are literal classes followed by
// "]", so only the trim, the CR and the 3+-newline rules ever fire).
function simpleText(text = '') {
  text = text.trim();
  text = text.replace(/([\u4e00-\u9fa5])[\s&&[^\n]]+([\u4e00-\u9fa5])/g, '$1$2');
  text = text.replace(/\r\n|\r/g, '\n');
  text = text.replace(/\n{3,}/g, '\n\n');
  text = text.replace(/[\s&&[^\n]]{2,}/g, ' ');
  text = text.replace(/[\x00-\x08]/g, ' ');
  return text;
}

function isWholeMdTable(str) {
  if (!str.includes('|')) return false;
  const lines = str.split('\n');
  if (lines.length < 2) return false;
  const head = lines[0].trim();
  if (!head.startsWith('|') || !head.endsWith('|')) return false;
  if (!/^(\|[\s:]*-+[\s:]*)+\|$/.test(lines[1].trim())) return false;
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l && (!l.startsWith('|') || !l.endsWith('|'))) return false;
  }
  return true;
}

function splitMdTable(text, chunkSize) {
  const rows = text.split('\n');
  const header = rows[0];
  const n = header.split('|').length - 2;
  const sep = '| ' + new Array(n > 0 ? n : 1).fill('---').join(' | ') + ' |';
  const out = [];
  let cur = header + '\n' + sep + '\n';
  for (let i = 2; i < rows.length; i++) {
    if (validLen(cur) + validLen(rows[i]) > chunkSize) {
      out.push(cur);
      cur = header + '\n' + sep + '\n';
    }
    cur += rows[i] + '\n';
  }
  if (cur) out.push(cur);
  return out;
}

function commonSplit({ text, chunkSize, paragraphChunkDeep = 5, maxSize = 8000,
                       overlapRatio = 0.15, customReg = [] }) {
  const MARK = 'SPLIT_HERE_SPLIT_HERE';
  const CODE = 'CODE_BLOCK_LINE_MARKER';
  const overlapLen = Math.round(chunkSize * overlapRatio);

  text = text.replace(/(```[\s\S]*?```|~~~[\s\S]*?~~~)/g, (m) => m.replace(/\n/g, CODE));
  const tableReg =
    /(\n\|(?:(?:[^\n|]+\|){1,})\n\|(?:[:\-\s]+\|){1,}\n(?:\|(?:[^\n|]+\|)*\n?)*)(?:\n|$)/g;
  const tables = text.match(tableReg);
  if (tables) {
    for (const t of tables) {
      const parts = splitMdTable(t.trim(), chunkSize);
      text = text.replace(t, '\n' + parts.join('\n') + '\n');
    }
  }
  text = text.replace(/(\r?\n|\r){3,}/g, '\n\n\n');

  const nCustom = customReg.length;
  const mdIndex = paragraphChunkDeep - 1;
  const noOverlapUpTo = nCustom + mdIndex + 4;
  const headerRules = [];
  for (let i = 1; i <= Math.min(paragraphChunkDeep, 8); i++) {
    headerRules.push({ reg: new RegExp('^(' + '#'.repeat(i) + '\\s[^\\n]+\\n)', 'gm'), maxLen: chunkSize });
  }
  const steps = [
    ...customReg.map((t) => ({ reg: t.replaceAll('\\n', '\n'), maxLen: chunkSize })),
    ...headerRules,
    { reg: /([\n](```[\s\S]*?```|~~~[\s\S]*?~~~))/g, maxLen: maxSize },
    { reg: /(\n\|(?:(?:[^\n|]+\|){1,})\n\|(?:[:\-\s]+\|){1,}\n(?:\|(?:[^\n|]+\|)*\n)*)/g, maxLen: chunkSize },
    { reg: /(\n{2,})/g, maxLen: chunkSize },
    { reg: /([\n])/g, maxLen: chunkSize },
    { reg: /([。]|([a-zA-Z])\.\s)/g, maxLen: chunkSize },
    { reg: /([！]|!\s)/g, maxLen: chunkSize },
    { reg: /([？]|\?\s)/g, maxLen: chunkSize },
    { reg: /([；]|;\s)/g, maxLen: chunkSize },
    { reg: /([，]|,\s)/g, maxLen: chunkSize }
  ];
  const isCustom = (s) => s < nCustom;
  const isMd = (s) => s >= nCustom && s <= mdIndex + nCustom;
  const noOverlap = (s) => s <= noOverlapUpTo;

  function pieces(text, step) {
    if (step >= steps.length) return [{ text, title: '', chunkMaxSize: chunkSize }];
    const { reg, maxLen } = steps[step];
    const repl = isCustom(step) ? MARK : isMd(step) ? MARK + '$1' : '$1' + MARK;
    let replaced;
    if (typeof reg === 'string') {
      replaced = text;
      reg.split('|').forEach((r) => { replaced = replaced.replaceAll(r, repl); });
    } else {
      replaced = text.replace(reg, repl);
    }
    return replaced.split(MARK).filter((p) => p.trim()).map((p) => {
      const title = isMd(step) ? (p.match(reg) || [''])[0] || '' : '';
      return {
        text: isMd(step) ? p.replace(title, '') : p,
        title,
        chunkMaxSize: p.match(reg) === null ? chunkSize : maxLen
      };
    }).filter((it) => !!it.title || !!(it.text && it.text.trim()));
  }

  function overlapOf(text, step) {
    if (noOverlap(step) || overlapLen === 0 || step >= steps.length) return '';
    const limit = chunkSize * 0.4;
    const ps = pieces(text, step);
    let acc = '';
    for (let i = ps.length - 1; i >= 0; i--) {
      const t = ps[i].text + acc;
      const l = validLen(t);
      if (l > overlapLen) {
        if (l > limit) return overlapOf(t, step + 1) || acc;
        return t;
      }
      acc = t;
    }
    return acc;
  }

  function rec(text, step, lastText, parentTitle) {
    const mdStep = isMd(step);
    const noConcat = isCustom(step);
    const len = validLen(text);
    if (step >= steps.length) {
      if (len < maxSize) return [text];
      const out = [];
      for (let i = 0; i < len; i += chunkSize - overlapLen) out.push(text.slice(i, i + chunkSize));
      return out;
    }
    const ps = pieces(text, step);
    const chunks = [];
    for (let i = 0; i < ps.length; i++) {
      const it = ps[i];
      const maxLen = it.chunkMaxSize;
      const lastLen = validLen(lastText);
      const cur = it.text;
      const next = lastText + cur;
      const nextLen = validLen(next);
      if (mdStep) {
        const inner = rec(next, step + 1, '', parentTitle + it.title);
        if (inner.length === 0) { chunks.push(parentTitle + it.title); continue; }
        chunks.push(...inner.map((c) => (step === mdIndex + nCustom ? parentTitle + it.title + c : c)));
        continue;
      }
      if (nextLen > maxLen) {
        const minChunk = maxLen * 0.8;
        const maxChunk = maxLen * 1.2;
        if (nextLen < maxChunk) {
          chunks.push(next);
          lastText = overlapOf(next, step);
          continue;
        }
        if (lastLen > minChunk) {
          chunks.push(lastText);
          lastText = overlapOf(lastText, step);
          i--;
          continue;
        }
        const inner = rec(cur, step + 1, lastText, parentTitle + it.title);
        const tail = inner[inner.length - 1];
        if (!tail) continue;
        if (validLen(tail) < minChunk) {
          chunks.push(...inner.slice(0, -1));
          lastText = tail;
          continue;
        }
        chunks.push(...inner);
        lastText = overlapOf(tail, step);
        continue;
      }
      if (noConcat) { chunks.push(cur); continue; }
      lastText = next;
    }
    if (lastText && chunks[chunks.length - 1] && !chunks[chunks.length - 1].endsWith(lastText)) {
      if (validLen(lastText) < chunkSize * 0.4) chunks[chunks.length - 1] += lastText;
      else chunks.push(lastText);
    } else if (lastText && chunks.length === 0) {
      chunks.push(lastText);
    }
    return chunks;
  }

  return rec(text, 0, '', '').map((c) => (c ? c.replaceAll(CODE, '\n').trim() : ''));
}

function splitText2Chunks(props) {
  const parts = props.text.split('-----CUSTOM_SPLIT_SIGN-----');
  const res = parts.map((item) => (isWholeMdTable(item)
    ? splitMdTable(props.text, props.chunkSize)
    : commonSplit(props)));
  return res.flat().map((c) => simpleText(c));
}

function rawText2Chunks({ rawText, chunkTriggerMinSize = 1000, ...p }) {
  if (rawText.trim().length < chunkTriggerMinSize) return [{ q: rawText, a: '' }];
  return splitText2Chunks({ text: rawText, ...p }).map((q) => ({ q, a: '' }));
}

// ---------------------------------------------------------------- export
function escapeCsvField(field) {
  if (field == null) return '';
  let s = String(field);
  if (s.match(/^[\=\+\-\@\|]/)) s = `'${s}`;
  if (s.includes(',') || s.includes('"') || s.includes('\n') || s.includes('\r')) {
    s = `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

(async () => {
  const buffer = fs.readFileSync(inDocx);
  const { value: html } = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false });
  const rawText = html2md(html);
  if (outMd) fs.writeFileSync(outMd, rawText);
  const data = rawText2Chunks({
    rawText,
    chunkTriggerMinSize: 1000,
    chunkSize: Number(chunkSizeArg),
    paragraphChunkDeep: 5,
    maxSize: 56000,
    overlapRatio: 0.2,
    customReg: []
  });
  let out = '\uFEFFindex,content';
  for (const d of data) out += `\n${escapeCsvField(d.q)},${escapeCsvField(d.a)}`;
  fs.writeFileSync(outCsv, out);
  console.log(`chunks=${data.length}`);
})();
