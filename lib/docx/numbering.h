// Internal: Word's automatic numbering, counted and rendered as Word does.
#ifndef GONGWEN_LIB_DOCX_NUMBERING_H_
#define GONGWEN_LIB_DOCX_NUMBERING_H_

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "core/number_format.h"  // FormatNumber, which the numbering renders with
#include "docx/xml.h"

namespace gongwen::internal {

// Symbol fonts draw their glyphs from private-use codes: the bullets among them
// (Symbol F0B7, Wingdings F06C and F0A7) as U+2022; any other code unchanged.
char32_t SymbolFontBullet(char32_t cp);

// The check boxes of Wingdings and Wingdings 2 (a form's ☑ and ☐ typed in them: Wingdings 2's R and £,
// Wingdings' þ and ¨, or inserted as symbols, F052 and F0A3): ☑, ☒ or ☐; 0 for any other glyph.
char32_t CheckBoxGlyph(std::string_view font, char32_t cp);
// `text` in such a font, its check boxes as ☑ ☒ ☐ and the rest as it is.
std::string CheckBoxGlyphs(std::string_view font, std::string_view text);

class Numbering {
 public:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;         // lvlText, e.g. "（%2）"
    static constexpr int kNeverRestart = -2;
    int restart_after = -1;   // lvlRestart: restart when this level (0-based) increments; -1 = any higher level; kNeverRestart
    bool legal = false;       // isLgl: all levels shown in decimal
    std::string suffix = "\t";  // w:suff, what follows the label: a tab (Word's default), a space or nothing
  };

  // Reads numbering.xml's root w:numbering element.
  void Load(const pugi::xml_node& root, NsResolver& ns);

  // The label for the next paragraph with (numId, ilvl), advancing the counters;
  // nullopt when the number is not defined or the level shows nothing.
  std::optional<std::string> Next(int num_id, int ilvl);

  // What Word prints between the label of (numId, ilvl) and the text (w:suff): a tab, a space or nothing.
  std::string_view Suffix(int num_id, int ilvl) const;

  // Whether (numId, ilvl) is a bulleted list's: its label a glyph, no number.
  bool IsBullet(int num_id, int ilvl) const;

 private:
  struct Abstract {
    std::array<Level, 9> levels;
  };
  struct Instance {
    int abstract_id = -1;
    std::map<int, int> start_overrides;        // ilvl → start
    std::map<int, Level> level_overrides;      // ilvl → level
  };
  const Level* LevelOf(const Instance& num, int ilvl) const;

  std::map<int, Abstract> abstracts_;
  std::map<int, Instance> instances_;
  // Counters are shared by the instances of one abstract numbering (as Word
  // counts them); an instance's start override resets them once, the first
  // time that instance is used.
  std::map<int, std::array<int, 9>> counters_;  // by abstract numbering id
  std::map<int, std::array<bool, 9>> started_;
  std::set<int> applied_overrides_;  // instances whose start overrides have taken effect
};

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_DOCX_NUMBERING_H_
