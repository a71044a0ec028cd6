// Open the PDF.js 2.2.171 generic viewer on the notice, show every page once
// (as a reader scrolling to the end does), and take the live DOM.
const puppeteer = require('puppeteer-core');
const fs = require('fs');
(async () => {
  const [url, out] = process.argv.slice(2);
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--lang=zh-CN', '--window-size=1920,969'],
    env: Object.assign({}, process.env, { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' }),
  });
  const page = await browser.newPage();
  const cdp = await page.target().createCDPSession();
  await cdp.send('Emulation.setLocaleOverride', { locale: 'zh-CN' });
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'zh-CN,zh;q=0.9' });
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' });
    Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh'] });
  });
  await page.setViewport({ width: 1920, height: 969 });
  page.on('console', m => process.stderr.write('console: ' + m.text() + '\n'));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.PDFViewerApplication && PDFViewerApplication.pdfDocument &&
      PDFViewerApplication.pdfViewer && PDFViewerApplication.pdfViewer.pagesCount > 0, { timeout: 60000 });
  const n = await page.evaluate(() => PDFViewerApplication.pagesCount);
  await new Promise(r => setTimeout(r, 1500));
  for (let i = 1; i <= n; i++) {
    await page.evaluate(i => {
      const c = document.getElementById('viewerContainer');
      const pg = document.querySelector('.page[data-page-number="' + i + '"]');
      // scroll with the wheel's steps down to the page, as a reader does
      c.scrollTop = pg.offsetTop + 40;
    }, i);
    await page.waitForFunction(i => {
      const pg = document.querySelector('.page[data-page-number="' + i + '"]');
      const tl = pg && pg.querySelector('.textLayer');
      return pg && pg.getAttribute('data-loaded') === 'true' && tl && tl.childElementCount > 0 &&
             tl.querySelector('.endOfContent');
    }, { timeout: 60000 }, i);
    await new Promise(r => setTimeout(r, 700));
  }
  // scroll to the very end of the document
  await page.evaluate(() => { const c = document.getElementById('viewerContainer'); c.scrollTop = c.scrollHeight; });
  await new Promise(r => setTimeout(r, 1500));
  const res = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    before_html: Array.from(document.childNodes).filter(n => n.nodeType === 8).map(n => '<!--' + n.data + '-->').join(''),
    title: document.title,
    url: location.href,
    lang: navigator.language,
    loaded: Array.from(document.querySelectorAll('.page')).map(p => [p.dataset.pageNumber, p.dataset.loaded || '', (p.querySelector('.textLayer') || {childElementCount: -1}).childElementCount]),
  }));
  fs.writeFileSync(out, JSON.stringify(res));
  process.stderr.write(JSON.stringify({title: res.title, lang: res.lang, loaded: res.loaded}) + '\n');
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
