#include "docx/numbering.h"

#include "core/utf8.h"

namespace gongwen::internal {

namespace {

int IntAttr(NsResolver& ns, const pugi::xml_node& node, std::string_view child, int fallback) {
  pugi::xml_node c = ns.Child(node, Ns::kW, child);
  if (!c) return fallback;
  pugi::xml_attribute a = Attr(c, "val");
  return a ? a.as_int(fallback) : fallback;
}

Numbering::Level ReadLevel(NsResolver& ns, const pugi::xml_node& lvl) {
  Numbering::Level level;
  level.start = IntAttr(ns, lvl, "start", 0);  // absent: 0, as the standard says and LibreOffice counts
  if (pugi::xml_node f = ns.Child(lvl, Ns::kW, "numFmt")) level.format = Attr(f, "val").value();
  if (pugi::xml_node t = ns.Child(lvl, Ns::kW, "lvlText")) level.text = Attr(t, "val").value();
  // A bullet in a symbol font's private-use code (Symbol's F0B7) is shown as the bullet it draws:
  // mapped once here, not at every label.
  if (level.format == "bullet") {
    std::string mapped;
    for (size_t i = 0; i < level.text.size();)
      AppendUtf8(mapped, SymbolFontBullet(NextCodePoint(level.text, i)));
    level.text = std::move(mapped);
  }
  // lvlRestart: restart after level N (1-based); 0 = never; absent = after any higher level.
  const int restart = IntAttr(ns, lvl, "lvlRestart", -1);
  level.restart_after = restart < 0 ? -1 : restart == 0 ? Numbering::Level::kNeverRestart : restart - 1;
  if (pugi::xml_node l = ns.Child(lvl, Ns::kW, "isLgl")) level.legal = OnOff(l);
  if (pugi::xml_node l = ns.Child(lvl, Ns::kW, "suff")) {
    const std::string_view v = Attr(l, "val").value();
    // (One character or none, each assigned as a count: GCC 12 warns of an overlapping copy, -Wrestrict, on
    // the assignment of a literal here, a false alarm of its own, PR 105651.)
    if (v == "nothing")
      level.suffix.clear();
    else
      level.suffix.assign(1, v == "space" ? ' ' : '\t');
  }
  return level;
}

}  // namespace

void Numbering::Load(const pugi::xml_node& root, NsResolver& ns) {
  std::map<int, std::string> links;          // abstract → the numbering style it takes its levels from
  std::map<std::string, int> style_defined;  // numbering style → the abstract that defines it
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (ns.Is(n, Ns::kW, "abstractNum")) {
      Abstract a;
      const int id = Attr(n, "abstractNumId").as_int(-1);
      for (pugi::xml_node l = n.first_child(); l; l = l.next_sibling()) {
        if (ns.Is(l, Ns::kW, "numStyleLink")) links[id] = Attr(l, "val").value();
        if (ns.Is(l, Ns::kW, "styleLink")) style_defined.try_emplace(Attr(l, "val").value(), id);
        if (!ns.Is(l, Ns::kW, "lvl")) continue;
        int ilvl = Attr(l, "ilvl").as_int(0);  // a level without ilvl is level 0, as Word reads it
        if (ilvl >= 0 && ilvl < 9) a.levels[static_cast<size_t>(ilvl)] = ReadLevel(ns, l);
      }
      abstracts_[id] = a;
    } else if (ns.Is(n, Ns::kW, "num")) {
      Instance inst;
      inst.abstract_id = IntAttr(ns, n, "abstractNumId", -1);
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (!ns.Is(o, Ns::kW, "lvlOverride")) continue;
        int ilvl = Attr(o, "ilvl").as_int(-1);
        if (ilvl < 0 || ilvl > 8) continue;
        if (pugi::xml_node so = ns.Child(o, Ns::kW, "startOverride")) inst.start_overrides[ilvl] = Attr(so, "val").as_int(1);
        if (pugi::xml_node l = ns.Child(o, Ns::kW, "lvl")) inst.level_overrides[ilvl] = ReadLevel(ns, l);
      }
      instances_[Attr(n, "numId").as_int(-1)] = inst;
    }
  }
  // A list defined through a numbering style (w:numStyleLink) has no levels of its own: they, and
  // the counters, are those of the abstract numbering that defines the style (w:styleLink).
  for (auto& [num_id, inst] : instances_) {
    auto link = links.find(inst.abstract_id);
    if (link == links.end()) continue;
    auto defined = style_defined.find(link->second);
    if (defined != style_defined.end()) inst.abstract_id = defined->second;
  }
}

