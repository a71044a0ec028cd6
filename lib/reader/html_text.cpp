// A web page's paragraphs (reader/html_text.h).
#include "reader/html_text.h"

#include <string>

#include "core/utf8.h"
#include "reader/html_markup.h"

namespace gongwen::internal {
namespace {

// Elements whose content a browser does not show as text.
bool Hidden(std::string_view name) {
  for (std::string_view h : {"head", "script", "style", "noscript", "template", "svg", "iframe", "select"})
    if (EqualsLower(name, h)) return true;
  return false;
}

// Elements that end a paragraph where they open or close (inline ones, span, a, font, strong, o:p, …,
// do not).
bool BreaksParagraph(std::string_view name) {
  if (name.size() == 2 && Lower(name[0]) == 'h' && name[1] >= '1' && name[1] <= '6') return true;
  for (std::string_view b :
       {"p",      "div",        "br",         "li",      "ul",      "ol",       "table",  "tr",    "td",
        "th",     "body",       "html",       "section", "article", "header",   "footer", "nav",   "main",
        "aside",  "center",     "blockquote", "pre",     "hr",      "dl",       "dt",     "dd",    "form",
        "figure", "figcaption", "address",    "title",   "caption", "fieldset", "legend", "option"})
    if (EqualsLower(name, b)) return true;
  return false;
}

class PageReader {
 public:
  PageReader(std::string_view text, size_t to, Blocks& out) : text_(text), tags_(text, to), out_(out) {}

  void Run(size_t from, size_t to) {
    WalkMarkup(
        text_, tags_, from, to,
        [this](size_t a, size_t b) {
          if (hidden_.empty()) Text(a, b);
        },
        [this](const Tag& tag) { OnTag(tag); });
    Flush();
  }

 private:
  void Text(size_t from, size_t to) {
    ReadCharacters(
        text_, from, to, [this] { pending_space_ = true; },
        [this](size_t at, size_t next, char32_t cp, char byte) {
          if (begin_ == std::string_view::npos) begin_ = at;
          if (pending_space_ && !para_.empty()) para_.push_back(' ');
          pending_space_ = false;
          if (cp != 0)
            AppendUtf8(para_, cp);
          else
            para_.push_back(byte);
          end_ = next;
        });
  }

  void OnTag(const Tag& tag) {
    const std::string_view n = tag.name;
    if (n.empty()) return;  // a comment, the doctype
    if (!hidden_.empty()) {
      // Its end tag ends it; a head left open ends where the body opens, as a browser reads it.
      if ((tag.closing && EqualsLower(n, hidden_)) ||
          (EqualsLower(hidden_, "head") && EqualsLower(n, "body")))
        hidden_ = {};
      return;
    }
    const bool self_closing = tag.attrs.ends_with("/");
    if (!tag.closing && !self_closing && Hidden(n)) {
      Flush();
      hidden_ = n;
      return;
    }
    if (BreaksParagraph(n)) Flush();
  }

  void Flush() {
    pending_space_ = false;
    if (begin_ == std::string_view::npos) return;
    const std::string_view trimmed = TrimSpaces(para_);
    if (!trimmed.empty()) {
      Block& b = out_.emplace_back();
      b.begin = begin_;
      b.end = end_;
      b.original.assign(text_.substr(begin_, end_ - begin_));
      b.text.assign(trimmed);
    }
    para_.clear();
    begin_ = std::string_view::npos;
  }

  std::string_view text_;
  TagReader tags_;
  Blocks& out_;
  std::string_view hidden_;  // the hidden element open (script, style, head, …), lower or not
  std::string para_;
  size_t begin_ = std::string_view::npos, end_ = 0;
  bool pending_space_ = false;
};

bool StartsWithLower(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && EqualsLower(text.substr(0, lower.size()), lower);
}

}  // namespace

bool LooksLikeHtmlPage(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsAsciiSpace(text[i])) ++i;
  text.remove_prefix(i);
  if (StartsWithLower(text, "<!doctype html") || StartsWithLower(text, "<html")) return true;
  if (!StartsWithLower(text, "<?xml")) return false;
  const size_t html = text.substr(0, 1024).find("<html");
  return html != std::string_view::npos;
}

void ReadHtmlText(std::string_view text, size_t from, size_t to, Blocks& out) {
  PageReader(text, to, out).Run(from, to);
}

}  // namespace gongwen::internal
