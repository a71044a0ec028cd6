#include "batch_resume.h"

#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <vector>

#include "batch_output.h"
#include "gongwen/json.h"
#include "gongwen/source.h"

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

// The stamp of a stored JSON document: its "generator", source.path, source.format
// and source.sha256, read by a SAX parser (no document tree) that can stop as soon
// as the four are seen.
class StampReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, StampReader> {
 public:
  std::string generator, path, format, sha256;

  // `whole`: parse to the end, so a damaged line is not taken for a current one.
  explicit StampReader(bool whole) : whole_(whole) {}
  bool Complete() const { return seen_ == 15; }

  // Parses `in`; true when it holds a whole stamp (and, with `whole`, is valid
  // JSON to the end). Iterative parsing: a line nested a million deep (damaged,
  // or not ours) costs heap, not the stack.
  template <typename Stream>
  bool Read(Stream& in) {
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<rapidjson::kParseIterativeFlag>(in, *this);
    return Complete() && (result || (!whole_ && result.Code() == rapidjson::kParseErrorTermination));
  }

  bool StartObject() {
    in_source_ = in_source_ || (depth_ == 1 && key_ == "source");
    ++depth_;
    key_.clear();
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (--depth_ == 1) in_source_ = false;
    return true;
  }
  bool StartArray() {
    ++depth_;
    key_.clear();
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (depth_ == 1 || (depth_ == 2 && in_source_))
      key_.assign(s, n);
    else
      key_.clear();
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (depth_ == 1 && key_ == "generator") {
      generator.assign(s, n);
      seen_ |= 1;
    } else if (depth_ == 2 && in_source_ && key_ == "path") {
      path.assign(s, n);
      seen_ |= 2;
    } else if (depth_ == 2 && in_source_ && key_ == "sha256") {
      sha256.assign(s, n);
      seen_ |= 4;
    } else if (depth_ == 2 && in_source_ && key_ == "format") {
      format.assign(s, n);
      seen_ |= 8;
    }
    key_.clear();
    return whole_ || !Complete();  // false stops the parser: the rest is not needed
  }
  bool Default() {
    key_.clear();
    return true;
  }

 private:
  const bool whole_;
  size_t depth_ = 0;
  bool in_source_ = false;
  unsigned seen_ = 0;
  std::string key_;
};

// Whether a line of OUT is a current result of the file it names, and whether
// that path has room for one more kept line.
class LineJudge {
 public:
  LineJudge(const ExtractOptions& options, const JsonByFormat& json,
            const std::optional<std::map<std::string, size_t>>& repeats)
      : options_(options), json_(json), repeats_(repeats) {}

  bool Keep(const std::string& line) {
    rapidjson::StringStream stream(line.c_str());
    StampReader stamp(true);
    // A result made by another version, or with other options than this run's for its format, is
    // stale whatever the input holds now: the input is not read (its format now is the stored one,
    // or its hash differs). A path that is not as the emitter writes it (UTF-8, bad bytes replaced)
    // is not one we wrote: it names no input.
    if (!stamp.Read(stream) || stamp.generator != json_.For(stamp.format).generator ||
        AsWrittenUtf8(stamp.path) != stamp.path || !Room(stamp.path))
      return false;
    const Result<std::string> bytes = ReadBatchInput(stamp.path, options_);
    // An empty hash (OpenSSL gave none) matches nothing: the input is converted again.
    if (!bytes.ok() || stamp.sha256.empty() || Sha256Hex(*bytes) != stamp.sha256) return false;
    ++kept_[stamp.path];
    return true;
  }

  KeptCounts Take() { return std::move(kept_); }

 private:
  bool Room(const std::string& path) {
    if (!repeats_) return true;
    const auto it = repeats_->find(path);
    const auto kept = kept_.find(path);
    return (kept == kept_.end() ? 0 : kept->second) < (it == repeats_->end() ? 1 : it->second);
  }

  const ExtractOptions& options_;
  const JsonByFormat& json_;
  const std::optional<std::map<std::string, size_t>>& repeats_;
  KeptCounts kept_;
};

