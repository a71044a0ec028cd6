// The DOCX reader: package → parts → blocks, as Word shows the text.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/cell_lines.h"
#include "core/utf8.h"
#include "docx/numbering.h"
#include "docx/package.h"
#include "docx/placed.h"
#include "docx/xml.h"
#include "gongwen/block.h"
#include "gongwen/docx.h"
#include "gongwen/source.h"
#include "patterns/catalogue.h"

namespace gongwen {

bool LooksLikeZip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

namespace {

using internal::Attr;
using internal::Ns;
using internal::NsResolver;

constexpr std::string_view kRelTypeSuffixOfficeDocument = "/officeDocument";

// Where an element starts in its part: the byte of its '<' (pugixml gives the name's, one on).
size_t ElementOffset(const pugi::xml_node& element) {
  return static_cast<size_t>(std::max<ptrdiff_t>(element.offset_debug() - 1, 0));
}

// One relationship file (_rels/*.rels): type suffix → target part. A file that is there but
// cannot be read or parsed gives no relationships and says why in `error` (when asked).
// By each relationship's type's last segment ("/styles"), its target resolved; with `by_id`, by its id too
// (the type's last segment and the target).
std::map<std::string, std::string> ReadRelationships(
    internal::Package& pkg, const std::string& source_part, std::string* error_out = nullptr,
    std::map<std::string, std::pair<std::string, std::string>>* by_id = nullptr) {
  std::map<std::string, std::string> out;
  std::string rels_part;
  size_t slash = source_part.rfind('/');
  if (source_part.empty()) rels_part = "_rels/.rels";
  else if (slash == std::string::npos) rels_part = "_rels/" + source_part + ".rels";
  else rels_part = source_part.substr(0, slash + 1) + "_rels/" + source_part.substr(slash + 1) + ".rels";
  Result<std::string> xml = pkg.Read(rels_part);
  if (!xml.ok()) {
    if (error_out != nullptr && xml.status().code() != StatusCode::kNotFound)
      *error_out = xml.status().message();
    return out;
  }
  pugi::xml_document doc;
  std::string error;
  if (!internal::ParseXml(doc, *xml, error)) {
    if (error_out != nullptr) *error_out = rels_part + ": " + error;
    return out;
  }
  for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
    if (NsResolver::Local(r) != "Relationship") continue;
    if (std::string_view(Attr(r, "TargetMode").value()) == "External") continue;
    std::string type = Attr(r, "Type").value();
    size_t last = type.rfind('/');
    std::string suffix = last == std::string::npos ? type : type.substr(last);
    std::string target = internal::ResolvePartName(source_part, Attr(r, "Target").value());
    if (by_id != nullptr) by_id->emplace(Attr(r, "Id").value(), std::make_pair(suffix, target));
    out.emplace(suffix, std::move(target));
  }
  return out;
}

// Run formatting that layout rules check: East Asian font, size, colour.
struct RunFormat {
  std::string font;   // w:rFonts eastAsia (else ascii)
  double size_pt = 0; // w:sz is in half-points
  std::string color;  // w:color, hex RRGGBB
  signed char bold = -1;       // w:b: 1 on, 0 off, -1 not said
  signed char underline = -1;  // w:u: 1 a line of any kind, 0 w:val="none", -1 not said
  signed char strike = -1;     // w:strike or w:dstrike: 1 on, 0 off, -1 not said
  signed char hidden = -1;     // w:vanish (字体 → 隐藏): 1 on, 0 off, -1 not said
  // Its East Asian font a 黑体 face (w:rFonts eastAsia 黑体, 方正黑体_GBK, SimHei): 1 yes, 0 another, -1 not
  // said. Not the ascii one: Chinese text is drawn in the East Asian font.
  signed char heavy_face = -1;
  std::string
      symbol_font;  // w:rFonts ascii when a symbol font (Wingdings, Wingdings 2): its glyphs are boxes
  // Fills what is unset here from `fallback`.
  void Inherit(const RunFormat& fallback) {
    if (font.empty()) font = fallback.font;
    if (size_pt == 0) size_pt = fallback.size_pt;
    if (color.empty()) color = fallback.color;
    if (bold < 0) bold = fallback.bold;
    if (underline < 0) underline = fallback.underline;
    if (strike < 0) strike = fallback.strike;
    if (hidden < 0) hidden = fallback.hidden;
    if (heavy_face < 0) heavy_face = fallback.heavy_face;
    if (symbol_font.empty()) symbol_font = fallback.symbol_font;
  }
  // Red enough to be read as a mark (以红色字体标注的为牵头单位): FF0000, C00000 and their like.
  bool Red() const {
    if (color.size() != 6) return false;
    const auto channel = [&](size_t at) { return std::strtol(color.substr(at, 2).c_str(), nullptr, 16); };
    return channel(0) >= 0xB0 && channel(2) <= 0x50 && channel(4) <= 0x50;
  }
};

struct StyleInfo {
  std::string based_on;
  std::string name;
  int num_id = -1;  // -1: not set here
  int ilvl = -1;
  int outline = -1;
  std::string alignment;
  RunFormat run;
};

// One block as extracted, before the Source is made: a Block whose `begin` holds, until
// Finish(), the offset of its element in the part's XML. Finish() turns the extracted
// blocks into the reading's blocks in place (no second vector of every block).
using Extracted = Block;

class DocxReader {
 public:
  // `imported`: the package is a .docx another one imports whole (w:altChunk), whose own imports are not
  // read.
  DocxReader(std::string_view bytes, std::string path, const DocxOptions& options, bool imported = false)
      : bytes_(bytes), path_(std::move(path)), options_(options), imported_(imported) {}

  Result<Reading> Run() {
    auto pkg = internal::Package::Open(bytes_, path_, options_);
    if (!pkg.ok()) return pkg.status();
    pkg_ = std::move(pkg).value();
    Result<std::string> main = MainPart();
    if (!main.ok()) return main.status();
    const std::string& main_part = *main;
    std::string rels_error;
    auto rels = ReadRelationships(*pkg_, main_part, &rels_error, &main_targets_);
    main_part_ = main_part;
    if (!rels_error.empty())
      Warn("GW-DOCX-PART",
           rels_error + " (the document's relationships: its styles, numbering and notes are not read)");
    LoadStyles(rels);
    LoadNumbering(rels);
    Properties();
    Status st = ReadPart(main_part, BlockKind::kParagraph);
    if (!st.ok()) return st;
    for (const char* type : {"/footnotes", "/endnotes"}) {
      auto it = rels.find(type);
      if (it != rels.end() && pkg_->Has(it->second)) {
        Status notes = ReadPart(it->second, BlockKind::kFootnote);
        if (!notes.ok()) Warn("GW-DOCX-PART", notes.message());
      }
    }
    return Finish();
  }

 private:
  // The main document part: [Content_Types].xml first, then the package
  // relationships, never a hard-coded name.
  Result<std::string> MainPart() {
    // The package's officeDocument relationship first: [Content_Types].xml may give the main part's type to
    // another part too (an altChunk's imported .docx), the first of them in its order not the document.
    {
      auto rels = ReadRelationships(*pkg_, "");
      auto it = rels.find(std::string(kRelTypeSuffixOfficeDocument));
      if (it != rels.end() && pkg_->Has(it->second)) return it->second;
    }
    Result<std::string> xml = pkg_->Read("[Content_Types].xml");
    if (!xml.ok() && xml.status().code() != StatusCode::kNotFound) return xml.status();
    if (xml.ok()) {
      pugi::xml_document doc;
      std::string error;
      if (!internal::ParseXml(doc, *xml, error))
        return Status(StatusCode::kUnsupportedFormat, "[Content_Types].xml: " + error).WithFile(path_);
      for (pugi::xml_node o = doc.document_element().first_child(); o; o = o.next_sibling()) {
        if (NsResolver::Local(o) != "Override") continue;
        std::string_view type = Attr(o, "ContentType").value();
        if (type.find("wordprocessingml.document.main+xml") != std::string_view::npos ||
            type.find("wordprocessingml.document.macroEnabled.main+xml") != std::string_view::npos ||
            type.find("wordprocessingml.template.main+xml") != std::string_view::npos ||
            type.find("wordprocessingml.template.macroEnabledTemplate.main+xml") != std::string_view::npos ||
            type.find("ms-word.document.macroEnabled.main+xml") != std::string_view::npos ||
            type.find("ms-word.template.macroEnabledTemplate.main+xml") != std::string_view::npos) {
          std::string part = internal::ResolvePartName("", Attr(o, "PartName").value());
          if (pkg_->Has(part)) return part;
        }
      }
    }
    return Status(StatusCode::kUnsupportedFormat, "no main document part: not a Word document").WithFile(path_);
  }

  // Reads and parses the part a relationship of type `suffix` points to. An
  // optional part that is missing is no error; one that is damaged is a warning.
  bool LoadRelatedPart(const std::map<std::string, std::string>& rels, const char* suffix, std::string& xml,
                       pugi::xml_document& doc) {
    auto it = rels.find(suffix);
    if (it == rels.end()) return false;
    Result<std::string> bytes = pkg_->Read(it->second);
    if (!bytes.ok()) {
      if (bytes.status().code() != StatusCode::kNotFound) Warn("GW-DOCX-PART", bytes.status().message());
      return false;
    }
    xml = std::move(bytes).value();
    std::string error;
    size_t xmlns_written = 0;
    if (!internal::ParseXml(doc, xml, error, &xmlns_written)) {
      Warn("GW-DOCX-PART", it->second + ": " + error);
      return false;
    }
    ns_.Prepare(doc, xmlns_written);  // the resolver now answers for this part
    return true;
  }

  void LoadStyles(const std::map<std::string, std::string>& rels) {
    std::string xml;
    pugi::xml_document doc;
    if (!LoadRelatedPart(rels, "/styles", xml, doc)) return;
    if (pugi::xml_node defaults = ns_.Child(doc.document_element(), Ns::kW, "docDefaults"))
      if (pugi::xml_node rd = ns_.Child(defaults, Ns::kW, "rPrDefault"))
        if (pugi::xml_node rpr = ns_.Child(rd, Ns::kW, "rPr")) default_run_ = ReadRunFormat(rpr);
    for (pugi::xml_node s = doc.document_element().first_child(); s; s = s.next_sibling()) {
      if (!ns_.Is(s, Ns::kW, "style")) continue;
      StyleInfo info;
      const auto [b, n, ppr, rpr] = ns_.Children<4>(s, Ns::kW, {"basedOn", "name", "pPr", "rPr"});
      if (b) info.based_on = Attr(b, "val").value();
      if (n) info.name = Attr(n, "val").value();
      if (ppr) {
        const auto [numpr, o, jc] = ns_.Children<3>(ppr, Ns::kW, {"numPr", "outlineLvl", "jc"});
        ReadNumPr(numpr, info.num_id, info.ilvl);
        if (o) info.outline = Attr(o, "val").as_int(-1);
        if (jc) info.alignment = Attr(jc, "val").value();
      }
      if (rpr) info.run = ReadRunFormat(rpr);
      const std::string id = Attr(s, "styleId").value();
      if (std::string_view(Attr(s, "type").value()) == "paragraph" && Attr(s, "default").as_bool()) default_style_ = id;
      styles_[id] = info;
    }
  }

  void LoadNumbering(const std::map<std::string, std::string>& rels) {
    std::string xml;
    pugi::xml_document doc;
    if (LoadRelatedPart(rels, "/numbering", xml, doc)) numbering_.Load(doc.document_element(), ns_);
  }

