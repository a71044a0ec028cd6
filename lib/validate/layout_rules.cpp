// The layout rules of GB/T 9704-2012 that a DOCX carries: A4 paper, the top
// and binding-side margins, the fonts and sizes of body, title and headings,
// and the red issuer mark. They read only the style hints the DOCX reader kept
// on the blocks and the page setup it put in the source properties; a fact the
// file does not state (a font left to the application's default) is not judged.
#include <cmath>
#include <cstdlib>
#include <optional>

#include "validate/findings.h"

namespace gongwen::internal {

namespace {

std::optional<double> Property(const Document& doc, std::string_view key) {
  for (const auto& [k, v] : doc.source.properties)
    if (k == key) return std::strtod(v.c_str(), nullptr);
  return std::nullopt;
}

std::string Mm(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f mm", v);
  return buf;
}

bool Has(std::string_view font, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (font.find(n) != std::string_view::npos) return true;
  return false;
}

// The font families a heading or the body is set in, by the names Word and WPS give them.
bool IsFangSong(std::string_view font) { return Has(font, {"仿宋", "FangSong", "Fangsong"}); }
bool IsXiaoBiaoSong(std::string_view font) { return Has(font, {"小标宋", "XiaoBiaoSong", "XBSJW"}); }
bool IsHeiTi(std::string_view font) { return Has(font, {"黑体", "SimHei", "HeiTi", "Heiti"}); }
bool IsKaiTi(std::string_view font) { return Has(font, {"楷体", "KaiTi", "Kaiti"}); }

bool IsRed(std::string_view hex) {
  if (hex.size() != 6) return false;
  const long rgb = std::strtol(std::string(hex).c_str(), nullptr, 16);
  const long r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
  return r >= 0xC0 && g <= 0x40 && b <= 0x40;
}

Span Whole(const Findings& f, const DocumentBlock& b) { return f.At(b, f.TextStart(b), b.original.size()); }

bool IsBody(Role role) {
  return role == Role::kBody || role == Role::kTask || role == Role::kSubItem || role == Role::kClause ||
         role == Role::kPortfolio || role == Role::kAddressees;
}

void Page(Findings& f, double tolerance) {
  const Document& doc = f.doc();
  if (doc.blocks.empty()) return;
  const DocumentBlock& first = doc.blocks.front();
  const Span at = f.At(first, 0, 0);
  const auto width = Property(doc, "page_width_mm"), height = Property(doc, "page_height_mm");
  if (width && height && (std::fabs(*width - 210) > tolerance || std::fabs(*height - 297) > tolerance))
    f.Add("GW-LAYOUT-PAGE-SIZE", "纸张为 " + Mm(*width) + " × " + Mm(*height) + "，应为A4（210 mm × 297 mm）", at);
  if (const auto top = Property(doc, "margin_top_mm"); top && std::fabs(*top - 37) > tolerance)
    f.Add("GW-LAYOUT-MARGIN-TOP", "天头（上白边）为 " + Mm(*top) + "，应为 37 mm", at);
  if (const auto left = Property(doc, "margin_left_mm"); left && std::fabs(*left - 28) > tolerance)
    f.Add("GW-LAYOUT-MARGIN-LEFT", "订口（左白边）为 " + Mm(*left) + "，应为 28 mm", at);
}

void Fonts(Findings& f) {
  for (const DocumentBlock& b : f.doc().blocks) {
    if (b.text.empty() || b.kind != BlockKind::kParagraph) continue;
    const std::string& font = b.style.font;
    const double size = b.style.size_pt;
    const std::string where = Quote(b.text.size() > 30 ? b.text.substr(0, 30) + "…" : b.text);
    switch (b.role) {
      case Role::kTitle:
        if (!font.empty() && !IsXiaoBiaoSong(font))
          f.Add("GW-LAYOUT-TITLE-FONT", "标题" + where + "用" + Quote(font) + "，应为小标宋", Whole(f, b));
        if (size > 0 && std::fabs(size - 22) > 0.25)
          f.Add("GW-LAYOUT-TITLE-SIZE", "标题" + where + "字号为 " + std::to_string(static_cast<int>(size)) +
                                            " pt，应为二号（22 pt）", Whole(f, b));
        break;
      case Role::kLeaderHeading:
      case Role::kHeading:
      case Role::kUnitHeading: {
        const bool level1 = b.marker.rfind("（", 0) != 0 && b.marker.rfind("(", 0) != 0 && !b.marker.empty() &&
                            !(b.marker[0] >= '0' && b.marker[0] <= '9');
        const bool level2 = b.marker.rfind("（", 0) == 0 || b.marker.rfind("(", 0) == 0;
        if (level1 && !font.empty() && !IsHeiTi(font))
          f.Add("GW-LAYOUT-HEADING1-FONT", "一级标题" + where + "用" + Quote(font) + "，应为黑体", Whole(f, b));
        if (level2 && !font.empty() && !IsKaiTi(font))
          f.Add("GW-LAYOUT-HEADING2-FONT", "二级标题" + where + "用" + Quote(font) + "，应为楷体", Whole(f, b));
        break;
      }
      case Role::kIssuerMark:
        if (!IsRed(b.style.color))  // no colour set: Word's automatic colour, black
          f.Add("GW-LAYOUT-ISSUER-COLOR",
                "发文机关标志颜色为" + (b.style.color.empty() ? std::string("自动（黑色）") : " #" + b.style.color) +
                    "，应为红色",
                Whole(f, b));
        break;
      default:
        if (!IsBody(b.role)) break;
        if (!font.empty() && !IsFangSong(font))
          f.Add("GW-LAYOUT-BODY-FONT", "正文" + where + "用" + Quote(font) + "，应为仿宋", Whole(f, b));
        if (size > 0 && std::fabs(size - 16) > 0.25)
          f.Add("GW-LAYOUT-BODY-SIZE", "正文" + where + "字号为 " + std::to_string(static_cast<int>(size)) +
                                           " pt，应为三号（16 pt）", Whole(f, b));
        break;
    }
  }
}

}  // namespace

void CheckLayout(Findings& f, double tolerance_mm) {
  Page(f, tolerance_mm);
  Fonts(f);
}

}  // namespace gongwen::internal