// OUT with only the lines marked in `keep`, through an AtomicFile: false (after
// saying why, unless interrupted) when it could not be made, OUT left as it was.
bool Rewrite(const std::string& output, std::ifstream& in, const std::vector<bool>& keep,
             const BatchStop& stop) {
  in.clear();
  in.seekg(0);
  // OUT may be a link (to a shared or dated file): the file it names is rewritten, the link stays.
  std::error_code ec;
  const fs::path target = fs::canonical(output, ec);
  AtomicFile out(ec ? fs::path(output) : target);
  out.KeepModeOf(output);
  std::string line;
  for (size_t i = 0; i < keep.size() && std::getline(in, line); ++i) {
    if (stop.Interrupted()) return false;  // the temporary file goes with `out`
    if (!keep[i]) continue;
    line += '\n';
    if (!out.Write(line)) break;
  }
  if (in.bad()) {
    SayError(output + ": cannot read for --resume");
    return false;
  }
  if (!out.Commit()) {
    SayError(output + ": cannot rewrite for --resume: " + out.error());
    return false;
  }
  return true;
}

}  // namespace

std::optional<KeptCounts> KeepCurrentLines(const std::string& output, const ExtractOptions& options,
                                           const JsonByFormat& json,
                                           const std::optional<std::map<std::string, size_t>>& repeats,
                                           const BatchStop& stop) {
  std::error_code ec;
  if (!fs::is_regular_file(output, ec)) return KeptCounts{};  // nothing yet (or /dev/null, a pipe)
  std::ifstream in(output, std::ios::binary);
  if (!in) {
    SayError(output + ": cannot read for --resume");
    return std::nullopt;
  }
  LineJudge judge(options, json, repeats);
  std::vector<bool> keep;  // for each whole line
  uint64_t whole_bytes = 0;
  bool cut = false;
  for (std::string line; std::getline(in, line);) {
    if (stop.Interrupted()) return std::nullopt;
    if (in.eof()) {  // no newline: a line cut off, dropped
      cut = true;
      break;
    }
    whole_bytes += line.size() + 1;
    keep.push_back(judge.Keep(line));
  }
  if (in.bad()) {
    SayError(output + ": cannot read for --resume");
    return std::nullopt;
  }
  if (std::find(keep.begin(), keep.end(), false) != keep.end()) {
    if (!Rewrite(output, in, keep, stop)) return std::nullopt;
  } else if (cut) {
    fs::resize_file(output, whole_bytes, ec);
    if (ec) {
      SayError(output + ": cannot cut off its last, partial line for --resume: " + ec.message());
      return std::nullopt;
    }
  }
  return judge.Take();
}

bool KeptLines::Take(const std::string& path) {
  // Never emptied or grown once made (counts only go down), so read without the lock; a path that
  // is not UTF-8 finds no key (OUT's paths were kept only if UTF-8).
  if (counts_.empty()) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = counts_.find(path);
  if (it == counts_.end() || it->second == 0) return false;
  --it->second;
  return true;
}

// The start of the file gives the stamp; its end tells a whole file from one cut
// short. Our compact JSON holds no raw newline (a newline in a string is written
// "\n"), so the only one is the last byte, after the closing brace: a file cut
// anywhere (copied in part, or its data lost in a crash after the rename) does
// not end in "}\n". That is two bytes read instead of parsing a file of many
// megabytes to its end.
bool StoredIsCurrent(const fs::path& stored, const std::string& generator, const std::string& input_path,
                     std::string_view input_bytes) {
  std::FILE* f = std::fopen(stored.c_str(), "rb");
  if (f == nullptr) return false;
  char end[2] = {};
  bool current = std::fseek(f, -2, SEEK_END) == 0 && std::fread(end, 1, 2, f) == 2 && end[0] == '}' &&
                 end[1] == '\n' && std::fseek(f, 0, SEEK_SET) == 0;
  if (current) {
    char buffer[16 << 10];
    rapidjson::FileReadStream in(f, buffer, sizeof buffer);
    StampReader stamp(false);
    // Hashed only when a stored result of this version and this input is there to compare with. The
    // path too: the same content under another path of the same name (an earlier batch over ./r, this
    // one over r) is another input, whose result must name it. A path that is not UTF-8 is stored as written
    // (U+FFFD); the exact file name of DIR/NAME.json tells such names apart.
    current = stamp.Read(in) && stamp.generator == generator && stamp.path == AsWrittenUtf8(input_path) &&
              !stamp.sha256.empty() && stamp.sha256 == Sha256Hex(input_bytes);
  }
  std::fclose(f);
  return current;
}

}  // namespace gongwen::cli
