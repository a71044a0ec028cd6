// The JSON options of a run for each input format, with the generator each format's results carry.
#ifndef GONGWEN_TOOLS_JSON_BY_FORMAT_H_
#define GONGWEN_TOOLS_JSON_BY_FORMAT_H_

#include <mutex>
#include <string_view>

#include "gongwen/extract.h"
#include "gongwen/json.h"

namespace gongwen::cli {

// A run's JSON options for each input format, each with the generator its results carry
// (GeneratorFor: a text's names --encoding and --lenient, a DOCX's the DOCX limits and
// --keep-original), which --resume compares with a stored result of an input of that format.
// Each is made when first asked for, on any thread: with --lexicon a generator sorts all the
// words for the digest (0.2-0.3 s for 300 000 words), and a run of texts only never needs the
// DOCX one. `options` must outlive it.
class JsonByFormat {
 public:
  JsonByFormat(const ExtractOptions& options, const JsonOptions& json) : options_(options), json_(json) {}
  JsonByFormat(const JsonByFormat&) = delete;
  JsonByFormat& operator=(const JsonByFormat&) = delete;

  // For a document's source.format, or InputFormatOf(bytes); a format of neither kind (there is
  // none yet) gets the generator that records every option.
  const JsonOptions& For(std::string_view format) const {
    if (format == "docx") return Made(docx_, "docx");
    if (format == "text") return Made(text_, "text");
    return Made(any_, "");
  }

 private:
  struct Slot {
    std::once_flag made;
    JsonOptions json;
  };
  const JsonOptions& Made(Slot& slot, std::string_view format) const {
    std::call_once(slot.made, [&] {
      slot.json = json_;
      slot.json.generator = GeneratorFor(options_, json_, format);
    });
    return slot.json;
  }

  const ExtractOptions& options_;
  const JsonOptions json_;
  mutable Slot text_, docx_, any_;
};

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_JSON_BY_FORMAT_H_
