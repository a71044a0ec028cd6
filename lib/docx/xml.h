// Internal: namespace-aware access to pugixml trees. OOXML elements are matched
// by namespace URI, never by prefix: real files use w:, ns0: or a default namespace.
#ifndef GONGWEN_LIB_DOCX_XML_H_
#define GONGWEN_LIB_DOCX_XML_H_

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <pugixml.hpp>

namespace gongwen::internal {

enum class Ns {
  kOther,
  kW,        // wordprocessingml main, transitional or strict
  kR,        // officeDocument relationships (attributes r:id)
  kMc,       // markup compatibility (AlternateContent)
  kPkgRels,  // package relationships (_rels/*.rels)
  kContentTypes,
  kCoreProps,  // cp:
  kDc,         // dc:
  kDcTerms,    // dcterms:
  kExtProps,   // app.xml
  kWps,        // wordprocessingShape (text boxes)
  kVml,        // v: (legacy text boxes)
  kWne,        // Word 2006 wordml: Word puts txbxContent here in ISO Strict files
  kDrawing,    // drawing groups, canvases and DrawingML: searched for text boxes like wps shapes
};

Ns NsOfUri(std::string_view uri);

class NsResolver {
 public:
  // Reads the namespace declarations of a freshly parsed part: when no prefix
  // is bound to two namespaces anywhere in it (as Word, WPS and LibreOffice
  // write them), Of() answers from one table without walking up the tree.
  // `xmlns_written` is how many times "xmlns" is written in the part's text (ParseXml counts them):
  // when the document element's declarations are all of them, only that element is read, not the
  // whole tree (a Word styles.xml has tens of thousands of attributes, none of them a declaration),
  // and a walk of the tree stops at the last one. So the count must be of the very text `doc` was
  // parsed from, the tree unchanged since.
  static constexpr size_t kXmlnsUnknown = static_cast<size_t>(-1);
  void Prepare(const pugi::xml_document& doc, size_t xmlns_written = kXmlnsUnknown);
  Ns Of(const pugi::xml_node& node);
  static std::string_view Local(const pugi::xml_node& node) {
    std::string_view name = node.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  }
  // Whether `name` (an element's, as pugixml holds it: NUL-terminated), its prefix left out, is
  // `local`. Local(node) == local, without measuring the name first: the reader asks this of
  // every child it passes.
  static bool LocalIs(const char* name, std::string_view local) {
    const char* l = name;
    for (const char* c = name; *c != '\0'; ++c)
      if (*c == ':') {
        l = c + 1;
        break;
      }
    return std::strncmp(l, local.data(), local.size()) == 0 && l[local.size()] == '\0';
  }
  bool Is(const pugi::xml_node& node, Ns ns, std::string_view local) {
    return node.type() == pugi::node_element && LocalIs(node.name(), local) && Of(node) == ns;
  }
  // The first child in `ns` named `local`.
  pugi::xml_node Child(const pugi::xml_node& node, Ns ns, std::string_view local) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
      if (Is(c, ns, local)) return c;
    return {};
  }
  // The first child in `ns` of each name in `locals` (Child for each), in one pass over the
  // children: a w:pPr or w:rPr is asked for five or six properties, each a walk of its children.
  template <size_t N>
  std::array<pugi::xml_node, N> Children(const pugi::xml_node& node, Ns ns,
                                         const std::array<std::string_view, N>& locals) {
    std::array<pugi::xml_node, N> found{};
    size_t left = N;
    for (pugi::xml_node c = node.first_child(); c && left > 0; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view local = Local(c);
      for (size_t i = 0; i < N; ++i)
        if (!found[i] && local == locals[i]) {
          if (Of(c) == ns) {
            found[i] = c;
            --left;
          }
          break;  // the names differ: no other can match
        }
    }
    return found;
  }

 private:
  std::unordered_map<std::string, Ns> root_cache_;  // slow path: prefixes declared on the document element
  // Fast path of a prepared part: prefix → namespace, and whether a prefix is
  // bound to two namespaces in the part (then the slow path is taken).
  std::vector<std::pair<std::string, Ns>> root_prefixes_;
  bool prepared_ = false;
  bool nested_ = false;
};

// An attribute by local name, whatever its prefix (w:val, val, ns0:val).
pugi::xml_attribute Attr(const pugi::xml_node& node, std::string_view local);

// An on/off property (ST_OnOff: <w:b/>, <w:b w:val="0"/>): on unless its val
// says 0, false or off.
bool OnOff(const pugi::xml_node& node);

// Parses `xml` (kept alive by the caller's string) into `doc`; an error names the part and offset.
// `xmlns_written`, when given, receives how many times "xmlns" is written in the text, for
// NsResolver::Prepare (counted before the parse, which rewrites the text in place).
bool ParseXml(pugi::xml_document& doc, std::string& xml, std::string& error, size_t* xmlns_written = nullptr);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_DOCX_XML_H_
