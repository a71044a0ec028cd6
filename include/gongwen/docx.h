// gongwen/docx.h — the DOCX reader: a Word (or WPS) package in, blocks out.
//
// Reads .docx, .docm and .dotx, transitional and ISO Strict OOXML, into the
// same blocks the text reader gives, so everything after it is shared: a
// paragraph per block, with Word's automatic numbering rendered at its start
// exactly as Word shows it (（三）, 27.), table rows with their cells (merged
// cells resolved), page breaks, text boxes after their anchoring paragraph,
// and footnotes and endnotes after the body. Tracked insertions are kept and
// deletions dropped (or the reverse with keep_original). Fields give their
// result, never their instruction. Headers and footers are not body text.
//
// Positions: the Source's text is the extracted text, one block per line, so
// span.line/column point into it; span.offset is the byte offset of the block's
// element in the XML part named by Block::location.part.
//
// Hostile input: every size is bounded by DocxOptions; no external entity is
// ever resolved (pugixml does not); a damaged package is a Status naming the
// part, never a crash. Thread-safe: no shared state.
#ifndef GONGWEN_DOCX_H_
#define GONGWEN_DOCX_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gongwen/block.h"
#include "gongwen/export.h"
#include "gongwen/status.h"

namespace gongwen {

struct DocxOptions {
  uint64_t max_part_bytes = uint64_t{256} << 20;   // uncompressed size of any one part
  uint64_t max_total_bytes = uint64_t{512} << 20;  // uncompressed size of all parts read
  uint32_t max_ratio = 200;                        // uncompressed / compressed, for parts over 1 MiB (zip bombs)
  uint32_t max_entries = 20000;                    // entries in the zip directory
  uint32_t max_depth = 256;                        // XML element nesting read (deeper content is skipped, with a warning)
  bool keep_original = false;                      // tracked changes: keep deleted text, drop inserted text
};

// True when `bytes` look like a zip package (PK\x03\x04), which is how
// gongwen tells a DOCX from text, whatever the file is called.
GONGWEN_EXPORT bool LooksLikeZip(std::string_view bytes);

GONGWEN_EXPORT Result<Reading> ReadDocx(std::string_view bytes, std::string path,
                                        const DocxOptions& options = {});

}  // namespace gongwen

#endif  // GONGWEN_DOCX_H_