  void Properties() {
    auto rels = ReadRelationships(*pkg_, "");
    auto read = [&](const std::string& suffix, const char* fallback) -> std::string {
      auto it = rels.find(suffix);
      std::string part = it != rels.end() ? it->second : fallback;
      Result<std::string> xml = pkg_->Read(part);
      return xml.ok() ? std::move(xml).value() : "";
    };
    std::string core = read("/core-properties", "docProps/core.xml");
    // Transitional names it extended-properties, ISO Strict extendedProperties.
    std::string app = read(rels.count("/extendedProperties") ? "/extendedProperties" : "/extended-properties",
                           "docProps/app.xml");
    auto collect = [&](std::string& xml, std::initializer_list<std::pair<const char*, const char*>> wanted) {
      if (xml.empty()) return;
      pugi::xml_document doc;
      std::string error;
      if (!internal::ParseXml(doc, xml, error)) return;
      for (const auto& [local, key] : wanted)
        for (pugi::xml_node n = doc.document_element().first_child(); n; n = n.next_sibling())
          if (NsResolver::Local(n) == local && n.text()) {
            properties_.emplace_back(key, n.text().get());
            break;
          }
    };
    collect(core, {{"title", "title"}, {"creator", "creator"}, {"created", "created"}, {"modified", "modified"},
                   {"lastModifiedBy", "last_modified_by"}});
    collect(app, {{"Application", "application"}, {"AppVersion", "app_version"}});
  }

  // Whether a font is a 黑体 face, the dark sans a clerk marks a lead unit with
  // (用黑体字标注的单位为牵头单位).
  static bool HeavyFace(std::string_view font) {
    for (std::string_view face : {"黑体", "SimHei", "Heiti", "STHeiti"})
      if (internal::ContainsText(font, face)) return true;
    return false;
  }

  // A w:rPr's font, size, colour, bold and underline.
  RunFormat ReadRunFormat(const pugi::xml_node& rpr) {
    RunFormat f;
    const auto [fonts, sz, color, b, u] = ns_.Children<5>(rpr, Ns::kW, {"rFonts", "sz", "color", "b", "u"});
    if (fonts) {
      f.font = Attr(fonts, "eastAsia").value();
      if (!f.font.empty()) f.heavy_face = HeavyFace(f.font) ? 1 : 0;
      if (f.font.empty()) f.font = Attr(fonts, "ascii").value();
      if (const std::string_view ascii = Attr(fonts, "ascii").value(); ascii.starts_with("Wingdings"))
        f.symbol_font = std::string(ascii);
    }
    if (sz) f.size_pt = Attr(sz, "val").as_double(0) / 2;
    if (color) {
      f.color = Attr(color, "val").value();
      if (f.color == "auto") f.color.clear();
    }
    if (b) f.bold = internal::OnOff(b) ? 1 : 0;
    if (u) f.underline = std::string_view(Attr(u, "val").value()) == "none" ? 0 : 1;
    for (const char* strike : {"strike", "dstrike"})
      if (const pugi::xml_node line = ns_.Child(rpr, Ns::kW, strike); line && f.strike != 1)
        f.strike = internal::OnOff(line) ? 1 : 0;
    if (const pugi::xml_node vanish = ns_.Child(rpr, Ns::kW, "vanish"))
      f.hidden = internal::OnOff(vanish) ? 1 : 0;
    return f;
  }

  // What a character style (w:rStyle) sets, with the styles it is based on.
  const RunFormat& CharacterStyle(const std::string& id) {
    auto [it, added] = character_styles_.try_emplace(id);
    if (!added) return it->second;
    std::string cur = id;
    for (int hop = 0; hop < 32 && !cur.empty(); ++hop) {
      const auto found = styles_.find(cur);
      if (found == styles_.end()) break;
      it->second.Inherit(found->second.run);
      cur = found->second.based_on;
    }
    return it->second;
  }

  // The page size and margins of the body's last section, in millimetres.
  void PageSetup(const pugi::xml_node& body) {
    pugi::xml_node sect = ns_.Child(body, Ns::kW, "sectPr");
    if (!sect) return;
    auto mm = [](const pugi::xml_attribute& a) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1f", a.as_double(0) * 25.4 / 1440);  // twips
      return std::string(buf);
    };
    if (pugi::xml_node sz = ns_.Child(sect, Ns::kW, "pgSz")) {
      if (pugi::xml_attribute w = Attr(sz, "w")) properties_.emplace_back("page_width_mm", mm(w));
      if (pugi::xml_attribute h = Attr(sz, "h")) properties_.emplace_back("page_height_mm", mm(h));
    }
    if (pugi::xml_node mar = ns_.Child(sect, Ns::kW, "pgMar"))
      for (const char* side : {"top", "bottom", "left", "right"})
        if (pugi::xml_attribute a = Attr(mar, side)) properties_.emplace_back(std::string("margin_") + side + "_mm", mm(a));
  }

  // A w:numPr (null: none): its numId and ilvl.
  void ReadNumPr(const pugi::xml_node& numpr, int& num_id, int& ilvl) {
    if (!numpr) return;
    const auto [n, l] = ns_.Children<2>(numpr, Ns::kW, {"numId", "ilvl"});
    if (n) num_id = Attr(n, "val").as_int(-1);
    if (l) ilvl = Attr(l, "val").as_int(0);
  }

  // A paragraph style with its basedOn chain folded in, nearest first: numPr,
  // heading level, alignment and run format (document defaults last). Made
  // once per style, not once per paragraph.
  struct ResolvedStyle {
    int num_id = -1;
    int ilvl = -1;
    int heading = 0;
    std::string alignment;
    RunFormat run;
  };

  const ResolvedStyle& Resolve(const std::string& id) {
    auto [it, added] = resolved_.try_emplace(id);
    ResolvedStyle& r = it->second;
    if (!added) return r;
    std::string cur = id;
    bool heading_set = false;  // the nearest style that says decides: outline level 9 is body text
    for (int hop = 0; hop < 32 && !cur.empty(); ++hop) {
      auto found = styles_.find(cur);
      if (found == styles_.end()) break;
      const StyleInfo& s = found->second;
      // A style may set only the level and leave the list to its parent (中文标准模板的条标题).
      if (r.ilvl < 0 && s.ilvl >= 0) r.ilvl = s.ilvl;
      if (r.num_id < 0 && s.num_id >= 0) r.num_id = s.num_id;
      if (!heading_set) {
        std::string lower;
        for (char c : s.name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (s.outline >= 0 && s.outline <= 9) {
          r.heading = s.outline < 9 ? s.outline + 1 : 0;
          heading_set = true;
        } else if (lower.rfind("heading ", 0) == 0) {
          const int level = std::atoi(lower.c_str() + 8);
          r.heading = level >= 1 && level <= 9 ? level : 0;
          heading_set = true;
        }
      }
      if (r.alignment.empty()) r.alignment = s.alignment;
      r.run.Inherit(s.run);
      cur = s.based_on;
    }
    r.run.Inherit(default_run_);
    return r;
  }

  Status ReadPart(const std::string& part, BlockKind kind) {
    Result<std::string> xml = pkg_->Read(part);
    if (!xml.ok()) return xml.status();
    auto doc = std::make_unique<pugi::xml_document>();
    std::string error;
    size_t xmlns_written = 0;
    if (!internal::ParseXml(*doc, *xml, error, &xmlns_written))
      return Status(StatusCode::kUnsupportedFormat, "part " + part + ": malformed XML: " + error).WithFile(path_);
    ns_.Prepare(*doc, xmlns_written);
    part_ = part;
    // Nothing of another part's waits (its nodes are gone with its document).
    placed_.clear();
    placed_rules_.clear();
    turned_.clear();
    cut_row_.reset();
    paragraph_index_ = 0;
    table_index_ = 0;
    kind_ = kind;
    pugi::xml_node root = doc->document_element();
    if (kind == BlockKind::kParagraph) {
      pugi::xml_node body = ns_.Child(root, Ns::kW, "body");
      if (!body) return Status(StatusCode::kUnsupportedFormat, "part " + part + ": no w:body").WithFile(path_);
      extracted_.reserve(extracted_.size() + EstimateBlocks(body));
      Blocks(body, 0);
      // What waits at the body's end: a held row, the last page's boxes, and the turned boxes (a watermark
      // across each page), read after the body, not inside a paragraph cut by a page; and what reading them
      // leaves (a box inside a box, a table in a box): again, a few rounds at most, as deep as boxes nest.
      size_t turned_count = 0;
      for (int round = 0;
           round < 8 && (cut_row_ || !placed_.empty() || !placed_rules_.empty() || !turned_.empty());
           ++round) {
        if (cut_row_) EmitCutRow();
        PlacedPage(pugi::xml_node());
        const std::vector<pugi::xml_node> turned = std::move(turned_);
        turned_.clear();
        turned_count += turned.size();
        for (const pugi::xml_node& box : turned) Blocks(box, 1);
      }
      if (cut_row_) EmitCutRow();
      if (placed_pages_ > 0)
        diagnostics_.push_back(
            {"GW-DOCX-PLACED", Severity::kInfo,
             std::to_string(placed_pages_) +
                 "页的文字在定位于页面的文本框中（由版式文件转换而来），按版面位置读取" +
                 (placed_tables_ > 0 ? "，由表格线重建表格" + std::to_string(placed_tables_) + "个"
                                     : std::string()) +
                 (turned_count == 0
                      ? std::string()
                      : "，旋转的文字（水印）" + std::to_string(turned_count) + "处读在正文之后"),
             Span{}});
      PageSetup(body);
    } else {
      for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
        std::string_view type = Attr(n, "type").value();
        if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
        Blocks(n, 0);
      }
    }
    return Status::Ok();
  }

  // About the blocks a body gives (its paragraphs and table rows), reserved at once: grown step by
  // step, the vector moved every block about twice more and faulted in twice its final size.
  static size_t EstimateBlocks(const pugi::xml_node& body) {
    size_t n = 0;
    for (pugi::xml_node c = body.first_child(); c; c = c.next_sibling()) {
      const std::string_view local = NsResolver::Local(c);
      if (local == "tbl") {
        for (pugi::xml_node r = c.first_child(); r; r = r.next_sibling()) n += NsResolver::Local(r) == "tr";
      } else {
        n += local == "p" || local == "sdt" || local == "customXml";
      }
    }
    return n;
  }

  bool TooDeep(int depth) {
    if (depth <= static_cast<int>(options_.max_depth)) return false;
    if (!depth_warned_) Warn("GW-DOCX-DEPTH", "XML 嵌套超过 " + std::to_string(options_.max_depth) + " 层，更深的内容未读取");
    depth_warned_ = true;
    return true;
  }

