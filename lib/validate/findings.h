// Internal: what every check of the validator shares — the document, where a
// piece of a block's original text stands in the file, and the list findings
// go into. Not installed.
#ifndef GONGWEN_LIB_VALIDATE_FINDINGS_H_
#define GONGWEN_LIB_VALIDATE_FINDINGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "gongwen/document.h"
#include "gongwen/status.h"
#include "gongwen/validate.h"

namespace gongwen::internal {

class Findings {
 public:
  explicit Findings(const Document& doc) : doc_(doc) {}

  const Document& doc() const { return doc_; }
  const DocumentBlock* Block(int index) const {
    return index >= 0 && static_cast<size_t>(index) < doc_.blocks.size() ? &doc_.blocks[index] : nullptr;
  }

  // The span of bytes [begin, end) of `block.original`, in the original file:
  // line and column exact; for text input also the byte offset and length in
  // the file's own encoding. For DOCX, offset is the paragraph's in its part.
  Span At(const DocumentBlock& block, size_t begin, size_t end) const;
  // The first occurrence of `needle` in the block's original, or the block's
  // own span when it is not there (the text was repaired).
  Span Find(const DocumentBlock& block, std::string_view needle) const;
  // Where the block's text starts past markdown marks and spaces.
  size_t TextStart(const DocumentBlock& block) const;

  void Add(const char* rule, std::string message, Span span, std::vector<Replacement> fix = {});
  void Add(Diagnostic d) { out_.push_back(std::move(d)); }

  Diagnostics Take() { return std::move(out_); }

 private:
  const Document& doc_;
  Diagnostics out_;
};

// “text” in Chinese quotation marks, for messages.
std::string Quote(std::string_view text);

// `utf8` encoded as `encoding` (a Source::encoding() name).
Result<std::string> EncodeAs(std::string_view utf8, const std::string& encoding);

void CheckHead(Findings& f);       // 发文字号, dates, title, addressees, note, attachments, colophon, issuer
void CheckNumbering(Findings& f);  // heading markers, heading sequence, task numbering
void CheckText(Findings& f);       // brackets and quotes, doubled phrases
void CheckUnits(Findings& f);      // lead units, deadlines, unit spellings
void CheckLayout(Findings& f, double tolerance_mm);  // DOCX page and type layout

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_VALIDATE_FINDINGS_H_
