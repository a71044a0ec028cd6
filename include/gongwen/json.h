// gongwen/json.h — emit a Document as JSON (the contract in docs/schema/).
//
// The output is UTF-8, deterministic (the same Document gives the same bytes)
// and carries "schema_version". Emitters only read the Document; they never parse.
#ifndef GONGWEN_JSON_H_
#define GONGWEN_JSON_H_

#include <ostream>
#include <string>
#include <string_view>

#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/extract.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"
#include "gongwen/status.h"
#include "gongwen/units.h"

namespace gongwen {

struct JsonOptions {
  bool pretty = false;  // indent by two spaces; otherwise one line
  bool blocks = true;   // include the "blocks" array (every paragraph with its role)
  bool tokens = false;  // include each task's "tokens" and "keywords" (made with EnrichOptions::tokens)
  // Written as "generator" when not empty, instead of Generator(): GeneratorFor (below, given the
  // input's format) adds the options that shaped the result, "gongwen 0.1.0 (--encoding GB18030
  // --tokens)", so that a stored result made with other options is not taken as current (gongwen
  // batch --resume).
  std::string generator = {};
};

// The "generator" every document carries, "gongwen 0.1.0": with source.sha256 it
// tells whether a stored result is current.
GONGWEN_EXPORT std::string Generator();

// The "generator" of a document of `format` ("text" or "docx", as source.format and InputFormatOf
// say it) extracted with `extract` and written with `json`: Generator(), and after it in brackets
// every option not at its default that can change that result.
// Those the gongwen tool has, as it spells them: "gongwen 0.1.0 (--encoding GB18030 --no-blocks --tokens
// --lexicon sha256:1d920a54808b8554)" — an encoding by the name a source reports (EncodingName: gbk,
// GBK and cp936 are one), the lexicon by the digest of its words (Lexicon::Digest), a DOCX limit by
// its value (--max-part-mb N; --max-part-bytes N when not whole MiB, which only the API can set).
// Those only the C++ API has, by their fields: normalize.strip_markdown=false, enrich.targets=false,
// segment.keep_units=false, tokens.empty (JsonOptions::tokens without EnrichOptions::tokens).
// Generator() alone with the defaults. Pretty printing and the input-size limit are not recorded (an
// input past the limit is refused whole). The reader's options only for the format they can change:
// a text's generator records --encoding and --lenient, not the DOCX limits or --keep-original; a
// DOCX's the other way round; the options of every stage after the reader, both. So a --resume that
// changes --encoding for the text files of an archive keeps its DOCX results current. `format` is
// compared exactly: another value ("DOCX", or none given) records every option, and a result
// carrying that string, when a reader option is set, is redone by every `gongwen batch --resume`,
// which compares a stored result with the generator of its format (as the tool and the C API
// write it).
GONGWEN_EXPORT std::string GeneratorFor(const ExtractOptions& extract, const JsonOptions& json = {},
                                        std::string_view format = {});

GONGWEN_EXPORT std::string ToJson(const Document& document, const JsonOptions& options = {});

// The same bytes, written to `out` as they are made (no copy of the whole JSON
// in memory: the JSON is several times the size of the text). Returns false
// when the stream failed.
GONGWEN_EXPORT bool WriteJson(const Document& document, std::ostream& out, const JsonOptions& options = {});

// The units and leaders of a set of documents (gongwen units --format json):
// {"schema_version", "units": [{name, spellings, leads, cooperates}], "leaders":
// [{name, titles, portfolios, tasks}], "suggestions": [{name, probably, reason}]},
// each task as {"source", "task"}.
GONGWEN_EXPORT bool WriteUnitIndexJson(const UnitIndex& index, std::ostream& out,
                                       const JsonOptions& options = {});

// A validation report (gongwen validate --format json): schema_version, the
// document's source, a count per severity and the findings, each diagnostic in
// the same shape as in WriteJson. `options.blocks` is not used.
GONGWEN_EXPORT bool WriteFindingsJson(const Document& document, const Diagnostics& findings,
                                      std::ostream& out, const JsonOptions& options = {});

// One segmented line on one line of JSON (no line break): {"line", "tokens": [{text, kind, line, column,
// offset, length}], "sentences": [{text, line, column, offset, length}] (with_sentences only)}, each
// position in the original file as `source` maps it.
GONGWEN_EXPORT std::string SegmentedLineJson(const Source& source, const SegmentedLine& line);

// The line `gongwen batch` writes for an input it could not read, on one line:
// {"source":{"path":…},"error":{"code":"not-found","message":…,
//  "position":{"line","column","offset"}|null}} (code: StatusCodeName).
GONGWEN_EXPORT std::string ErrorRecordJson(const std::string& path, const Status& status);

// A string that may not be UTF-8 (a file name from an old GBK archive, a DOCX
// property) as the emitters write it: each ill-formed sequence as U+FFFD, the
// rest unchanged. What a stored result's source.path says of such a path.
GONGWEN_EXPORT std::string AsWrittenUtf8(std::string_view text);

}  // namespace gongwen

#endif  // GONGWEN_JSON_H_
