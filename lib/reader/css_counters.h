// Internal: the numbers a web page's style sheet writes before its paragraphs (CSS counters), which are no
// text of the page. A Word file shown in a browser by docx-preview (vue-office, an OA system's preview)
// numbers its headings and items so: `p.docx-num-3-1:before { content: ""counter(docx-num-3-1, decimal)".";
// counter- increment: docx-num-3-1; }` and `p.docx-num-3-0 { counter-reset: docx-num-3-1 0; }`. Not
// installed.
#ifndef GONGWEN_LIB_READER_CSS_COUNTERS_H_
#define GONGWEN_LIB_READER_CSS_COUNTERS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace gongwen::internal {

// The counters of a page's <style> elements, stepped as its elements open in document order (the page's
// paragraphs and its tables' cells alike: one object for the page). Rules of the simple forms a
// generator writes are read: a class selector (`p.x`, `.x`), with `:before` or `::before` for the
// generated content; others are passed over.
class CssCounters {
 public:
  explicit CssCounters(std::string_view page);

  // Whether the page's styles generate any number at all (most pages: none, and Open is never needed).
  bool empty() const { return rules_.empty(); }

  // An element with these attributes opens: its classes' counters reset and stepped (the element's own
  // rules, then its ::before's), and the label its ::before shows returned, spaces and tabs at its end
  // trimmed; empty when it shows none.
  std::string Open(std::string_view attrs);

 private:
  struct Piece {
    std::string text;     // a string of the content, or
    std::string counter;  // a counter's value, in
    std::string format;   // this number format (core/number_format.h's names)
  };
  struct Rule {
    std::vector<std::pair<std::string, int>> reset, increment;  // the element's own
    std::vector<std::pair<std::string, int>> before_increment;  // its ::before's
    std::vector<Piece> content;                                 // its ::before's content
  };
  void ReadSheet(std::string_view sheet);
  void ReadRule(std::string_view selectors, std::string_view body);

  std::unordered_map<std::string, Rule> rules_;  // by class name
  std::unordered_map<std::string, int> values_;  // by counter name
};

// The number format (core/number_format.h's names) a CSS list-style-type or counter style names, and what
// follows an ordered list's number in it (decimal: ".", cjk-ideographic: "、"); empty format when unknown.
std::pair<std::string_view, std::string_view> CssNumberStyle(std::string_view css);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_CSS_COUNTERS_H_
