// The JSON options of a run for each input format, with the generator each format's results carry.
#ifndef GONGWEN_TOOLS_JSON_BY_FORMAT_H_
#define GONGWEN_TOOLS_JSON_BY_FORMAT_H_

#include <mutex>
#include <string_view>

#include "gongwen/extract.h"
#include "gongwen/json.h"

namespace gongwen::cli {

// Made once for a run: each format's generator (GeneratorFor: a text's names --encoding and
// --lenient, a DOCX's the DOCX limits and --keep-original), which its results carry and --resume
// compares with a stored result of an input of that format. `options` must outlive it.
class JsonByFormat {
 public:
  JsonByFormat(const ExtractOptions& options, const JsonOptions& json)
      : text(json), docx(json), options_(options), any_(json) {
    text.generator = GeneratorFor(options, json, "text");
    docx.generator = GeneratorFor(options, json, "docx");
  }
  // For a document's source.format, or InputFormatOf(bytes). A format of neither kind (there is
  // none yet) gets the generator that records every option, made when first asked for: each
  // generator with a lexicon sorts all its words for the digest (0.2-0.3 s for 300 000 words).
  const JsonOptions& For(std::string_view format) const {
    if (format == "docx") return docx;
    if (format == "text") return text;
    std::call_once(any_made_, [this] { any_.generator = GeneratorFor(options_, any_); });
    return any_;
  }

  JsonOptions text, docx;

 private:
  const ExtractOptions& options_;
  mutable std::once_flag any_made_;
  mutable JsonOptions any_;
};

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_JSON_BY_FORMAT_H_