char32_t SymbolFontBullet(char32_t cp) {
  return cp == 0xF0B7 || cp == 0xF06C || cp == 0xF0A7 ? U'\u2022' : cp;
}

char32_t CheckBoxGlyph(std::string_view font, char32_t cp) {
  if (cp >= 0xF000 && cp <= 0xF0FF) cp -= 0xF000;
  if (font == "Wingdings 2") {
    switch (cp) {
      case 0x52:
        return U'☑';
      case 0x53:
      case 0x54:
        return U'☒';
      case 0xA3:
        return U'☐';
      default:
        return 0;
    }
  }
  if (font == "Wingdings") {
    switch (cp) {
      case 0xFE:
        return U'☑';
      case 0xFD:
      case 0x78:
        return U'☒';
      case 0xA8:
      case 0x6F:
        return U'☐';
      default:
        return 0;
    }
  }
  return 0;
}

std::string CheckBoxGlyphs(std::string_view font, std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, i);
    if (const char32_t box = CheckBoxGlyph(font, cp); box != 0)
      AppendUtf8(out, box);
    else
      out.append(text.substr(at, i - at));
  }
  return out;
}

const Numbering::Level* Numbering::LevelOf(const Instance& num, int ilvl) const {
  auto o = num.level_overrides.find(ilvl);
  if (o != num.level_overrides.end()) return &o->second;
  auto a = abstracts_.find(num.abstract_id);
  return a == abstracts_.end() ? nullptr : &a->second.levels[static_cast<size_t>(ilvl)];
}

bool Numbering::IsBullet(int num_id, int ilvl) const {
  if (ilvl < 0 || ilvl > 8) return false;
  auto it = instances_.find(num_id);
  const Level* level = it == instances_.end() ? nullptr : LevelOf(it->second, ilvl);
  return level != nullptr && level->format == "bullet";
}

std::optional<std::string> Numbering::Next(int num_id, int ilvl) {
  if (ilvl < 0 || ilvl > 8) return std::nullopt;
  auto it = instances_.find(num_id);
  if (it == instances_.end()) return std::nullopt;
  const Instance& num = it->second;
  if (LevelOf(num, ilvl) == nullptr) return std::nullopt;
  // Lists sharing an abstract numbering share its counters; an instance's
  // start override restarts them once, the first time the instance is used.
  auto& counters = counters_[num.abstract_id];
  auto& started = started_[num.abstract_id];
  if (!num.start_overrides.empty() && applied_overrides_.insert(num_id).second)
    for (const auto& [level, start] : num.start_overrides) started[static_cast<size_t>(level)] = false;
  auto start_of = [&](int level) {
    auto so = num.start_overrides.find(level);
    if (so != num.start_overrides.end()) return so->second;
    const Level* l = LevelOf(num, level);
    return l ? l->start : 1;
  };
  if (!started[static_cast<size_t>(ilvl)]) {
    counters[static_cast<size_t>(ilvl)] = start_of(ilvl);
    started[static_cast<size_t>(ilvl)] = true;
  } else {
    ++counters[static_cast<size_t>(ilvl)];
  }
  // Deeper levels restart after this one (unless their lvlRestart says otherwise).
  for (int d = ilvl + 1; d < 9; ++d) {
    const Level* l = LevelOf(num, d);
    if (l != nullptr && l->restart_after != -1 && l->restart_after < ilvl) continue;
    started[static_cast<size_t>(d)] = false;
  }
  // Levels above that were never used count from their start, and are used from here on: the next
  // item of such a level is its second (二、 after an orphan （一）), as Word and LibreOffice count.
  for (int u = 0; u < ilvl; ++u)
    if (!started[static_cast<size_t>(u)]) {
      counters[static_cast<size_t>(u)] = start_of(u);
      started[static_cast<size_t>(u)] = true;
    }
  const Level& level = *LevelOf(num, ilvl);
  if (level.format == "none" && level.text.empty()) return std::nullopt;
  std::string out;
  const std::string& pattern = level.text;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const int ref = pattern[i + 1] - '1';
      const Level* rl = LevelOf(num, ref);
      std::string format = rl ? rl->format : "decimal";
      if (level.legal && ref != ilvl) format = "decimal";
      if (format == "bullet") format = "decimal";
      out += FormatNumber(counters[static_cast<size_t>(ref)], format);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string_view Numbering::Suffix(int num_id, int ilvl) const {
  const auto num = instances_.find(num_id);
  const Level* level = num == instances_.end() ? nullptr : LevelOf(num->second, ilvl);
  return level == nullptr ? std::string_view() : std::string_view(level->suffix);
}

}  // namespace gongwen::internal
