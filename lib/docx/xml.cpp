#include "docx/xml.h"

#include <algorithm>
#include <cstring>

#include <unicode/unistr.h>

namespace gongwen::internal {

Ns NsOfUri(std::string_view uri) {
  struct Entry {
    std::string_view uri;
    Ns ns;
  };
  static constexpr Entry kEntries[] = {
      {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", Ns::kW},
      {"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::kW},
      {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", Ns::kR},
      {"http://purl.oclc.org/ooxml/officeDocument/relationships", Ns::kR},
      {"http://schemas.openxmlformats.org/markup-compatibility/2006", Ns::kMc},
      {"http://schemas.openxmlformats.org/package/2006/relationships", Ns::kPkgRels},
      {"http://schemas.openxmlformats.org/package/2006/content-types", Ns::kContentTypes},
      {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", Ns::kCoreProps},
      {"http://purl.org/dc/elements/1.1/", Ns::kDc},
      {"http://purl.org/dc/terms/", Ns::kDcTerms},
      {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", Ns::kExtProps},
      {"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", Ns::kExtProps},
      {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", Ns::kWps},
      {"urn:schemas-microsoft-com:vml", Ns::kVml},
      {"http://schemas.microsoft.com/office/word/2006/wordml", Ns::kWne},
      {"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", Ns::kDrawing},
      {"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", Ns::kDrawing},
      {"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", Ns::kDrawing},
      {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", Ns::kDrawing},
      {"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::kDrawing},
  };
  for (const Entry& e : kEntries)
    if (e.uri == uri) return e.ns;
  return Ns::kOther;
}

void NsResolver::Prepare(const pugi::xml_document& doc, size_t xmlns_written) {
  root_prefixes_.clear();
  root_cache_.clear();
  // Every declaration in the part, wherever it stands (Word declares a:, pic:
  // on the drawing elements): while no prefix is bound to two namespaces, one
  // table answers for every element.
  struct Collector : pugi::xml_tree_walker {
    std::vector<std::pair<std::string, Ns>>* table;
    bool conflict = false;
    size_t declarations = 0;
    size_t written = kXmlnsUnknown;  // the text's "xmlns": once as many are read, none is left
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        // Only "xmlns" and "xmlns:…", tested without measuring every name first: a part has tens of
        // thousands of attributes (a Word styles.xml alone), and a string view of each was a
        // third of this walk.
        const char* name = a.name();
        if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0 || (name[5] != '\0' && name[5] != ':'))
          continue;
        ++declarations;
        const std::string prefix(name[5] == ':' ? name + 6 : "");
        const Ns ns = NsOfUri(a.value());
        auto it = std::find_if(table->begin(), table->end(), [&](const auto& e) { return e.first == prefix; });
        if (it == table->end()) {
          table->emplace_back(prefix, ns);
        } else if (it->second != ns) {
          conflict = true;  // a prefix rebound: answer element by element
          return false;
        }
      }
      return declarations != written;  // the walk stops at the last declaration the text holds
    }
  } collector;
  collector.table = &root_prefixes_;
  // The document element first: when its declarations account for every "xmlns" in the text, no
  // other element declares one (an attribute's name is written out, never made by an entity).
  pugi::xml_node root = doc.document_element();
  const bool root_only = root && xmlns_written != kXmlnsUnknown && collector.for_each(root) &&
                         collector.declarations == xmlns_written;
  if (!root_only && !collector.conflict) {
    root_prefixes_.clear();
    collector.declarations = 0;
    collector.written = xmlns_written;
    pugi::xml_node top = doc;  // a handle: traverse() is not const, though it changes nothing
    top.traverse(collector);   // the document element included: it is a descendant of the document
  }
  // WordprocessingML's prefix first: most elements are w:, and Word declares some thirty prefixes
  // on the document element, w about the fifteenth.
  std::stable_partition(root_prefixes_.begin(), root_prefixes_.end(),
                        [](const auto& entry) { return entry.second == Ns::kW; });
  nested_ = collector.conflict;
  prepared_ = true;
}

Ns NsResolver::Of(const pugi::xml_node& node) {
  if (prepared_ && !nested_) {
    // The prefix: the name up to its first colon, found without measuring the name first.
    const char* raw = node.name();
    const char* colon = raw;
    while (*colon != '\0' && *colon != ':') ++colon;
    const std::string_view prefix =
        *colon == ':' ? std::string_view(raw, static_cast<size_t>(colon - raw)) : std::string_view();
    for (const auto& [p, ns] : root_prefixes_)
      if (p == prefix) return ns;
    return Ns::kOther;
  }
  std::string_view name = node.name();
  size_t colon = name.find(':');
  std::string attr = colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  auto cached = root_cache_.find(attr);
  if (cached != root_cache_.end()) {
    // A nearer declaration would override the root's; check the short path up.
    bool nearer = false;
    for (pugi::xml_node n = node; n && n.parent() && n.parent().type() != pugi::node_document; n = n.parent())
      if (n.attribute(attr.c_str())) {
        nearer = true;
        break;
      }
    if (!nearer) return cached->second;
  }
  for (pugi::xml_node n = node; n; n = n.parent()) {
    if (n.type() != pugi::node_element) break;
    pugi::xml_attribute a = n.attribute(attr.c_str());
    if (!a) continue;
    Ns ns = NsOfUri(a.value());
    if (n.parent().type() == pugi::node_document) root_cache_.emplace(attr, ns);
    return ns;
  }
  return Ns::kOther;
}

pugi::xml_attribute Attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    std::string_view name = a.name();
    size_t colon = name.find(':');
    std::string_view l = colon == std::string_view::npos ? name : name.substr(colon + 1);
    if (l == local && name.substr(0, 5) != "xmlns") return a;
  }
  return {};
}

bool OnOff(const pugi::xml_node& node) {
  const std::string_view v = Attr(node, "val").value();
  return v != "0" && v != "false" && v != "off";
}

namespace {

// A part written in UTF-16 (a byte-order mark, or "<" as a 16-bit unit) is turned into UTF-8 by
// ICU's converter (ill-formed units as U+FFFD); false when it is not UTF-16. The offsets of such
// a part are then offsets in its UTF-8 form.
bool Utf16ToUtf8(std::string& xml) {
  if (xml.size() < 2) return false;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(xml[i]); };
  const bool bom = (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF);
  if (!bom && !((byte(0) == '<' && byte(1) == 0) || (byte(0) == 0 && byte(1) == '<'))) return false;
  const bool little = byte(0) == 0xFF || byte(0) == '<';
  const size_t start = bom ? 2 : 0;
  const icu::UnicodeString text(xml.data() + start, static_cast<int32_t>(xml.size() - start),
                                little ? "UTF-16LE" : "UTF-16BE");
  std::string out;
  text.toUTF8String(out);
  xml = std::move(out);
  return true;
}

}  // namespace

bool ParseXml(pugi::xml_document& doc, std::string& xml, std::string& error, size_t* xmlns_written) {
  // Word writes UTF-8; a part in UTF-16 (which XML allows, and LibreOffice reads) is read as UTF-8.
  Utf16ToUtf8(xml);
  if (xmlns_written != nullptr) {
    *xmlns_written = 0;
    const std::string_view text = xml;
    for (size_t at = text.find("xmlns"); at != std::string_view::npos; at = text.find("xmlns", at + 5))
      ++*xmlns_written;
  }
  // In place: the buffer is the caller's; entities other than the predefined
  // five are never expanded, and no DTD or external resource is ever loaded.
  pugi::xml_parse_result r = doc.load_buffer_inplace(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype,
      pugi::encoding_utf8);
  if (!r) {
    error = std::string(r.description()) + " at byte offset " + std::to_string(r.offset);
    return false;
  }
  // A part declaring a DTD is refused, not read with its entities left as text (&xxe;): the
  // packaging standard allows none (ECMA-376 Part 2, M1.17), and no writer of DOCX puts one.
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_doctype) {
      // offset_debug() is where the declaration's text starts, after "<!DOCTYPE" and spaces.
      const size_t at = xml.rfind("<!DOCTYPE", static_cast<size_t>(std::max<ptrdiff_t>(n.offset_debug(), 0)));
      error = "a document type declaration (<!DOCTYPE), which OOXML parts may not carry, at byte offset " +
              std::to_string(at == std::string::npos ? 0 : at);
      return false;
    }
  return true;
}

}  // namespace gongwen::internal
