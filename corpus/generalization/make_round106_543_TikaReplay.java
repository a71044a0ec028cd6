// Replays the XHTML calls that Tika 2.9's XWPFWordExtractorDecorator makes (computed by make_543.py)
// through a port of Tika's XHTMLContentHandler + ExpandedTitleContentHandler into the JDK's
// TransformerHandler configured exactly as tika-server's TikaResource.produceOutput ("html").
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.sax.*;
import javax.xml.transform.stream.StreamResult;
import javax.xml.XMLConstants;
import org.xml.sax.*;
import org.xml.sax.helpers.AttributesImpl;

public class TikaReplay {
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    // --- org.apache.tika.sax.ExpandedTitleContentHandler
    static class ExpandedTitle implements ContentHandler {
        final ContentHandler h; boolean isTitleTagOpen;
        ExpandedTitle(ContentHandler h) { this.h = h; }
        public void setDocumentLocator(Locator l) { h.setDocumentLocator(l); }
        public void startDocument() throws SAXException { h.startDocument(); isTitleTagOpen = false; }
        public void endDocument() throws SAXException { h.endDocument(); }
        public void startPrefixMapping(String p, String u) throws SAXException { h.startPrefixMapping(p, u); }
        public void endPrefixMapping(String p) throws SAXException { h.endPrefixMapping(p); }
        public void startElement(String uri, String ln, String qn, Attributes a) throws SAXException {
            h.startElement(uri, ln, qn, a);
            if ("TITLE".equalsIgnoreCase(ln) && XHTML.equals(uri)) isTitleTagOpen = true;
        }
        public void endElement(String uri, String ln, String qn) throws SAXException {
            h.endElement(uri, ln, qn);
            if ("TITLE".equalsIgnoreCase(ln) && XHTML.equals(uri)) isTitleTagOpen = false;
        }
        public void characters(char[] ch, int s, int l) throws SAXException {
            if (isTitleTagOpen && l == 0) {
                try { h.characters(new char[0], 0, 1); } catch (ArrayIndexOutOfBoundsException e) { }
            } else h.characters(ch, s, l);
        }
        public void ignorableWhitespace(char[] ch, int s, int l) throws SAXException { h.ignorableWhitespace(ch, s, l); }
        public void processingInstruction(String t, String d) throws SAXException { h.processingInstruction(t, d); }
        public void skippedEntity(String n) throws SAXException { h.skippedEntity(n); }
    }

    // --- org.apache.tika.sax.XHTMLContentHandler (2.x)
    static class Xhtml {
        static final Set<String> HEAD = Set.of("title", "link", "base", "meta");
        static final Set<String> AUTO = Set.of("html", "head", "body", "frameset");
        static final Set<String> INDENT = Set.of("li", "dd", "dt", "td", "th", "frame");
        static final Set<String> ENDLINE = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "dl",
                "pre", "hr", "blockquote", "address", "fieldset", "table", "form",
                "noscript", "li", "dt", "dd", "noframes", "br", "tr", "select", "option");
        final ContentHandler h; final Map<String, String[]> md;
        boolean headStarted, headEnded, useFrameset;
        Xhtml(ContentHandler h, Map<String, String[]> md) { this.h = h; this.md = md; }
        void startDocument() throws SAXException { h.startDocument(); h.startPrefixMapping("", XHTML); }
        void newline() throws SAXException { h.ignorableWhitespace(new char[]{'\n'}, 0, 1); }
        void lazyStartHead() throws SAXException {
            if (!headStarted) { headStarted = true;
                h.startElement(XHTML, "html", "html", new AttributesImpl()); newline();
                h.startElement(XHTML, "head", "head", new AttributesImpl()); newline(); }
        }
        void lazyEndHead(boolean fs) throws SAXException {
            lazyStartHead();
            if (!headEnded) { headEnded = true; useFrameset = fs;
                for (String name : md.keySet().toArray(new String[0])) {
                    if (name.equals("title")) continue;
                    for (String v : md.get(name)) { if (v == null) continue;
                        AttributesImpl a = new AttributesImpl();
                        a.addAttribute("", "name", "name", "CDATA", name);
                        a.addAttribute("", "content", "content", "CDATA", v);
                        h.startElement(XHTML, "meta", "meta", a); h.endElement(XHTML, "meta", "meta"); newline(); }
                }
                h.startElement(XHTML, "title", "title", new AttributesImpl());
                String[] t = md.get("dc:title");
                if (t != null && t[0] != null && t[0].length() > 0) { char[] c = t[0].toCharArray(); h.characters(c, 0, c.length); }
                else h.characters(new char[0], 0, 0);
                h.endElement(XHTML, "title", "title"); newline();
                h.endElement(XHTML, "head", "head"); newline();
                h.startElement(XHTML, "body", "body", new AttributesImpl());
            }
        }
        void endDocument() throws SAXException {
            lazyEndHead(useFrameset);
            h.endElement(XHTML, "body", "body");
            h.endElement(XHTML, "html", "html");
            h.endPrefixMapping(""); h.endDocument();
        }
        void startElement(String name, AttributesImpl a) throws SAXException {
            if (!AUTO.contains(name)) {
                if (HEAD.contains(name)) lazyStartHead(); else lazyEndHead(false);
                if (INDENT.contains(name)) h.ignorableWhitespace(new char[]{'\t'}, 0, 1);
                h.startElement(XHTML, name, name, a);
            }
        }
        void endElement(String name) throws SAXException {
            if (!AUTO.contains(name)) { h.endElement(XHTML, name, name); if (ENDLINE.contains(name)) newline(); }
        }
        void characters(String s) throws SAXException {
            if (s != null && s.length() > 0) { lazyEndHead(useFrameset); char[] c = s.toCharArray(); h.characters(c, 0, c.length); }
        }
    }

    static String dec(String b64) { return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8); }

    public static void main(String[] args) throws Exception {
        // metadata: Tika's Metadata keeps a HashMap<String, String[]>; add() appends values
        Map<String, String[]> md = new HashMap<>();
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] kv = line.split("\t", 3);
            String k = dec(kv[1]), v = dec(kv[2]);
            if (kv[0].equals("add") && md.containsKey(k)) {
                String[] old = md.get(k); String[] n = Arrays.copyOf(old, old.length + 1); n[old.length] = v; md.put(k, n);
            } else md.put(k, new String[]{v});
        }
        SAXTransformerFactory f = (SAXTransformerFactory) SAXTransformerFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        TransformerHandler th = f.newTransformerHandler();
        th.getTransformer().setOutputProperty(OutputKeys.METHOD, "html");
        th.getTransformer().setOutputProperty(OutputKeys.INDENT, "yes");
        th.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        th.getTransformer().setOutputProperty(OutputKeys.VERSION, "1.1");
        OutputStream os = new FileOutputStream(args[2]);
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        th.setResult(new StreamResult(w));
        Xhtml x = new Xhtml(new ExpandedTitle(th), md);
        for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] p = line.split("\t", -1);
            switch (p[0]) {
                case "D": x.startDocument(); break;
                case "X": x.endDocument(); break;
                case "S": { AttributesImpl a = new AttributesImpl();
                    for (int i = 2; i + 1 < p.length; i += 2) a.addAttribute("", p[i], p[i], "CDATA", dec(p[i + 1]));
                    x.startElement(p[1], a); break; }
                case "E": x.endElement(p[1]); break;
                case "C": x.characters(dec(p[1])); break;
                default: throw new IllegalStateException(line);
            }
        }
        w.flush(); w.close();
    }
}
