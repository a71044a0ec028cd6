// Internal: a web page saved whole (a notice as a government site publishes it, saved by a browser
// as "HTML only"): its paragraphs read out of the markup. Its tables are html_table.h's. Not installed.
#ifndef GONGWEN_LIB_READER_HTML_TEXT_H_
#define GONGWEN_LIB_READER_HTML_TEXT_H_

#include <cstddef>
#include <string_view>

#include "gongwen/block.h"

namespace gongwen::internal {

class CssCounters;

// Whether `text` is a web page rather than text that holds an HTML table: it opens (spaces aside) with
// `<!DOCTYPE html`, `<html`, or an XML declaration followed by `<html`.
bool LooksLikeHtmlPage(std::string_view text);

// Appends the paragraphs of the page's markup in [from, to) to `out`: a paragraph block for each run of
// text between block-level tags (p, div, br, h1–h6, li, …), its entities decoded and its spaces and line
// ends collapsed; [begin, end) where its text starts and ends in `text`, `original` those bytes as they
// stand (inline tags and references with them). What a browser does not show is left out: the head,
// scripts, styles, comments. `span` is left for the caller.
// `counters`, the page's (one object for all its parts, tables too), writes the numbers its styles
// generate before the paragraphs they number.
void ReadHtmlText(std::string_view text, size_t from, size_t to, Blocks& out,
                  CssCounters* counters = nullptr);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_HTML_TEXT_H_
