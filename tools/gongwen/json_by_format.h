// The JSON options of a run for each input format, with the generator each format's results carry.
#ifndef GONGWEN_TOOLS_JSON_BY_FORMAT_H_
#define GONGWEN_TOOLS_JSON_BY_FORMAT_H_

#include <string_view>

#include "gongwen/extract.h"
#include "gongwen/json.h"

namespace gongwen::cli {

// Made once for a run: each format's generator (GeneratorFor: a text's names --encoding and
// --lenient, a DOCX's the DOCX limits and --keep-original), which its results carry and --resume
// compares with a stored result of an input of that format.
struct JsonByFormat {
  JsonByFormat(const ExtractOptions& options, const JsonOptions& json) : text(json), docx(json), any(json) {
    text.generator = GeneratorFor(options, json, "text");
    docx.generator = GeneratorFor(options, json, "docx");
    any.generator = GeneratorFor(options, json);
  }
  // For a document's source.format, or InputFormatOf(bytes); a format of neither kind (none yet)
  // gets the generator that records every option.
  const JsonOptions& For(std::string_view format) const {
    return format == "docx" ? docx : format == "text" ? text : any;
  }
  JsonOptions text, docx, any;
};

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_JSON_BY_FORMAT_H_
