// Internal: a notice as a wiki holds it (维基文库, Wikisource: MediaWiki's wikitext, what a page's raw view
// or an import bot's saved .txt gives): templates, links, tags and tables in wiki syntax. Not installed.
#ifndef GONGWEN_LIB_READER_WIKI_TEXT_H_
#define GONGWEN_LIB_READER_WIKI_TEXT_H_

#include <string_view>

#include "gongwen/block.h"

namespace gongwen::internal {

// Whether `text` is wikitext: it opens (spaces aside) with a template (`{{Header`), or holds a wiki table,
// a line opening `{|` and a later one opening `|}`.
bool LooksLikeWikitext(std::string_view text);

// Appends the blocks of the wikitext `text` to `out`, as the wiki shows it:
// - a paragraph per line, or per block template of a line (`{{c|…}}`, `{{center|…}}`, `{{right|…}}`), what
//   the markup shows: a template's first unnamed argument (`{{larger|X}}` → X); nothing of one without
//   (`{{gap}}`, `{{PD-PRC-exempt}}`); a link's label (`[[target|label]]`, `[url label]`), no file's or
//   category's; no tags (`<b>`, `<onlyinclude>`), comments, bold or italic quotes, or heading marks;
//   references decoded; `<br>` a line break;
// - of the page's header template (`{{Header | title = … | 发文字号 = …}}`), the document number and the
//   title, each a paragraph of its value;
// - a table row per row of a wiki table (`{|` … `|-` … `|}`), its cells those of `|` and `!` lines (`||`
//   and `!!` parting cells on a line, `attributes | text` a cell with attributes), a cell's later lines
//   its own; `rowspan` a vertical merge (merged_above), `colspan` leaving the spanned columns empty, as
//   an HTML table's are. A row's original runs from its `|-` line to the next (the table's opening with its
//   first row, its closing with its last).
// `original` is each block's source as it stands; `span` is left for the caller.
void ReadWikitext(std::string_view text, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_WIKI_TEXT_H_