  // Block-level content: paragraphs, tables, content controls, custom XML.
  void Blocks(const pugi::xml_node& parent, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      Ns ns = ns_.Of(n);
      std::string_view local = NsResolver::Local(n);
      if (ns == Ns::kMc && local == "AlternateContent") {
        Blocks(ChooseAlternative(n), depth + 1);
        continue;
      }
      if (ns != Ns::kW) continue;
      if (local == "p") Paragraph(n, depth + 1);
      else if (local == "tbl") Table(n, depth + 1);
      else if (local == "sdt") {
        if (!ShowsPlaceholder(n)) Blocks(ns_.Child(n, Ns::kW, "sdtContent"), depth + 1);
      } else if (local == "customXml" || local == "sdtContent" ||
                 (IsRevision(local) && RevisionShown(local))) {
        Blocks(n, depth + 1);
      } else if (local == "altChunk") {
        AltChunk(n);
      }
    }
  }

  // Content imported whole from another file of the package (w:altChunk: an HTML body, a .docx table an OA
  // system set in a letterhead), read where it stands as its own reader reads it: a .docx by this reader (its
  // own imports not read), HTML or text by the text reader. Its blocks name the imported part; their offset
  // in the document's XML is the w:altChunk's. What cannot be read (RTF, MHT, a damaged part, a part that is
  // no import, one imported again, past 64 imports) is said. An imported package inflates within what the
  // outer one has left (the imports of a file share its limit).
  void AltChunk(const pugi::xml_node& chunk) {
    PlacedPage(pugi::xml_node());  // its blocks are pushed after the page's placed boxes
    std::string id;  // its relationship's id (r:id, whatever the prefix)
    for (pugi::xml_attribute a = chunk.first_attribute(); a; a = a.next_attribute())
      if (std::string_view(a.name()).ends_with(":id")) id = a.value();
    const auto target = main_targets_.find(id);
    const auto not_read = [&](const std::string& why) {  // said once for each reason
      if (chunk_reasons_said_.insert(why).second)
        Warn("GW-DOCX-PART",
             "w:altChunk: content imported from another file (" + id + ") is not read: " + why);
    };
    constexpr size_t kMostImports = 64;
    if (imported_ || part_ != main_part_) return not_read("an import inside an imported file or a note");
    if (target == main_targets_.end() || target->second.first != "/aFChunk" ||
        target->second.second == main_part_ || !pkg_->Has(target->second.second))
      return not_read("no imported part");
    const std::string& part = target->second.second;
    if (imported_parts_.size() >= kMostImports) return not_read("more than 64 imports");
    if (!imported_parts_.insert(part).second) return not_read("imported already");
    Result<std::string> bytes = pkg_->Read(part);
    if (!bytes.ok()) return not_read(bytes.status().message());
    std::vector<Block> blocks;
    const std::string_view head = std::string_view(*bytes).substr(0, 512);
    if (LooksLikeZip(*bytes)) {
      DocxOptions within = options_;
      within.max_total_bytes -= std::min(within.max_total_bytes, pkg_->TotalRead() + imported_bytes_);
      DocxReader reader(*bytes, path_ + "!" + part, within, /*imported=*/true);
      Result<Reading> inner = reader.Run();
      if (reader.pkg_) imported_bytes_ += reader.pkg_->TotalRead();
      if (!inner.ok()) return not_read(inner.status().message());
      for (const Diagnostic& d : inner->source.diagnostics())
        diagnostics_.push_back({d.rule, d.severity, part + ": " + d.message, Span{}});
      blocks = std::move(inner->blocks);
    } else if (bytes->starts_with("{\\rtf")) {
      return not_read("RTF");
    } else if (internal::FindText(head, "MIME-Version") != std::string_view::npos ||
               internal::FindText(head, "multipart/related") != std::string_view::npos) {
      return not_read("MHT (a web archive)");
    } else {
      Result<Source> source = DecodeSource(*bytes, path_ + "!" + part);
      if (!source.ok()) return not_read(source.status().message());
      blocks = ReadTextBlocks(*source);
    }
    const size_t at = ElementOffset(chunk);
    int table = -1, row = 0;
    for (Block& b : blocks) {
      Extracted e = std::move(b);
      e.begin = at;
      e.location = {part, e.location.paragraph, -1, -1};
      if (e.kind == BlockKind::kTableRow) {
        // A table of the part's own (its rows in a run): an index of this part's, as its own tables have.
        if (table < 0) table = table_index_++, row = 0;
        e.location.table = table;
        e.location.row = row++;
        PipeLine(e);  // its text the row's cells as this reader writes a row, their places in it
      } else {
        table = -1;
      }
      extracted_.push_back(std::move(e));
    }
  }

  // mc:AlternateContent is read once: the first Choice whose required namespaces this reader
  // knows (Requires="wps"), else the Fallback if it holds anything (some writers leave it empty
  // under a drawing group), else the first Choice.
  pugi::xml_node ChooseAlternative(const pugi::xml_node& alt) {
    pugi::xml_node fallback, first;
    for (pugi::xml_node c = alt.first_child(); c; c = c.next_sibling()) {
      if (NsResolver::Local(c) == "Choice") {
        if (Understood(c)) return c;
        if (!first) first = c;
      }
      if (NsResolver::Local(c) == "Fallback") fallback = c;
    }
    return fallback &&
                   fallback.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; })
               ? fallback
               : first;
  }

  // Every prefix of a Choice's Requires bound, where it stands, to a namespace the reader knows.
  static bool Understood(const pugi::xml_node& choice) {
    std::string_view requires_list = Attr(choice, "Requires").value();
    while (!requires_list.empty()) {
      const size_t space = requires_list.find(' ');
      const std::string prefix(requires_list.substr(0, space));
      requires_list = space == std::string_view::npos ? std::string_view() : requires_list.substr(space + 1);
      if (prefix.empty()) continue;
      const std::string attr = "xmlns:" + prefix;
      Ns ns = Ns::kOther;
      for (pugi::xml_node n = choice; n && n.type() == pugi::node_element; n = n.parent())
        if (pugi::xml_attribute a = n.attribute(attr.c_str())) {
          ns = internal::NsOfUri(a.value());
          break;
        }
      if (ns == Ns::kOther) return false;
    }
    return true;
  }

  // A text box placed by its offset from the page's corner (wp:anchor positionH/V relativeFrom="page",
  // VML's mso-position-…-relative:page), as a converter that keeps a PDF's or an OFD's layout writes them.
  struct PlacedText {
    pugi::xml_node content;  // its w:txbxContent
    internal::PlacedBox box;
    bool rotated = false;  // turned (a:xfrm rot, VML rotation): a watermark across the page
  };

  struct Para {
    std::string text;
    RunFormat first_run;  // of the first run with text: the paragraph's face for layout rules
    int runs_with_text = 0;
    int bold_runs = 0;
    // [begin, end) in text of each piece in bold, in red and underlined (Mark), adjacent runs merged.
    std::array<std::vector<std::pair<size_t, size_t>>, 4> marked;
    size_t run_start = 0;  // where the run being read began in text (0 again after a page break in it)
    bool style_struck = false;  // its paragraph style strikes its text through (a run may say otherwise)
    std::vector<pugi::xml_node> text_boxes;
    std::vector<PlacedText> placed;           // text boxes placed on the page (PlacedPage)
    std::vector<internal::PlacedRule> rules;  // and lines drawn on it

    // The marked pieces as Emphasis, the text given up to now, in reading order (bold before red where both
    // begin at once).
    void MoveMarksTo(std::vector<Emphasis>& out) {
      std::vector<std::tuple<size_t, size_t, size_t>> pieces;  // begin, mark, end
      for (size_t m = 0; m < marked.size(); ++m) {
        for (const auto& [b, e] : marked[m])
          if (e <= text.size()) pieces.emplace_back(b, m, e);
        marked[m].clear();
      }
      std::sort(pieces.begin(), pieces.end());
      for (const auto& [b, m, e] : pieces)
        out.push_back({-1, text.substr(b, e - b), m == kRed, m == kUnderlined, m == kHeavyFace});
    }
  };
  enum Mark : size_t { kBold, kRed, kUnderlined, kHeavyFace };

  void Paragraph(const pugi::xml_node& p, int depth) {
    Extracted block;
    block.kind = kind_;
    block.begin = ElementOffset(p);
    int num_id = -1, ilvl = -1, heading = -1;  // heading: -1 = the style's; 0 = body text (outline level 9)
    bool page_break_before = false;
    bool section_end = false;  // the paragraph ends a section (w:sectPr in its w:pPr)
    std::string style;
    std::string alignment;
    // The paragraph mark deleted, or moved away (w:moveFrom; with keep_original: inserted, moved here).
    bool mark_deleted = false;
    bool run_in = false;  // the mark hidden as a style separator's (w:specVanish): the next paragraph runs on
    if (pugi::xml_node ppr = ns_.Child(p, Ns::kW, "pPr")) {
      const auto [numpr, jc, ps, o, pb, rpr, sect] = ns_.Children<7>(
          ppr, Ns::kW, {"numPr", "jc", "pStyle", "outlineLvl", "pageBreakBefore", "rPr", "sectPr"});
      section_end = static_cast<bool>(sect);
      ReadNumPr(numpr, num_id, ilvl);
      if (jc) alignment = Attr(jc, "val").value();
      if (ps) style = Attr(ps, "val").value();
      if (o) {
        const int level = Attr(o, "val").as_int(-1);
        if (level >= 0 && level <= 9) heading = level < 9 ? level + 1 : 0;
      }
      if (pb) page_break_before = internal::OnOff(pb);
      for (pugi::xml_node c = rpr.first_child(); c && !mark_deleted; c = c.next_sibling())
        mark_deleted =
            ns_.Of(c) == Ns::kW && IsRevision(NsResolver::Local(c)) && !RevisionShown(NsResolver::Local(c));
      run_in = rpr && ns_.Child(rpr, Ns::kW, "specVanish") && in_cell_ == 0;
    }
    const ResolvedStyle& resolved = Resolve(style.empty() ? default_style_ : style);
    if (ilvl < 0) ilvl = resolved.ilvl;
    if (num_id < 0) num_id = resolved.num_id;
    if (heading < 0) heading = resolved.heading;
    if (page_break_before) PageBreak(p);
    Para para;
    // (A style the paragraph names: a document whose every paragraph were struck through is no draft's
    // deletions.)
    para.style_struck = !style.empty() && style != default_style_ && resolved.run.strike == 1 &&
                        Resolve(default_style_).run.strike != 1;
    current_block_ = &block;
    // A page break inside the paragraph emits the text before it, and the break, from here on.
    const size_t first_piece = extracted_.size();
    Runs(p, para, depth + 1);
    // A paragraph deleted whole (its mark and its text) is gone, number and all.
    if (mark_deleted && internal::TrimSpaces(para.text).empty() && para.text_boxes.empty() &&
        para.placed.empty() && extracted_.size() == first_piece)
      return;
    para.MoveMarksTo(block.emphasis);
    block.text = std::move(para.text);
    // The label starts the paragraph's text: in its first piece with text when a page break cut it.
    Extracted* head = &block;
    for (size_t k = first_piece; k < extracted_.size(); ++k)
      if (extracted_[k].kind != BlockKind::kPageBreak && !internal::TrimSpaces(extracted_[k].text).empty()) {
        head = &extracted_[k];
        break;
      }
    // A bulleted list in a table cell (a 责任单位 cell, a unit a line): the glyph is no part of the cell's
    // text, whose paragraphs are its lines.
    if (num_id > 0) {
      const bool cell_bullet = in_cell_ > 0 && numbering_.IsBullet(num_id, std::max(ilvl, 0));
      if (std::optional<std::string> label = numbering_.Next(num_id, std::max(ilvl, 0));
          label && !cell_bullet) {
        // The label and what Word prints after it (a tab, as a rule): 5.1⇥千方百计… is numbered, 5.1千 a
        // quantity.
        head->style.numbered = !label->empty();
        if (!label->empty() && !numbering_.IsBullet(num_id, std::max(ilvl, 0)))
          *label += numbering_.Suffix(num_id, std::max(ilvl, 0));
        head->text.insert(0, *label);
      }
    }
    RunFormat run = para.first_run;
    run.Inherit(resolved.run);
    if (alignment.empty()) alignment = resolved.alignment;
    // Every piece of a cut paragraph has the paragraph's style (a heading's second half is heading too).
    auto apply_style = [&](Extracted& piece) {
      piece.style.heading_level = heading;
      piece.style.bold = para.runs_with_text > 0 && para.bold_runs == para.runs_with_text;
      piece.style.alignment = alignment;
      piece.style.font = run.font;
      piece.style.size_pt = run.size_pt;
      piece.style.color = run.color;
    };
    for (size_t k = first_piece; k < extracted_.size(); ++k)
      if (extracted_[k].kind != BlockKind::kPageBreak) apply_style(extracted_[k]);
    apply_style(block);
    // After a style separator (Word's 样式分隔符: a run-in heading, 1．扩大有效投资。 in 标题 2, its mark
    // hidden): one paragraph on the page, read as one, in the body's style but numbered as the heading is.
    if (run_in_ && *run_in_ + 1 == extracted_.size() && first_piece == extracted_.size() && in_cell_ == 0 &&
        block.kind == extracted_.back().kind) {
      Extracted& first = extracted_.back();
      first.text += block.text;
      std::move(block.emphasis.begin(), block.emphasis.end(), std::back_inserter(first.emphasis));
      const bool numbered = first.style.numbered;
      first.style = block.style;
      first.style.numbered = numbered || block.style.numbered;
      run_in_.reset();
      if (run_in) run_in_ = extracted_.size() - 1;
    } else {
      Emit(std::move(block));
      run_in_.reset();
      if (run_in) run_in_ = extracted_.size() - 1;
    }
    // Text boxes follow the paragraph that anchors them.
    for (const pugi::xml_node& box : para.text_boxes) Blocks(box, depth + 1);
    // Boxes placed on the page wait for the page's others (a converter anchors a page's boxes in one
    // empty paragraph, or in several), to be read in reading order when the page ends (the section's last
    // paragraph), or before the next text.
    std::move(para.placed.begin(), para.placed.end(), std::back_inserter(placed_));
    std::move(para.rules.begin(), para.rules.end(), std::back_inserter(placed_rules_));
    if (section_end) PlacedPage(p);
  }

  // Tracked changes, in one place: by default the text as accepted (insertions
  // and move targets shown, deletions and move sources dropped); with
  // keep_original the text before the changes.
  static bool IsRevision(std::string_view local) {
    return local == "ins" || local == "moveTo" || local == "del" || local == "moveFrom";
  }
  bool RevisionShown(std::string_view local) const {
    const bool added = local == "ins" || local == "moveTo";
    return added != options_.keep_original;
  }
  // The mark on paragraph or row properties that hides it: w:del, or w:ins with keep_original.
  const char* HiddenRevision() const { return options_.keep_original ? "ins" : "del"; }

  // A content control left empty shows its prompt (单击或点击此处输入文字。, w:showingPlcHdr), the form's
  // text and not the document's: nothing is written in it. An ST_OnOff attribute that says yes.
  static bool IsOn(std::string_view value) { return value == "1" || value == "true" || value == "on"; }

  // Reported, with the prompt, as GW-DOCX-PLACEHOLDER.
  bool ShowsPlaceholder(const pugi::xml_node& sdt) {
    const pugi::xml_node flag = ns_.Child(ns_.Child(sdt, Ns::kW, "sdtPr"), Ns::kW, "showingPlcHdr");
    if (!flag) return false;
    if (const pugi::xml_attribute val = Attr(flag, "val"); val && !IsOn(val.value()))
      return false;  // w:val="0"
    std::string prompt;
    // Its w:t in document order: a walk down and along, bounded by the content's own depth.
    const pugi::xml_node content = ns_.Child(sdt, Ns::kW, "sdtContent");
    for (pugi::xml_node n = content.first_child(); n && n != content;) {
      if (ns_.Is(n, Ns::kW, "t")) prompt += n.text().get();
      if (n.first_child() && n.first_child().type() == pugi::node_element) {
        n = n.first_child();
        continue;
      }
      while (n != content && !n.next_sibling()) n = n.parent();
      if (n != content) n = n.next_sibling();
    }
    diagnostics_.push_back({"GW-DOCX-PLACEHOLDER", Severity::kInfo,
                            "内容控件未填写，其提示文字“" + prompt + "”未作为正文读入", Span{}});
    return true;
  }

  void PageBreak(const pugi::xml_node& at) {
    Extracted brk;
    brk.kind = BlockKind::kPageBreak;
    brk.begin = ElementOffset(at);
    Emit(std::move(brk));
  }

  // Inline content of a paragraph.
  void Runs(const pugi::xml_node& parent, Para& para, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      Ns ns = ns_.Of(n);
      std::string_view local = NsResolver::Local(n);
      if (ns == Ns::kMc && local == "AlternateContent") {
        Runs(ChooseAlternative(n), para, depth + 1);
        continue;
      }
      if (ns != Ns::kW) {
        FindTextBoxes(n, para, depth + 1);  // wps/v shapes met directly
        continue;
      }
      if (local == "r") {
        Run(n, para, depth + 1);
      } else if (local == "fldSimple" && !n.first_child() && !InInstruction()) {
        AppendEquation(Attr(n, "instr").value(), para);  // <w:fldSimple w:instr="EQ \o\ac(○,11)"/>: no result
      } else if (local == "hyperlink" || local == "smartTag" || local == "customXml" ||
                 local == "fldSimple" || local == "dir" || local == "bdo" || local == "sdtContent") {
        Runs(n, para, depth + 1);
      } else if (local == "sdt") {
        if (!ShowsPlaceholder(n)) Runs(ns_.Child(n, Ns::kW, "sdtContent"), para, depth + 1);
      } else if (local == "ruby") {
        Runs(ns_.Child(n, Ns::kW, "rubyBase"), para, depth + 1);  // the base text, not the reading above it
      } else if (IsRevision(local)) {
        if (RevisionShown(local)) Runs(n, para, depth + 1);
      }
    }
  }

  struct RunState {
    bool has_text = false;
    bool custom_mark = false;  // a note's reference printed with a mark of its own, which follows it
    RunFormat format;          // its w:rPr's, over its character style's
    bool style_strike = false;  // its character style strikes through, its own properties saying nothing
    std::string struck;        // its text struck through, not read (GW-DOCX-STRUCK)
    std::string hidden;        // its hidden text (w:vanish), not read (GW-DOCX-HIDDEN)
    bool Bold() const { return format.bold == 1; }
  };

  // Whether a run's text is struck through: its own w:strike (or w:dstrike) says; else its character style's
  // and its paragraph style's, each a toggle (ECMA-376 §17.7.3): struck by one of them, not by both.
  // (Styles strike nothing in a document whose default paragraph style, or its defaults, strike through.)
  bool Struck(const RunState& run, const Para& para) {
    if (run.style_strike) return !para.style_struck && Resolve(default_style_).run.strike != 1;
    return run.format.strike == 1 || (run.format.strike < 0 && para.style_struck);
  }

  void Run(const pugi::xml_node& r, Para& para, int depth) {
    RunState run;
    para.run_start = para.text.size();
    RunContent(r, para, run, depth);
    // A draft's deletion marked by hand, struck through (修改稿, not tracked): no text of the document's, as
    // a tracked deletion is none; recorded, and kept with keep_original.
    if (!run.struck.empty())
      diagnostics_.push_back({"GW-DOCX-STRUCK", Severity::kInfo,
                              "加删除线的文字“" + run.struck + "”视为已删除，未作为正文读入", Span{}});
    // Text set hidden (字体 → 隐藏, w:vanish): Word neither shows nor prints it, a draft's soft deletion or
    // note; recorded, not read, and kept with keep_original.
    if (!run.hidden.empty())
      diagnostics_.push_back({"GW-DOCX-HIDDEN", Severity::kInfo,
                              "隐藏文字“" + run.hidden + "”不显示也不打印，未作为正文读入", Span{}});
    if (run.has_text) {
      if (para.runs_with_text == 0) para.first_run = run.format;
      ++para.runs_with_text;
      para.bold_runs += run.Bold();
      MarksSoFar(para, run);
    }
  }

  // The run's text so far, from para.run_start, as a piece of each mark it has (joined to the piece
  // before when they touch: a name Word cut into runs around a w:proofErr or a w:bookmarkStart).
  static void MarksSoFar(Para& para, const RunState& run) {
    const size_t from = para.run_start;
    if (para.text.size() <= from) return;
    const bool has[] = {run.Bold(), run.format.Red(), run.format.underline == 1, run.format.heavy_face == 1};
    for (size_t m = 0; m < para.marked.size(); ++m) {
      if (!has[m]) continue;
      auto& pieces = para.marked[m];
      if (!pieces.empty() && pieces.back().second == from)
        pieces.back().second = para.text.size();
      else
        pieces.emplace_back(from, para.text.size());
    }
  }

  // The entry a legacy form's drop-down field shows (w:fldChar's w:ffData/w:ddList): the one w:result
  // numbers, w:default's when there is none (or it numbers no entry), the first when neither does;
  // nullopt for any other field.
  std::optional<std::string> DropDownChoice(const pugi::xml_node& fld_char) {
    const pugi::xml_node list = ns_.Child(ns_.Child(fld_char, Ns::kW, "ffData"), Ns::kW, "ddList");
    if (!list) return std::nullopt;
    std::vector<std::string_view> entries;
    for (pugi::xml_node e = list.first_child(); e; e = e.next_sibling())
      if (ns_.Is(e, Ns::kW, "listEntry")) entries.push_back(Attr(e, "val").value());
    for (std::string_view which : {"result", "default"}) {
      const pugi::xml_node n = ns_.Child(list, Ns::kW, which);
      if (!n) continue;
      const char* val = Attr(n, "val").value();
      char* end = nullptr;
      const long k = std::strtol(val, &end, 10);
      if (end != val && k >= 0 && static_cast<unsigned long>(k) < entries.size())
        return std::string(entries[k]);
    }
    if (entries.empty()) return std::nullopt;  // no entry to show: the field's result, if any, is read
    return std::string(entries[0]);
  }

  // A form's check box (FORMCHECKBOX) prints no character of its own: its state, w:checked (else w:default),
  // as ☑ or ☐ in its place.
  std::optional<std::string> CheckBoxState(const pugi::xml_node& fld_char) {
    const pugi::xml_node box = ns_.Child(ns_.Child(fld_char, Ns::kW, "ffData"), Ns::kW, "checkBox");
    if (!box) return std::nullopt;
    bool on = false;
    if (const pugi::xml_node checked = ns_.Child(box, Ns::kW, "checked"))
      on = !Attr(checked, "val") || IsOn(Attr(checked, "val").value());
    else if (const pugi::xml_node def = ns_.Child(box, Ns::kW, "default"))
      on = !Attr(def, "val") || IsOn(Attr(def, "val").value());
    return std::string(on ? "☑" : "☐");
  }

  // What a run holds; an mc:AlternateContent in it holds run content too (Word's w16se:symEx
  // with a w:sym fallback, a drawing with a VML fallback).
  void RunContent(const pugi::xml_node& r, Para& para, RunState& state, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node n = r.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      Ns ns = ns_.Of(n);
      std::string_view local = NsResolver::Local(n);
      if (ns == Ns::kMc && local == "AlternateContent") {
        RunContent(ChooseAlternative(n), para, state, depth + 1);
        continue;
      }
      if (ns != Ns::kW) {
        FindTextBoxes(n, para, depth + 1);  // a shape met directly (wps:wsp in a Choice)
        continue;
      }
      if (local == "rPr") {
        state.format = ReadRunFormat(n);
        // A character style sets what the run's own properties leave unsaid (w:u w:val="none" unsays it).
        if (const pugi::xml_node style = ns_.Child(n, Ns::kW, "rStyle"); style) {
          const RunFormat& styled = CharacterStyle(Attr(style, "val").value());
          state.style_strike = state.format.strike < 0 && styled.strike == 1;
          state.format.Inherit(styled);
        }
      } else if (local == "fldChar") {
        std::string_view type = Attr(n, "fldCharType").value();
        if (type == "begin") {
          // A form's drop-down (FORMDROPDOWN) has no result text: Word shows the entry its w:result
          // numbers (w:default when it has none, else the first), which stands in for the field. A
          // result some writer put after w:separate is not read: Word shows the entry, not that.
          std::optional<std::string> choice = DropDownChoice(n);
          if (!choice) choice = CheckBoxState(n);
          if (choice && !InInstruction()) {
            para.text += *choice;
            state.has_text = state.has_text || !choice->empty();
          }
          fields_.push_back(choice ? FieldPart::kDropDown : FieldPart::kInstruction);
          field_codes_.emplace_back();
          ++in_instruction_;
        } else if (type == "separate" && !fields_.empty() && fields_.back() == FieldPart::kInstruction) {
          fields_.back() = FieldPart::kResult;
          --in_instruction_;
        } else if (type == "end" && !fields_.empty()) {
          const bool no_result = fields_.back() == FieldPart::kInstruction;
          in_instruction_ -= fields_.back() != FieldPart::kResult ? 1 : 0;
          fields_.pop_back();
          std::string code = std::move(field_codes_.back());
          field_codes_.pop_back();
          // An EQ field with no result (Word's 带圈字符, Enclose Characters: EQ \o\ac(○,11)) prints what
          // Word draws from its code: ⑪.
          if (no_result && !InInstruction() && AppendEquation(code, para)) state.has_text = true;
        }
      } else if (InInstruction()) {
        // A field's instruction is never text; the outermost's code is kept, for an EQ field to print.
        if (local == "instrText" && in_instruction_ == 1 && !field_codes_.empty()) {
          std::string& code = field_codes_.back();
          const std::string_view piece = n.text().get();
          code.append(piece.substr(0, kMaxFieldCode - std::min(code.size(), kMaxFieldCode)));
        }
        continue;
      } else if ((local == "footnoteReference" || local == "endnoteReference") &&
                 IsOn(Attr(n, "customMarkFollows").value())) {
        state.custom_mark = true;  // the run's text after it is the note's mark (※, *), not the sentence's
      } else if (local == "t" && state.custom_mark) {
        state.custom_mark = false;
      } else if (local == "t" && !options_.keep_original && state.format.hidden == 1) {
        state.hidden += n.text().get();
      } else if (local == "t" && !options_.keep_original && Struck(state, para)) {
        state.struck += n.text().get();
      } else if (local == "t" || (local == "delText" && options_.keep_original)) {
        if (!state.format.symbol_font.empty())
          para.text += internal::CheckBoxGlyphs(state.format.symbol_font, n.text().get());
        else
          para.text += n.text().get();
        state.has_text = state.has_text || *n.text().get() != '\0';
      } else if (local == "tab" || local == "ptab") {
        if (options_.keep_original || state.format.hidden != 1) para.text += '\t';
      } else if (local == "br" || local == "cr") {
        std::string_view type = Attr(n, "type").value();
        if (type == "page") {
          // The text so far is one block, the break another, the rest a third.
          Extracted& block = *current_block_;
          Extracted before = block;
          MarksSoFar(para, state);  // a marked run's text before the break is the first half's
          para.MoveMarksTo(before.emphasis);
          before.text = std::move(para.text);
          para.text.clear();
          para.run_start = 0;  // the run goes on at the start of the text after the break
          Emit(std::move(before));
          PageBreak(n);
        } else {
          // A line break in a table cell parts its lines as a new paragraph would (刘志强<w:br/>陈静:
          // two leaders), a line being one of the cell's list; elsewhere it is a space.
          para.text += in_cell_ > 0 ? '\n' : ' ';
        }
      } else if (local == "sym") {
        // Symbol fonts put their glyphs in the private use area (F0xx); the
        // character is kept as Word stores it, bullets excepted.
        const auto raw = static_cast<char32_t>(std::strtoul(Attr(n, "char").value(), nullptr, 16));
        const char32_t box = internal::CheckBoxGlyph(Attr(n, "font").value(), raw);
        auto code = static_cast<unsigned>(box != 0 ? box : internal::SymbolFontBullet(raw));
        if (code >= 0x20 && !(code >= 0x7F && code < 0xA0) && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
          internal::AppendUtf8(para.text, static_cast<char32_t>(code));
      } else if (local == "noBreakHyphen") {
        para.text += '-';
      } else if (local == "drawing" || local == "pict" || local == "object") {
        FindTextBoxes(n, para, depth + 1);
      } else if (local == "ruby") {
        Runs(ns_.Child(n, Ns::kW, "rubyBase"), para, depth + 1);
      }
    }
  }

  // In a field's instruction, however deep: a field nested there gives an argument of the
  // instruction (IF { = 4+5 } = 9 …), not text.
  bool InInstruction() const { return in_instruction_ > 0; }

  // What Word prints for an EQ field's code that draws one character over another (\o, its \ac centred;
  // Word's 带圈字符): a number 1–50 in a circle as its circled character (⑪, ㉑), anything else in a shape
  // as itself (□ over 优: 优). Other EQ fields (fractions, radicals) and other fields print nothing here.
  static bool AppendEquation(std::string_view code, Para& para) {
    code = internal::TrimSpaces(code);
    const auto opens = [](std::string_view s, std::string_view word) {
      if (s.size() < word.size()) return false;
      for (size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
      return true;
    };
    if (!opens(code, "eq ")) return false;
    code = internal::TrimSpaces(code.substr(3));
    if (!opens(code, "\\o")) return false;
    const size_t open = code.find('(');
    if (open == std::string_view::npos || !code.ends_with(")")) return false;
    // The arguments: the characters drawn one over another, each perhaps set up or down (\s\up 1(21)):
    // a switch's own words and brackets are no character.
    std::vector<std::string> args(1);
    for (size_t i = open + 1; i + 1 < code.size(); ++i) {
      const char c = code[i];
      if (c == ',') {
        args.emplace_back();
      } else if (c == '\\') {
        while (i + 1 < code.size() - 1 && std::isalpha(static_cast<unsigned char>(code[i + 1]))) ++i;
        while (i + 1 < code.size() - 1 && (code[i + 1] == ' ' || code[i + 1] == '-' ||
                                           std::isdigit(static_cast<unsigned char>(code[i + 1]))))
          ++i;  // \up 1, \do -1: its size
      } else if (c != '(' && c != ')' && c != ' ') {
        args.back() += c;
      }
    }
    bool circle = false;
    std::string shown;
    for (const std::string& a : args) {
      if (a == "○" || a == "◯" || a == "〇")
        circle = true;
      else if (a != "□" && a != "△" && a != "◇" && a != "☆")  // the other shapes enclose, print nothing
        shown += a;
    }
    if (shown.empty()) return false;
    int number = 0;
    if (circle && shown.size() <= 2 &&
        std::all_of(shown.begin(), shown.end(), [](char c) { return c >= '0' && c <= '9'; }))
      number = std::atoi(shown.c_str());
    if (number >= 1 && number <= 50) {
      const char32_t circled = number <= 20   ? U'①' + (number - 1)
                               : number <= 35 ? U'㉑' + (number - 21)
                                              : U'㊱' + (number - 36);
      shown.clear();
      internal::AppendUtf8(shown, circled);
    }
    para.text += shown;
    return true;
  }

  // w:txbxContent (wne:txbxContent in Word's ISO Strict files) anywhere under a
  // drawing: its paragraphs become blocks later. Under a shape placed on the page (`placed`), the box and
  // the lines drawn are the page's (PlacedPage), in the body's paragraphs; a group's or a canvas's shapes
  // stand where the group puts them, and are read with the text.
  void FindTextBoxes(const pugi::xml_node& node, Para& para, int depth, PlacedText* placed = nullptr) {
    if (!node || TooDeep(depth)) return;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      const Ns ns = ns_.Of(n);
      const std::string_view local = NsResolver::Local(n);
      if (local == "txbxContent" && (ns == Ns::kW || ns == Ns::kWne)) {
        if (placed != nullptr) {
          placed->content = n;
          para.placed.push_back(*placed);
        } else {
          para.text_boxes.push_back(n);
        }
        continue;
      }
      if (ns == Ns::kMc && local == "AlternateContent") {
        FindTextBoxes(ChooseAlternative(n), para, depth + 1, placed);
        continue;
      }
      PlacedText here;
      PlacedText* inner = placed;
      if (ns == Ns::kDrawing && (local == "wgp" || local == "wpc")) {
        inner = nullptr;
      } else if (kind_ == BlockKind::kParagraph && in_cell_ == 0 && (ns == Ns::kDrawing || ns == Ns::kVml) &&
                 PlacedOnPage(n, here)) {
        inner = &here;
        if (ns == Ns::kVml && local == "line") {  // v:line from="x,y" to="x,y"
          para.rules.push_back({here.box.x, here.box.y, here.box.w, here.box.h});
          continue;
        }
      } else if (placed != nullptr && ns == Ns::kDrawing && local == "xfrm") {
        placed->rotated = placed->rotated || Attr(n, "rot").as_llong(0) % 21600000 != 0;
      } else if (placed != nullptr && ns == Ns::kDrawing && local == "prstGeom") {
        const std::string_view shape = Attr(n, "prst").value();
        if (shape == "line" || shape == "straightConnector1")
          para.rules.push_back(
              {placed->box.x, placed->box.y, placed->box.x + placed->box.w, placed->box.y + placed->box.h});
      }
      FindTextBoxes(n, para, depth + 1, inner);
    }
  }

  // Whether a shape is placed by its offset from the page's corner, and where: a wp:anchor whose
  // wp:positionH and wp:positionV are relativeFrom="page" with a wp:posOffset, its wp:extent its size; a
  // VML shape whose style is position:absolute with mso-position-horizontal-relative:page and
  // mso-position-vertical-relative:page (margin-left, margin-top, width, height; rotation), or a v:line
  // so placed, its `from` and `to` given as the box's (x, y) and (w, h) fields. Other shapes move with the
  // text.
  bool PlacedOnPage(const pugi::xml_node& shape, PlacedText& out) {
    const std::string_view local = NsResolver::Local(shape);
    if (ns_.Of(shape) == Ns::kDrawing) {
      if (local != "anchor") return false;
      bool h = false, v = false;
      for (pugi::xml_node c = shape.first_child(); c; c = c.next_sibling()) {
        const std::string_view name = NsResolver::Local(c);
        if (name == "extent") {
          out.box.w = Clamped(Attr(c, "cx").as_llong(0));
          out.box.h = Clamped(Attr(c, "cy").as_llong(0));
        } else if (name == "positionH" || name == "positionV") {
          const pugi::xml_node offset =
              c.find_child([](const pugi::xml_node& o) { return NsResolver::Local(o) == "posOffset"; });
          if (std::string_view(Attr(c, "relativeFrom").value()) != "page" || !offset) return false;
          (name == "positionH" ? out.box.x : out.box.y) = Clamped(offset.text().as_llong(0));
          (name == "positionH" ? h : v) = true;
        }
      }
      return h && v;
    }
    if (local != "shape" && local != "rect" && local != "roundrect" && local != "line") return false;
    std::map<std::string_view, std::string_view> style;
    for (std::string_view rest = Attr(shape, "style").value(); !rest.empty();) {
      const size_t semi = rest.find(';');
      const std::string_view item = rest.substr(0, semi);
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      const size_t colon = item.find(':');
      if (colon != std::string_view::npos)
        style[internal::TrimSpaces(item.substr(0, colon))] = internal::TrimSpaces(item.substr(colon + 1));
    }
    if (style["position"] != "absolute" || style["mso-position-horizontal-relative"] != "page" ||
        style["mso-position-vertical-relative"] != "page")
      return false;
    if (local == "line") {
      const auto point = [](std::string_view xy, int64_t& x, int64_t& y) {
        const size_t comma = xy.find(',');
        x = VmlLength(xy.substr(0, comma));
        y = comma == std::string_view::npos ? 0 : VmlLength(xy.substr(comma + 1));
      };
      point(Attr(shape, "from").value(), out.box.x, out.box.y);
      point(Attr(shape, "to").value(), out.box.w, out.box.h);
      return true;
    }
    out.box = {VmlLength(style["margin-left"]), VmlLength(style["margin-top"]), VmlLength(style["width"]),
               VmlLength(style["height"])};
    out.rotated = std::strtod(std::string(style["rotation"]).c_str(), nullptr) != 0;
    return true;
  }

  // An offset or a size within ±2^40 EMU (some 30 km: past any page), so that sums of them never overflow.
  static int64_t Clamped(long long emu) { return std::clamp<long long>(emu, -(1LL << 40), 1LL << 40); }

  // A VML length ("49.37pt", "1.5in", "2cm", "10mm", "96px", a number alone in pixels) in EMU.
  static int64_t VmlLength(std::string_view length) {
    const std::string s(internal::TrimSpaces(length));
    char* end = nullptr;
    const double value = std::strtod(s.c_str(), &end);
    const std::string_view unit(end);
    const double emu = unit == "pt"   ? 12700
                       : unit == "in" ? 914400
                       : unit == "cm" ? 360000
                       : unit == "mm" ? 36000
                                      : 9525;
    const double result = value * emu;
    return std::isfinite(result) && std::abs(result) < 1e12 ? static_cast<int64_t>(result) : 0;
  }

  // A table: one block per row, cells aligned to the grid (gridSpan leaves the
  // spanned columns empty; a vertically merged cell keeps its text in its first row).
  void Table(const pugi::xml_node& tbl, int depth) {
    if (TooDeep(depth)) return;
    std::vector<std::pair<pugi::xml_node, pugi::xml_node>> rows;  // each w:tr with its w:trPr
    Rows(tbl, rows, depth + 1);
    // A frame: a table of one column whose cells hold a table (a bordered box drawn around an attachment,
    // its title and its task table inside): its cells' content is read as the body's is, the tables in them
    // tables of their own, not lines of one cell.
    if (IsFrame(rows)) {
      for (const auto& [tr, trpr] : rows) {
        std::vector<pugi::xml_node> cells;
        CellsOf(tr, cells, depth + 1);
        for (const pugi::xml_node& tc : cells) Blocks(tc, depth + 1);
      }
      return;
    }
    const int table = table_index_++;
    std::vector<std::vector<GridCell>> layout;
    layout.reserve(rows.size());
    for (const auto& [tr, trpr] : rows) layout.push_back(RowCells(tr, trpr));
    AlignJaggedRows(layout);
    // Each row's cells, then the cells a clerk joined by erasing a line (JoinBorderless), then the rows.
    std::vector<Extracted> built(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
      Extracted& row = built[r];
      std::vector<bool>& merged = row.merged_above;
      for (const GridCell& c : layout[r]) {
        row.cells.resize(static_cast<size_t>(c.column));  // the grid columns before it (gridBefore) empty
        row.cells.push_back(c.continued ? "" : CellText(c.tc, depth + 1, c.column, row.emphasis));
        row.cells.resize(row.cells.size() + static_cast<size_t>(c.span - 1));
        merged.resize(static_cast<size_t>(c.column), false);
        merged.resize(row.cells.size(), c.continued);  // the spanned columns continue with it
      }
    }
    std::vector<size_t> kept;
    const bool printed_lines = JoinPrintedLines(layout, built, kept);
    if (printed_lines) {
      diagnostics_.push_back({"GW-DOCX-JOINED-ROWS", Severity::kInfo,
                              "第" + std::to_string(table + 1) + "个表格逐行排印（转换自 PDF），" +
                                  std::to_string(rows.size()) + "行中行间横线擦除的合为一行，共" +
                                  std::to_string(kept.size()) + "行",
                              Span{}});
      std::vector<std::pair<pugi::xml_node, pugi::xml_node>> first_rows;
      for (size_t k : kept) first_rows.push_back(rows[k]);
      rows = std::move(first_rows);
    }
    if (const int joined = JoinBorderless(layout, built); joined > 0)
      diagnostics_.push_back({"GW-DOCX-JOINED-CELLS", Severity::kInfo,
                              "第" + std::to_string(table + 1) + "个表格中有" + std::to_string(joined) +
                                  "处单元格擦除了相隔的横线，按合并单元格读取，文字归于首行",
                              Span{}});
    if (printed_lines && cut_row_) ContinueCutRow(built);
    if (cut_row_) EmitCutRow();  // not continued here: read where it stood
    // A converted table's last row with its first cell empty: a row the page cut before its number, which
    // the next page's first row (under the header again) prints.
    const bool hold_last = printed_lines && built.size() > 1 && !built.back().cells.empty() &&
                           built.back().cells[0].empty() &&
                           std::any_of(built.back().cells.begin(), built.back().cells.end(),
                                       [](const std::string& c) { return !c.empty(); });
    if (hold_last) cut_header_ = built.front().cells;
    int row_index = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
      Extracted& row = built[r];
      row.kind = BlockKind::kTableRow;
      row.begin = ElementOffset(rows[r].first);
      row.location.table = table;
      row.location.row = row_index++;
      if (std::none_of(row.merged_above.begin(), row.merged_above.end(), [](bool m) { return m; }))
        row.merged_above.clear();
      PipeLine(row);
      // A row whose text is all hidden (a task withdrawn by 字体 → 隐藏, its number kept): no row Word shows.
      if (!options_.keep_original &&
          std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return c.empty(); }) &&
          rows[r].first.find_node([](const pugi::xml_node& n) { return NsResolver::Local(n) == "vanish"; }))
        continue;
      if (hold_last && r + 1 == rows.size())
        cut_row_ = std::move(row);
      else
        Emit(std::move(row));
    }
  }

  // The row a page cut before its number (cut_row_) goes on in the first row of this table that is not the
  // header again, if that one is numbered: one row, each cell's text the two parts' (GW-DOCX-JOINED-ROWS).
  void ContinueCutRow(std::vector<Extracted>& built) {
    size_t k = 0;
    while (k < built.size() && built[k].cells == cut_header_) ++k;
    if (k == 0 || k >= built.size() || built[k].cells.size() != cut_row_->cells.size() ||
        built[k].cells[0].empty() ||
        !std::all_of(built[k].cells[0].begin(), built[k].cells[0].end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
      return;
    Extracted& into = built[k];
    for (size_t c = 0; c < into.cells.size(); ++c) {
      const std::string& above = cut_row_->cells[c];
      if (above.empty()) continue;
      if (!into.cells[c].empty()) {
        const std::string_view last = LastLine(above);
        into.cells[c] = above +
                        std::string(internal::CellLineJoin(last, CutInsideWord(last), into.cells[c])) +
                        into.cells[c];
      } else {
        into.cells[c] = above;
      }
    }
    into.emphasis.insert(into.emphasis.begin(), cut_row_->emphasis.begin(), cut_row_->emphasis.end());
    diagnostics_.push_back({"GW-DOCX-JOINED-ROWS", Severity::kInfo,
                            "表格末行在分页处断开，序号在下一页：与下一页首行合为一行", Span{}});
    cut_row_.reset();
  }

  // A cell's last printed line: its text after its last line end.
  static std::string_view LastLine(std::string_view text) {
    const size_t cut = text.rfind('\n');
    return text.substr(cut == std::string_view::npos ? 0 : cut + 1);
  }

  // A printed line's width in ems: a Chinese character one, a Latin one half.
  static double PrintedEms(std::string_view line) {
    double ems = 0;
    for (size_t i = 0; i < line.size();) ems += internal::NextCodePoint(line, i) < 0x1100 ? 0.5 : 1.0;
    return ems;
  }

  // Whether a printed line stops inside a word: its last character a Chinese one that ends no unit's name
  // (水旱灾害防 ⏎ 御科, …全流程监管，规 ⏎ 范…).
  static bool CutInsideWord(std::string_view line) {
    size_t end = line.size();
    const char32_t last = internal::PreviousCodePoint(line, end);
    return last >= 0x4E00 && last <= 0x9FFF && !internal::EndsOrganisation(last);
  }

  void EmitCutRow() {
    Extracted row = std::move(*cut_row_);
    cut_row_.reset();
    Emit(std::move(row));
  }

  // The text boxes placed on a page, in reading order (placed.h): a table whose rules are drawn as rows
  // of cells, each cell's boxes its lines; the other boxes line by line; a turned box after the body
  // (turned_). `page_end`, the paragraph that ends the page's section, gives a page break after it.
  void PlacedPage(const pugi::xml_node& page_end) {
    if (reading_placed_ || (placed_.empty() && placed_rules_.empty())) return;
    reading_placed_ = true;
    // (Called from Emit, perhaps at a page break inside a paragraph being read, whose block the boxes'
    // paragraphs must not replace.)
    Extracted* const reading = current_block_;
    const std::vector<PlacedText> placed = std::move(placed_);
    const std::vector<internal::PlacedRule> rules = std::move(placed_rules_);
    placed_.clear();
    placed_rules_.clear();
    std::vector<internal::PlacedBox> boxes;
    std::vector<pugi::xml_node> contents;
    for (const PlacedText& p : placed) {
      if (p.rotated) {
        turned_.push_back(p.content);
        continue;
      }
      boxes.push_back(p.box);
      contents.push_back(p.content);
    }
    const internal::PlacedLayout layout = internal::LayOutPlaced(boxes, rules);
    for (const internal::PlacedItem& item : layout.order) {
      if (item.is_table)
        PlacedTableRows(layout.tables[item.index], boxes, contents);
      else
        Blocks(contents[item.index], 1);
    }
    placed_pages_ += boxes.size() > 1 || !layout.tables.empty();
    placed_tables_ += static_cast<int>(layout.tables.size());
    if (page_end && !boxes.empty()) PageBreak(page_end);
    current_block_ = reading;
    reading_placed_ = false;
  }

  // A placed table's rows. A cell's boxes' paragraphs are its printed lines, joined as a cell's printed
  // lines are (CellLineJoin: nothing inside a word or a name the cell wrapped, a line end after a line that
  // stops short of its right edge). The edge is the box's, or the widest line's of the column where that is
  // narrower (a converter's box may be the cell's whole width, its lines wrapped short of it).
  void PlacedTableRows(const internal::PlacedTable& table, const std::vector<internal::PlacedBox>& boxes,
                       const std::vector<pugi::xml_node>& contents) {
    struct Line {
      std::string text;
      double width = 0, em = 0;  // EMU, guessed (PrintedEms)
      int64_t box = 0;           // its box's width
    };
    const size_t columns = table.rows.empty() ? 0 : table.rows.front().size();
    std::vector<std::vector<std::vector<Line>>> lines(table.rows.size(),
                                                      std::vector<std::vector<Line>>(columns));
    std::vector<std::vector<Emphasis>> emphasis(table.rows.size());
    std::vector<double> widest(columns, 0);
    for (size_t r = 0; r < table.rows.size(); ++r)
      for (size_t c = 0; c < columns; ++c)
        for (size_t b : table.rows[r][c].boxes) {
          const size_t mark = extracted_.size();
          const int saved_paragraph = paragraph_index_, saved_table = table_index_;
          ++in_cell_;
          Blocks(contents[b], 1);
          --in_cell_;
          for (size_t k = mark; k < extracted_.size(); ++k) {
            const Extracted& e = extracted_[k];
            for (const Emphasis& m : e.emphasis)
              emphasis[r].emplace_back(m).cell = static_cast<int>(c);  // (every mark it has kept)
            const std::string_view text = internal::TrimSpaces(e.text);
            if (e.kind == BlockKind::kPageBreak || text.empty()) continue;
            const double em = (e.style.size_pt > 0 ? e.style.size_pt : 10.5) * 12700;
            Line line{std::string(text), PrintedEms(LastLine(text)) * em, em, boxes[b].w};
            widest[c] = std::max(widest[c], line.width);
            lines[r][c].push_back(std::move(line));
          }
          extracted_.resize(mark);
          paragraph_index_ = saved_paragraph;
          table_index_ = saved_table;
        }
    const int index = table_index_++;
    size_t begin = contents.empty() ? 0 : ElementOffset(contents.front());
    for (size_t r = 0; r < table.rows.size(); ++r) {
      Extracted row;
      row.kind = BlockKind::kTableRow;
      row.emphasis = std::move(emphasis[r]);
      size_t first = SIZE_MAX;
      for (size_t c = 0; c < columns; ++c) {
        std::string text;
        const Line* above = nullptr;
        for (const Line& line : lines[r][c]) {
          if (above != nullptr) {
            const bool full =
                above->width + 1.5 * above->em >= std::min(static_cast<double>(above->box), widest[c]);
            text += internal::CellLineJoin(LastLine(above->text), full, line.text);
          }
          text += line.text;
          above = &line;
        }
        row.cells.push_back(std::move(text));
        row.merged_above.push_back(table.rows[r][c].merged_above);
        for (size_t b : table.rows[r][c].boxes) first = std::min(first, ElementOffset(contents[b]));
      }
      if (first != SIZE_MAX) begin = first;  // a row of empty cells stands where the row above does
      row.begin = begin;
      if (std::none_of(row.merged_above.begin(), row.merged_above.end(), [](bool m) { return m; }))
        row.merged_above.clear();
      row.location.table = index;
      row.location.row = static_cast<int>(r);
      PipeLine(row);
      Emit(std::move(row));
    }
  }

  // A row's text as the text reader reads `| a | b |`, each cell's place in it (line ends in cells are
  // flattened in Finish()).
  static void PipeLine(Extracted& row) {
    std::string line = "|";
    row.cell_begins.clear();
    for (const std::string& c : row.cells) {
      line += ' ';
      row.cell_begins.push_back(static_cast<uint32_t>(line.size()));
      line += c;
      line += " |";
    }
    row.text = std::move(line);
  }

  // A row's cell (w:tc, also one in a content control) where it stands on the table's grid.
  struct GridCell {
    pugi::xml_node tc;
    int column = 0;          // the first grid column it covers
    int span = 1;            // gridSpan
    bool continued = false;  // vMerge continuing the cell above
    // Its w:tcBorders' top and bottom: -1 not said, 0 no line (nil, none), 1 a line.
    signed char top = -1, bottom = -1;
  };

  // Whether some cell of a table has no line under it (bottom nil): most tables erase none.
  static bool AnyErasedLine(const std::vector<std::vector<GridCell>>& layout) {
    return std::any_of(layout.begin(), layout.end(), [](const std::vector<GridCell>& row) {
      return std::any_of(row.begin(), row.end(), [](const GridCell& c) { return c.bottom == 0; });
    });
  }

  // A PDF's table converted to Word a row per printed line (a converter keeping the page's layout), its
  // rules kept as cell borders: the lines of one printed row parted by no line in any column (each cell's
  // bottom nil over the next one's top nil, cell for cell). Such rows are one row, each cell's lines joined
  // as a cell's printed lines are (CellLineJoin, a line as wide as the column's widest wrapped), the borders
  // the block's outer ones. Only in a table some of whose rows are parted by a line, and not a block whose
  // first column has text in two of its rows (a 三线表's numbered rows, their lines erased). `kept` gets the
  // index of each row left (a block's first); false when no row was joined.
  static bool JoinPrintedLines(std::vector<std::vector<GridCell>>& layout, std::vector<Extracted>& rows,
                               std::vector<size_t>& kept) {
    if (rows.size() < 2 || !AnyErasedLine(layout)) return false;
    const auto erased = [&](size_t r) {  // no line under row r in any column
      const std::vector<GridCell>&upper = layout[r], &lower = layout[r + 1];
      if (upper.empty() || upper.size() != lower.size()) return false;
      for (size_t k = 0; k < upper.size(); ++k)
        if (upper[k].column != lower[k].column || upper[k].span != lower[k].span || upper[k].bottom != 0 ||
            lower[k].top != 0)
          return false;
      return true;
    };
    // (Ruled between a fifth of its rows at least: a row of a converted table is seldom more than five lines;
    // a grouped table whose groups alone are ruled is no such table.)
    size_t ruled = 0, open_lines = 0;
    for (size_t r = 0; r + 1 < rows.size(); ++r) ++(erased(r) ? open_lines : ruled);
    if (ruled < 2 || open_lines == 0 || 5 * ruled < rows.size() - 1) return false;
    // Each column's widest line, in ems.
    std::vector<double> widest;
    for (const Extracted& row : rows)
      for (size_t c = 0; c < row.cells.size(); ++c) {
        if (c >= widest.size()) widest.resize(c + 1, 0);
        for (size_t b = 0, e; b <= row.cells[c].size(); b = e + 1) {
          e = std::min(row.cells[c].find('\n', b), row.cells[c].size());
          widest[c] = std::max(widest[c], PrintedEms(std::string_view(row.cells[c]).substr(b, e - b)));
        }
      }
    // Each block's last row, from its first; (a block whose rows each stand alone: each its own).
    std::vector<size_t> last(rows.size());
    bool joins = false;
    for (size_t a = 0; a < rows.size();) {
      size_t e = a;
      while (e + 1 < rows.size() && erased(e)) ++e;
      size_t numbered = 0;  // rows of the block with text in the first column
      for (size_t r = a; r <= e; ++r) numbered += !rows[r].cells.empty() && !rows[r].cells[0].empty();
      if (numbered > 1) {  // each row its own: none of the block joined
        for (size_t r = a; r <= e; ++r) last[r] = r;
        a = e + 1;
        continue;
      }
      last[a] = e;
      joins = joins || e > a;
      a = e + 1;
    }
    if (!joins) return false;
    std::vector<Extracted> joined_rows;
    std::vector<std::vector<GridCell>> joined_layout;
    for (size_t a = 0; a < rows.size();) {
      const size_t e = last[a];
      Extracted row = std::move(rows[a]);
      std::vector<GridCell> cells = std::move(layout[a]);
      // Each cell's last printed line so far (not the text since its last line end, which may be all of it).
      std::vector<std::string> above(row.cells.size());
      for (size_t c = 0; c < row.cells.size(); ++c) above[c] = std::string(LastLine(row.cells[c]));
      // A header's lines are one label each (责任 ⏎ 局领导, 牵头科室 ⏎ （单位）): the table's first block
      // when no row of it is numbered.
      bool header = a == 0;
      for (size_t r = a; r <= e && header; ++r)
        header = rows[r].cells.empty() || rows[r].cells[0].empty() ||
                 !std::isdigit(static_cast<unsigned char>(rows[r].cells[0][0]));
      for (size_t r = a + 1; r <= e; ++r) {
        Extracted& below = rows[r];
        for (size_t c = 0; c < row.cells.size() && c < below.cells.size(); ++c) {
          const std::string& next = below.cells[c];
          if (next.empty()) continue;
          std::string& text = row.cells[c];
          if (!text.empty() && !header) {
            const std::string_view last = above[c];
            // Wrapped: as wide as the column's widest line, or cut inside a word (its last character a
            // Chinese one that ends no unit's name: 水旱灾害防 ⏎ 御科).
            const bool full =
                (c < widest.size() && PrintedEms(last) + 1.5 >= widest[c]) || CutInsideWord(last);
            text += internal::CellLineJoin(last, full, next);
          }
          text += next;
          above[c] = std::string(LastLine(next));
        }
        std::move(below.emphasis.begin(), below.emphasis.end(), std::back_inserter(row.emphasis));
        for (size_t k = 0; k < cells.size() && k < layout[r].size(); ++k)
          cells[k].bottom = layout[r][k].bottom;
      }
      kept.push_back(a);
      joined_rows.push_back(std::move(row));
      joined_layout.push_back(std::move(cells));
      a = e + 1;
    }
    rows = std::move(joined_rows);
    layout = std::move(joined_layout);
    return true;
  }

  // 责任县领导 over five rows, typed in the third: a clerk who erased the lines between cells (each cell's
  // w:tcBorders bottom nil over the next one's top nil) instead of merging them, the text in the middle of
  // the block. Read as a merge: the block's text in its first row (its cells' texts in turn), the rows below
  // continuing it (merged_above). Only in a table whose other rows are ruled (a table without lines between
  // its rows at all is no block of joined cells). Returns how many blocks were joined.
  static int JoinBorderless(const std::vector<std::vector<GridCell>>& layout, std::vector<Extracted>& rows) {
    if (rows.size() < 2) return 0;
    if (!AnyErasedLine(layout)) return 0;  // most tables: nothing to do (and nothing indexed)
    // Each row's cells by the grid column they start at (a search in a row sorted by column, not a walk).
    const auto cell_at = [&](size_t r, int column) -> const GridCell* {
      const auto it = std::lower_bound(layout[r].begin(), layout[r].end(), column,
                                       [](const GridCell& c, int k) { return c.column < k; });
      return it != layout[r].end() && it->column == column ? &*it : nullptr;
    };
    // The line under row r in a column: erased when both sides say so.
    const auto erased = [&](size_t r, int column) {
      const GridCell *upper = cell_at(r, column), *lower = cell_at(r + 1, column);
      return upper && lower && upper->span == lower->span && upper->bottom == 0 && lower->top == 0;
    };
    size_t ruled = 0;  // boundaries between rows with a line in some column
    for (size_t r = 0; r + 1 < rows.size(); ++r)
      ruled += std::any_of(layout[r].begin(), layout[r].end(),
                           [&](const GridCell& c) { return !erased(r, c.column); });
    if (2 * ruled < rows.size() - 1) return 0;
    // A block each of whose rows has text of its own is rows of their own (a 三线表's lines erased between
    // numbered rows; a 完成时限 column erased over rows of their own dates): joined only where some row of it
    // is empty.
    const auto text_at = [&](size_t r, size_t col) {
      return col < rows[r].cells.size() && !rows[r].cells[col].empty();
    };
    std::vector<size_t> next_block;  // per grid column: the row its next block begins at
    int joined = 0;
    for (size_t a = 0; a + 1 < rows.size(); ++a)
      for (const GridCell& c : layout[a]) {
        const auto col = static_cast<size_t>(c.column);
        if (col >= next_block.size()) next_block.resize(col + 1, 0);
        if (a < next_block[col]) continue;  // inside a block begun above
        size_t e = a;
        bool full = text_at(a, col);
        while (e + 1 < rows.size() && erased(e, c.column)) {
          ++e;
          full = full && text_at(e, col);
        }
        next_block[col] = e + 1;
        if (e == a || full) continue;
        std::string& text = rows[a].cells[col];
        for (size_t r = a + 1; r <= e; ++r) {
          Extracted& below = rows[r];
          if (col >= below.cells.size()) break;
          if (!below.cells[col].empty()) text += (text.empty() ? "" : "\n") + below.cells[col];
          below.cells[col].clear();
          for (auto it = below.emphasis.begin(); it != below.emphasis.end();)
            if (it->cell == c.column) {
              rows[a].emphasis.push_back(std::move(*it));
              it = below.emphasis.erase(it);
            } else {
              ++it;
            }
          below.merged_above.resize(std::max(below.merged_above.size(), col + static_cast<size_t>(c.span)),
                                    false);
          for (size_t k = col; k < col + static_cast<size_t>(c.span); ++k) below.merged_above[k] = true;
        }
        ++joined;
      }
    return joined;
  }

  // A row's cells, also those wrapped in content controls or custom XML (w:customXml around a w:tc: a
  // template's schema marking each cell for a system to read back).
  void CellsOf(const pugi::xml_node& parent, std::vector<pugi::xml_node>& cells, int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (ns_.Is(n, Ns::kW, "tc"))
        cells.push_back(n);
      else if (ns_.Is(n, Ns::kW, "sdt"))
        CellsOf(ns_.Child(n, Ns::kW, "sdtContent"), cells, depth + 1);
      else if (ns_.Is(n, Ns::kW, "customXml") || ns_.Is(n, Ns::kW, "sdtContent"))
        CellsOf(n, cells, depth + 1);
    }
  }

  std::vector<GridCell> RowCells(const pugi::xml_node& tr, const pugi::xml_node& trpr) {
    std::vector<GridCell> out;
    int column = 0;
    if (pugi::xml_node gb = ns_.Child(trpr, Ns::kW, "gridBefore"))
      column = std::clamp(Attr(gb, "val").as_int(0), 0, 64);
    std::vector<pugi::xml_node> cells;
    CellsOf(tr, cells, 0);
    for (const pugi::xml_node& cell : cells) {
      GridCell c{cell, column};
      if (pugi::xml_node tcpr = ns_.Child(cell, Ns::kW, "tcPr")) {
        const auto [gs, vm, borders] = ns_.Children<3>(tcpr, Ns::kW, {"gridSpan", "vMerge", "tcBorders"});
        if (gs) c.span = std::clamp(Attr(gs, "val").as_int(1), 1, 64);
        if (vm) c.continued = std::string_view(Attr(vm, "val").value()) != "restart";
        if (borders) {
          const pugi::xml_node sides = borders;  // (a structured binding no lambda may capture, in clang's C++20)
          const auto line = [&](const char* side) -> signed char {
            const pugi::xml_node b = ns_.Child(sides, Ns::kW, side);
            if (!b) return -1;
            const std::string_view val = Attr(b, "val").value();
            return val == "nil" || val == "none" ? 0 : 1;
          };
          c.top = line("top");
          c.bottom = line("bottom");
        }
      }
      column += c.span;
      out.push_back(c);
    }
    return out;
  }

  // Rows pasted in from another table keep that table's widths, and Word gives the grid a column for every
  // edge of either (a jagged table: 配合单位 of the pasted rows under 牵头单位's columns). A row with as many
  // cells as the table's usual rows, standing on other columns, is read cell by cell in their place: the
  // layout most rows of that many cells have (its first row's on a tie). Rows of other counts (a part row
  // across the table, two cells merged) stand as they are.
  static void AlignJaggedRows(std::vector<std::vector<GridCell>>& layout) {
    const auto starts = [](const std::vector<GridCell>& row) {
      std::vector<std::pair<int, int>> out;
      for (const GridCell& c : row) out.emplace_back(c.column, c.span);
      return out;
    };
    // The usual layout: of the rows with more than two cells, the one most rows share.
    std::vector<std::pair<std::vector<std::pair<int, int>>, int>> seen;
    for (const auto& row : layout) {
      if (row.size() < 3) continue;
      auto key = starts(row);
      auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
      if (it == seen.end())
        seen.emplace_back(std::move(key), 1);
      else
        ++it->second;
    }
    if (seen.size() < 2) return;  // one layout (or none): nothing jagged
    const auto usual = std::max_element(seen.begin(), seen.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    for (auto& row : layout) {
      if (row.size() != usual->first.size()) continue;
      for (size_t k = 0; k < row.size(); ++k) {
        row[k].column = usual->first[k].first;
        row[k].span = usual->first[k].second;
      }
    }
  }

  // Whether every row has one cell, and some cell holds a table of its own (IsFrame's use in Table).
  bool IsFrame(const std::vector<std::pair<pugi::xml_node, pugi::xml_node>>& rows) {
    bool nested = false;
    for (const auto& [tr, trpr] : rows) {
      for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling())
        if (ns_.Is(tc, Ns::kW, "sdt")) return false;  // a cell in a content control: read as a table
      std::vector<pugi::xml_node> cells;              // (custom XML around a cell: the cell, as in RowCells)
      CellsOf(tr, cells, 0);
      if (cells.size() > 1) return false;
      for (const pugi::xml_node& tc : cells)
        nested = nested || static_cast<bool>(ns_.Child(tc, Ns::kW, "tbl"));
    }
    return nested;
  }

  // The rows of a table, also those wrapped in content controls or custom XML;
  // a row deleted as a tracked change is dropped (kept with keep_original).
  void Rows(const pugi::xml_node& parent, std::vector<std::pair<pugi::xml_node, pugi::xml_node>>& rows,
            int depth) {
    if (TooDeep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (ns_.Is(n, Ns::kW, "tr")) {
        pugi::xml_node trpr = ns_.Child(n, Ns::kW, "trPr");
        if (!(trpr && ns_.Child(trpr, Ns::kW, HiddenRevision()))) rows.emplace_back(n, trpr);
      } else if (ns_.Is(n, Ns::kW, "sdt")) {
        Rows(ns_.Child(n, Ns::kW, "sdtContent"), rows, depth + 1);
      } else if (ns_.Is(n, Ns::kW, "customXml") || ns_.Is(n, Ns::kW, "sdtContent")) {
        Rows(n, rows, depth + 1);
      }
    }
  }

  // A cell's paragraphs (and nested tables), one per line; their bold pieces go to `emphasis`, as
  // cell `column`'s.
  std::string CellText(const pugi::xml_node& tc, int depth, int column, std::vector<Emphasis>& emphasis) {
    const size_t mark = extracted_.size();
    const Location saved{part_, paragraph_index_, -1, -1};
    const int saved_table_index = table_index_;
    ++in_cell_;
    Blocks(tc, depth);
    --in_cell_;
    std::string text;
    // A narrow merged cell typed vertically by hand, a character a paragraph (吕⏎承⏎远, 唐⏎安⏎、⏎葛⏎书⏎平,
    // blank paragraphs to centre it): its characters are one line.
    // (Not a 序号 cell numbering the tasks a row stacks, 1⏎2⏎3: digits counting up one by one.)
    size_t lines = 0;
    bool vertical = true, counting = true;
    char last_digit = 0;
    for (size_t k = mark; k < extracted_.size(); ++k) {
      const Extracted& e = extracted_[k];
      if (e.kind == BlockKind::kPageBreak) continue;
      for (const Emphasis& m : e.emphasis) emphasis.emplace_back(m).cell = column;
      std::string_view t = internal::TrimSpaces(e.text);
      if (t.empty()) continue;
      ++lines;
      vertical = vertical && internal::CountCodePoints(t) == 1;
      counting = counting && t.size() == 1 && t[0] >= '1' && t[0] <= '9' &&
                 (last_digit == 0 || t[0] == last_digit + 1);
      if (t.size() == 1) last_digit = t[0];
      if (!text.empty()) text += '\n';
      text += t;
    }
    if (vertical && lines >= 2 && !counting) std::erase(text, '\n');
    extracted_.resize(mark);  // the cell's paragraphs live in the row block
    paragraph_index_ = saved.paragraph;
    table_index_ = saved_table_index;  // and so do its nested tables: they are not tables of the part
    return text;
  }

  void Emit(Extracted&& block) {  // moved once, into the list (a Block is some 300 bytes)
    if (in_cell_ == 0) {          // (not a cell's text, read into its row)
      const std::string_view text = internal::TrimSpaces(block.text);
      // A row held for the next page's table goes before any other text (not before the page's number).
      if (cut_row_ && block.kind != BlockKind::kPageBreak &&
          (!block.cells.empty() || (!text.empty() && !internal::FullMatch(internal::Pat::kPageNumber, text))))
        EmitCutRow();
      // The page's placed boxes come before the next text of the body.
      if (block.kind == BlockKind::kPageBreak || !block.cells.empty() || !text.empty())
        PlacedPage(pugi::xml_node());
    }
    block.location.part = part_;
    block.location.paragraph = paragraph_index_++;
    extracted_.push_back(std::move(block));
  }

  void Warn(const char* rule, const std::string& message) {
    diagnostics_.push_back({rule, Severity::kWarning, message, Span{}});
  }

  Result<Reading> Finish() {
    ExtractedText et;
    et.path = path_;
    et.format = "docx";
    et.properties = std::move(properties_);
    et.diagnostics = std::move(diagnostics_);
    size_t text_size = 0;  // an upper bound: reserved once, not grown step by step
    for (const Extracted& e : extracted_) text_size += e.text.size() + 2;
    et.text.reserve(text_size);
    // The map to the XML, a step per paragraph: each byte of a block (and its line end) maps to the
    // offset of its w:p.
    et.original_steps.reserve(2 * extracted_.size());
    size_t kept = 0;
    for (Extracted& e : extracted_) {
      if (e.kind != BlockKind::kPageBreak && internal::TrimSpaces(e.text).empty() && e.cells.empty()) continue;
      const auto xml_offset = static_cast<uint32_t>(e.begin);
      // One block per line of the extracted text.
      std::replace(e.text.begin(), e.text.end(), '\n', ' ');
      std::replace(e.text.begin(), e.text.end(), '\r', ' ');
      std::string_view trimmed = e.kind == BlockKind::kPageBreak ? std::string_view("\f") : internal::TrimSpaces(e.text);
      e.begin = et.text.size();
      et.text += trimmed;
      e.end = et.text.size();
      if (et.original_steps.empty() || et.original_steps.back() != xml_offset) {
        et.original_steps.push_back(static_cast<uint32_t>(e.begin));
        et.original_steps.push_back(xml_offset);
      }
      et.text += '\n';
      e.original = std::string(trimmed);
      // A page break has no text, as in the text reader.
      e.text = e.kind == BlockKind::kPageBreak ? std::string() : e.original;
      if (&e != &extracted_[kept]) extracted_[kept] = std::move(e);
      ++kept;
    }
    extracted_.resize(kept);
    Reading reading{MakeSource(bytes_, std::move(et)), std::move(extracted_)};
    for (Block& b : reading.blocks) b.span = reading.source.SpanOf(b.begin, b.end);
    return reading;
  }

  std::string_view bytes_;
  std::string path_;
  DocxOptions options_;
  std::unique_ptr<internal::Package> pkg_;
  NsResolver ns_;
  std::map<std::string, StyleInfo> styles_;
  std::unordered_map<std::string, ResolvedStyle> resolved_;  // Resolve()'s cache
  internal::Numbering numbering_;
  std::vector<std::pair<std::string, std::string>> properties_;
  Diagnostics diagnostics_;
  std::vector<Extracted> extracted_;
  std::string default_style_ = "Normal";
  RunFormat default_run_;
  std::map<std::string, RunFormat> character_styles_;  // CharacterStyle's, by w:styleId
  // Where each open field is: its instruction, its result (after w:separate), or a drop-down's, whose
  // whole is instruction (its text is the entry chosen, read at its begin).
  enum class FieldPart : unsigned char { kInstruction, kResult, kDropDown };
  std::vector<FieldPart> fields_;
  std::vector<std::string> field_codes_;        // each field's code (its w:instrText), the outermost's only
  static constexpr size_t kMaxFieldCode = 256;  // an EQ field's is short; more is kept of no field
  size_t in_instruction_ = 0;  // how many of them are
  std::string part_;
  int paragraph_index_ = 0;
  int table_index_ = 0;
  bool imported_ = false;                            // a .docx imported whole by another (AltChunk)
  std::optional<size_t> run_in_;  // the paragraph before a style separator, the next joined to it
  std::string main_part_;                            // the document's part
  // its relationships by id: their type's last segment and target
  std::map<std::string, std::pair<std::string, std::string>> main_targets_;
  std::set<std::string> imported_parts_;      // the parts AltChunk has read (each once)
  std::set<std::string> chunk_reasons_said_;  // why an import was not read, said once each
  uint64_t imported_bytes_ = 0;               // what the packages it read inflated
  int in_cell_ = 0;  // how many table cells the walk is in (CellText)
  std::vector<PlacedText> placed_;  // the page's placed boxes read so far (PlacedPage)
  std::vector<internal::PlacedRule> placed_rules_;
  std::vector<pugi::xml_node> turned_;  // turned boxes, read after the body
  bool reading_placed_ = false;
  std::optional<Extracted> cut_row_;     // a converted table's last row, cut by a page before its number
  std::vector<std::string> cut_header_;  // and its table's header
  int placed_pages_ = 0, placed_tables_ = 0;
  BlockKind kind_ = BlockKind::kParagraph;
  Extracted* current_block_ = nullptr;
  bool depth_warned_ = false;
};

}  // namespace

Result<Reading> ReadDocx(std::string_view bytes, std::string path, const DocxOptions& options) {
  return DocxReader(bytes, std::move(path), options).Run();
}

}  // namespace gongwen
