// gongwen batch --resume: which results an earlier run left that are still
// current, so that only the rest is converted.
//
// A result is current when it is a whole document of this gongwen version
// ("generator") for the bytes the input has now ("source.sha256"); an error
// record never is (the input is tried again).
#ifndef GONGWEN_TOOLS_BATCH_RESUME_H_
#define GONGWEN_TOOLS_BATCH_RESUME_H_

#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "batch_common.h"
#include "gongwen/extract.h"
#include "json_by_format.h"

namespace gongwen::cli {

// -o OUT --resume: the current lines of OUT, matched to the inputs by path.
//
// A line is matched to an input only through its exact path: the line's
// source.path, byte for byte, is the input's path, and it was found current by
// reading that very file. The emitter writes a path that is not UTF-8 with each
// ill-formed sequence as U+FFFD (gongwen/json.h), which loses its bytes: GBK
// 中.txt ("\xd6\xd0.txt") and 国.txt ("\xb9\xfa.txt") are both written
// "\uFFFD\uFFFD.txt", and their lines cannot say which file they were made from.
// So an input whose path is not UTF-8 never takes a kept line: it is always
// converted again, and its old line, which names no file, is dropped. (--out-dir
// does not need this: a result's file there has the input's exact name.)
using KeptCounts = std::map<std::string, size_t>;  // path -> how many of its lines are kept

// Keeps the whole, current lines of OUT and drops the rest (error records, stale
// results, results made by another version or with other options than `json` gives for
// their input's format (its generator, GeneratorFor), lines of paths not UTF-8, a line cut by an
// interruption); returns the paths kept, each with its number of lines. A path keeps as many lines as the
// inputs list it (`repeats`: an input given twice has two lines, so resuming a
// finished run changes nothing), at least one; with paths on standard input
// (`repeats` nullopt) as many as OUT has current.
//
// OUT is read a line at a time: memory is the longest line, whatever the file's
// size (OUT is our own output: the input-size limit does not apply). It is
// rewritten, through an AtomicFile, only when a whole line is dropped, and only
// cut back when its last line alone was cut off. nullopt, after saying why, when
// OUT cannot be read or rewritten, or when `stop` is interrupted meanwhile (OUT
// is then as it was).
std::optional<KeptCounts> KeepCurrentLines(const std::string& output, const ExtractOptions& options,
                                           const JsonByFormat& json,
                                           const std::optional<std::map<std::string, size_t>>& repeats,
                                           const BatchStop& stop);

// The kept lines, taken by the workers as they meet their inputs. Thread-safe.
class KeptLines {
 public:
  explicit KeptLines(KeptCounts counts) : counts_(std::move(counts)) {}
  // Takes one of the lines kept for an input of exactly this path; false when
  // none is left, and always for a path that is not UTF-8 (see above).
  bool Take(const std::string& path);

 private:
  KeptCounts counts_;
  std::mutex mutex_;
};

// --out-dir --resume: whether DIR/NAME.json, written by an earlier run, is a
// whole document of this `generator` (version and options) for this input path and these input
// bytes (hashed only when the generator and path agree). It reads the start of
// the file up to the hash and its last two bytes, whatever its size: no size
// limit applies to our own outputs.
bool StoredIsCurrent(const std::filesystem::path& stored, const std::string& generator,
                     const std::string& input_path, std::string_view input_bytes);

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_BATCH_RESUME_H_
