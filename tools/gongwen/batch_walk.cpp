#include "batch_walk.h"

#include <fnmatch.h>
#include <poll.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <fstream>

namespace gongwen::cli {

namespace fs = std::filesystem;

namespace {

// A path line without its line end (a list written on Windows ends its lines in "\r\n"), or ""
// for a line of spaces and tabs only. Spaces and tabs around a name stay: they may be part of it
// ("c.txt " is not "c.txt").
std::string TrimEnd(std::string s) {
  if (!s.empty() && s.back() == '\r') s.pop_back();
  if (s.find_first_not_of(" \t") == std::string::npos) s.clear();
  return s;
}

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Drops the byte-order mark a list's first line opens with when Windows Notepad saved it (no path,
// and no JSON document line, starts with one); whether there was one.
bool DropUtf8Bom(std::string& first_line) {
  if (!first_line.starts_with(kUtf8Bom)) return false;
  first_line.erase(0, kUtf8Bom.size());
  return true;
}

// The output name of a path given as it is (see Input::name). A trailing slash (d/ for a folder that
// cannot be read) adds no empty last part, which would name the result d/.error.json; a path that
// normalizes to nothing ("/", ".") is named "_".
fs::path OutputName(const fs::path& path) {
  fs::path out;
  for (const fs::path& part : path.lexically_normal().relative_path()) {
    if (part.empty() || part == ".") continue;
    out /= part == ".." ? fs::path("__") : part;
  }
  return out.empty() ? fs::path("_") : out;
}

// The parts of a path between its slashes.
std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> parts;
  for (size_t from = 0;;) {
    const size_t slash = path.find('/', from);
    parts.push_back(path.substr(from, slash - from));
    if (slash == std::string::npos) return parts;
    from = slash + 1;
  }
}

// A glob against a path below the walked directory, segment by segment (a `*` never crosses a
// slash), where a segment `**` stands for any number of folders, none included, as in .gitignore
// and rsync: `**/*.txt` takes x.txt and a/b/x.txt, `sub/**` everything below sub. (fnmatch alone
// read `**` as `*`: one folder exactly.) Each (glob segment, path segment) pair is decided once
// (`seen`), so several `**` cost no more than the product of the two lengths.
bool MatchesPath(const std::vector<std::string>& glob, size_t g, const std::vector<std::string>& path,
                 size_t p, std::vector<signed char>& seen) {
  signed char& known = seen[g * (path.size() + 1) + p];
  if (known >= 0) return known != 0;
  bool match = false;
  if (g == glob.size()) {
    match = p == path.size();
  } else if (glob[g] == "**") {
    for (size_t skip = p; skip <= path.size() && !match; ++skip)
      match = MatchesPath(glob, g + 1, path, skip, seen);
  } else {
    match = p < path.size() && fnmatch(glob[g].c_str(), path[p].c_str(), FNM_CASEFOLD) == 0 &&
            MatchesPath(glob, g + 1, path, p + 1, seen);
  }
  known = match ? 1 : 0;
  return match;
}

// An --include or --exclude glob as a walk matches it: against a file's name, and when it has a
// slash also segment by segment against the file's path below the folder. Split once per walk.
struct Glob {
  std::string pattern;
  std::vector<std::string> segments;  // empty for a name glob (no slash)
};

std::vector<Glob> ReadGlobs(const std::vector<std::string>& patterns) {
  std::vector<Glob> globs;
  for (const std::string& p : patterns)
    globs.push_back({p, p.find('/') == std::string::npos ? std::vector<std::string>() : Segments(p)});
  return globs;
}

// Archives from Windows hold NOTICE.TXT and REPORT.DOCX, which *.txt and *.docx must take: case is ignored.
bool MatchesAny(const std::vector<Glob>& globs, const std::string& below) {
  const std::string name = fs::path(below).filename().string();
  std::vector<std::string> path;  // split once, when a glob needs it
  for (const Glob& g : globs) {
    if (fnmatch(g.pattern.c_str(), name.c_str(), FNM_CASEFOLD) == 0) return true;
    if (g.segments.empty()) continue;  // a name glob: not matched against the path
    if (path.empty()) path = Segments(below);
    std::vector<signed char> seen((g.segments.size() + 1) * (path.size() + 1), -1);
    if (MatchesPath(g.segments, 0, path, 0, seen)) return true;
  }
  return false;
}

// What a directory walk found: the files that match the globs, the directories
// it could not read (with why), and how many files it left out.
struct Walked {
  std::vector<std::string> found;
  std::map<std::string, std::string> errors;
  size_t left_out = 0;
};

// Walks the directory `root`: files by their own path below `root` (a link by
// its name, not its target's). Links to directories are not followed (no loops;
// such a link counts as left out). A directory that cannot be read is listed
// too, to become an error record: a tree the walk could not see is a failure,
// not an empty one. Files left out are counted in `shard`'s share only, so that the shards' summaries
// add up to the whole.
void Walk(const std::string& root, const std::vector<Glob>& include, const std::vector<Glob>& exclude,
          const Shard& shard, Walked& walked) {
  std::vector<std::string> pending = {""};  // directories to read, below root
  while (!pending.empty()) {
    const std::string below = std::move(pending.back());
    pending.pop_back();
    const fs::path dir = below.empty() ? fs::path(root) : fs::path(root) / below;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::string rel = (below.empty() ? "" : below + '/') + it->path().filename().string();
      std::error_code lec, tec;
      const fs::file_status own = it->symlink_status(lec);
      if (!lec && fs::is_directory(own)) {
        pending.push_back(std::move(rel));
        continue;
      }
      // A link is taken by what it points to; an entry whose type cannot be read (in a directory that may be
      // listed, not searched) is taken as a file: it fails when read, with the reason, as an error record.
      const fs::file_status target = !lec && fs::is_symlink(own) ? it->status(tec) : own;
      const bool file = lec || tec || fs::is_regular_file(target);  // a dangling link fails as not-found
      if (!file || !MatchesAny(include, rel) || MatchesAny(exclude, rel)) {
        // not matching the globs; a special file; a link to a directory
        if (shard.Takes(it->path().string())) ++walked.left_out;
        continue;
      }
      walked.found.push_back(it->path().string());
    }
    if (ec) {
      walked.errors.emplace(dir.string(), "cannot read the directory: " + ec.message());
      walked.found.push_back(dir.string());
    }
  }
}

}  // namespace

std::optional<Shard> Shard::Parse(const std::string& text) {
  // std::from_chars, not sscanf's %u, which takes "-1" (as 4294967295) and wraps 4294967297 to 1.
  const auto number = [](std::string_view s, uint32_t& value) {
    if (s.empty() || s.front() < '0' || s.front() > '9') return false;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    return error == std::errc() && end == s.data() + s.size();
  };
  const size_t slash = text.find('/');
  uint32_t k = 0, n = 0;
  if (slash == std::string::npos || !number(std::string_view(text).substr(0, slash), k) ||
      !number(std::string_view(text).substr(slash + 1), n) || n == 0 || k == 0 || k > n)
    return std::nullopt;
  return Shard{k, n};
}

bool Shard::Takes(std::string_view path) const {
  if (n <= 1) return true;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : path) h = (h ^ c) * 1099511628211ull;
  return h % n == k - 1;
}

// As in an @LIST file (DropUtf8Bom); the line's offset is then that of its first byte after the mark.
void StdinLines::DropByteOrderMark(std::string& line) {
  if (number_ == 1 && DropUtf8Bom(line)) offset_ += kUtf8Bom.size();
}

bool StdinLines::Next(std::string& line) {
  too_long_ = false;
  for (;;) {
    if (const size_t end = buffer_.find(separator_, scanned_); end != std::string::npos) {
      if (skipping_) {
        line.clear();
        too_long_ = true;
        skipping_ = false;
        offset_ = skip_from_;
      } else {
        line.assign(buffer_, start_, end - start_);
        offset_ = base_ + start_;
      }
      start_ = scanned_ = end + 1;
      ++number_;
      DropByteOrderMark(line);
      return true;
    }
    scanned_ = buffer_.size();
    if (!skipping_ && buffer_.size() - start_ > max_line_) {
      skipping_ = true;  // the rest of this line is read and dropped
      skip_from_ = base_ + start_;
    }
    if (skipping_) {
      base_ += buffer_.size();
      buffer_.clear();
      start_ = scanned_ = 0;
    }
    if (eof_) {
      if (skipping_) {
        skipping_ = false;
        line.clear();
        too_long_ = true;
        offset_ = skip_from_;
        ++number_;
        return true;
      }
      if (start_ == buffer_.size()) return false;
      line.assign(buffer_, start_);
      offset_ = base_ + start_;
      start_ = scanned_ = buffer_.size();
      ++number_;
      DropByteOrderMark(line);
      return true;
    }
    if (stop_.Stopping()) return false;
    buffer_.erase(0, start_);  // what is left of the last line read, at most
    base_ += start_;
    scanned_ -= start_;
    start_ = 0;
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {stop_.WakeFd(), POLLIN, 0}};
    if (poll(fds, stop_.WakeFd() >= 0 ? 2 : 1, -1) < 0) {
      if (errno != EINTR) eof_ = true;
      continue;
    }
    if (stop_.Stopping()) return false;
    if (fds[0].revents == 0) continue;
    char chunk[1 << 16];
    const ssize_t n = read(STDIN_FILENO, chunk, sizeof chunk);
    if (n > 0)
      buffer_.append(chunk, static_cast<size_t>(n));
    else if (n == 0 || (errno != EINTR && errno != EAGAIN))
      eof_ = true;
  }
}

InputQueue::InputQueue(std::vector<std::string> include, std::vector<std::string> exclude, Shard shard,
                       bool stdin_paths, char separator, const BatchStop& stop)
    : include_(std::move(include)),
      exclude_(std::move(exclude)),
      shard_(shard),
      stop_(stop),
      stdin_(stdin_paths),
      separator_(separator),
      stdin_lines_(stop, separator) {}

bool InputQueue::Expand(const std::vector<std::string>& arguments) {
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      stdin_ = true;
      if (stdin_at_ == std::string::npos) stdin_at_ = listed_.size();  // a second "-" reads nothing more
    } else if (argument.size() > 1 && argument[0] == '@') {
      const std::string file = argument.substr(1);
      // A folder opens as a stream but reads as nothing: it would be an empty list, said nowhere.
      if (std::error_code ec; fs::is_directory(file, ec)) {
        SayError(file + ": a folder, not a list of inputs (give the folder itself, without @)");
        return false;
      }
      std::ifstream list(file);
      if (!list) {
        SayError(file + ": cannot read the list of inputs");
        return false;
      }
      bool first = true;
      for (std::string line; std::getline(list, line, separator_); first = false) {
        if (first) DropUtf8Bom(line);
        AddFileOrFolder(PathOf(std::move(line)));  // "-" and "@x" there are files of those names
      }
      if (list.bad()) {  // a read error part way: the inputs after it would be left out, unsaid
        SayError(file + ": cannot read the list of inputs to its end");
        return false;
      }
    } else if (argument.empty()) {  // "$UNSET": no input named, which would go unseen
      SayError("an empty input argument (a variable not set?)");
      return false;
    } else {
      AddFileOrFolder(argument);
    }
  }
  if (stdin_at_ == std::string::npos) stdin_at_ = listed_.size();  // --stdin-paths: after the rest
  return true;
}

std::optional<std::pair<size_t, Input>> InputQueue::Next() {
  std::lock_guard<std::mutex> lock(mutex_);
  while (!stop_.Stopping()) {
    Input input;
    if (stdin_ && !stdin_done_ && next_ == stdin_at_) {
      if (!stdin_lines_.Next(input.path)) {
        stdin_done_ = true;  // at its end, or the batch stops (the loop's test)
        continue;
      }
      if (documents_) {
        if (!TakeDocumentLine(input)) continue;  // a blank line
        // A line's shard is its document's, known once the worker has read it; a line too long to
        // read is named after itself.
        if (!input.document_line && !shard_.Takes(input.path)) continue;
        return std::make_pair(count_++, std::move(input));
      }
      input.path = PathOf(std::move(input.path));
      if (input.path.empty() || !shard_.Takes(input.path)) continue;
      input.name = OutputName(input.path);
      if (claim_names_ && !HoldsNul(input.path))  // refused, with no result file: it claims none
        input.clash = Claim(input.path, input.name.string(), listed_.size() + stdin_lines_.Number() - 1);
    } else if (next_ < listed_.size()) {
      std::string& l = listed_[next_++];
      input.name = OutputName(l);
      if (!walk_errors_.empty())
        if (auto it = walk_errors_.find(l); it != walk_errors_.end()) input.error = it->second;
      if (claim_names_) {
        input.path = l;  // kept, for a clash from standard input to name
      } else {
        input.path = std::move(l);
        l.shrink_to_fit();
      }
    } else {
      return std::nullopt;
    }
    if (HoldsNul(input.path) && input.error.empty()) {
      input.error_code = StatusCode::kInvalidArgument;
      input.error = "the path holds a NUL byte, which no file name can (" + std::string(kNulAdvice) + ")";
    }
    return std::make_pair(count_++, std::move(input));
  }
  return std::nullopt;
}

std::optional<InputQueue::NameClash> InputQueue::FindNameClash() {
  std::vector<std::pair<std::string, size_t>> claims;  // a result's name (less ".json"), the input
  claims.reserve(2 * listed_.size());
  for (size_t i = 0; i < listed_.size(); ++i) {
    if (HoldsNul(listed_[i])) continue;  // refused, with no result file
    std::string name = OutputName(listed_[i]).string();
    claims.emplace_back(name + ".error", i);
    claims.emplace_back(std::move(name), i);
  }
  std::sort(claims.begin(), claims.end());
  for (size_t i = 1; i < claims.size(); ++i) {
    const auto& [name, a] = claims[i - 1];
    const size_t b = claims[i].second;
    if (name == claims[i].first && listed_[a] != listed_[b])
      return NameClash{name + ".json", listed_[a], listed_[b], ""};
  }
  // A folder of one result that is another result's file: each folder of a name ending in ".json" looked up.
  for (const auto& [name, b] : claims)
    for (size_t slash = name.find('/'); slash != std::string::npos; slash = name.find('/', slash + 1)) {
      const std::string_view folder = std::string_view(name).substr(0, slash);
      if (!folder.ends_with(".json")) continue;
      const std::string file(folder.substr(0, folder.size() - 5));
      const auto it = std::lower_bound(claims.begin(), claims.end(), std::make_pair(file, size_t{0}));
      if (it != claims.end() && it->first == file)
        return NameClash{file + ".json", listed_[it->second], listed_[b], name + ".json"};
    }
  if (stdin_) {
    claim_names_ = true;
    for (size_t i = 0; i < listed_.size(); ++i)
      if (!HoldsNul(listed_[i])) Claim(listed_[i], OutputName(listed_[i]).string(), i);
  }
  return std::nullopt;
}

std::optional<std::map<std::string, size_t>> InputQueue::Repeats() const {
  if (stdin_) return std::nullopt;
  std::vector<std::string_view> paths;  // views, not a map of every path: a 20 000-file listing stays small
  paths.reserve(listed_.size());
  for (const std::string& l : listed_) paths.push_back(l);
  std::sort(paths.begin(), paths.end());
  std::map<std::string, size_t> repeats;
  for (size_t i = 0, j = 0; i < paths.size(); i = j) {
    for (j = i + 1; j < paths.size() && paths[j] == paths[i];) ++j;
    if (j - i > 1) repeats.emplace(paths[i], j - i);
  }
  return repeats;
}

void InputQueue::ForEachListed(
    const std::function<void(const std::string& path, const std::filesystem::path& name)>& use) const {
  for (const std::string& l : listed_) use(l, OutputName(l));
}

std::optional<std::string> InputQueue::FindListed(
    const std::function<bool(const std::string&)>& matches) const {
  for (const std::string& l : listed_)
    if (matches(l)) return l;
  return std::nullopt;
}

std::optional<size_t> InputQueue::Total() const {
  return stdin_ ? std::nullopt : std::optional<size_t>(listed_.size());
}

// A file as it is, or a path that fails later with a named error record; a folder walked.
void InputQueue::AddFileOrFolder(std::string path) {
  if (std::error_code ec; path.empty() || !fs::is_directory(path, ec)) return Add(std::move(path));
  Walked walked;
  Walk(path, ReadGlobs(include_), ReadGlobs(exclude_), shard_, walked);
  std::sort(walked.found.begin(), walked.found.end());
  for (std::string& f : walked.found)
    if (shard_.Takes(f)) listed_.push_back(std::move(f));
  walk_errors_.merge(walked.errors);
  left_out_ += walked.left_out;
}

// A path line of a list or standard input as the path it names.
std::string InputQueue::PathOf(std::string line) const {
  return separator_ == '\n' ? TrimEnd(std::move(line)) : line;
}

namespace {

// Base64 (RFC 4648, standard alphabet, padded or not; ASCII blanks between groups, as a line-wrapped
// encoder writes them, skipped) into `out`; the index of the first character that is none of these
// when there is one. Written here, not taken from OpenSSL's EVP_DecodeBlock, for that index: the error
// record says where the document's text went wrong.
std::optional<size_t> DecodeBase64(std::string_view in, std::string& out) {
  static constexpr auto kValue = [] {
    std::array<int8_t, 256> v{};
    v.fill(-1);
    const std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < alphabet.size(); ++i)
      v[static_cast<unsigned char>(alphabet[i])] = static_cast<int8_t>(i);
    return v;
  }();
  out.clear();
  out.reserve(in.size() / 4 * 3 + 3);
  uint32_t bits = 0;
  int count = 0;
  size_t padding = 0, last = 0;  // '=' read; the last character of the text (not a blank)
  for (size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    last = i;
    // Padding fills the last group to four: after two characters "==", after three "=".
    if (c == '=' && count >= 2 && count + padding < 4) {
      ++padding;
      continue;
    }
    if (kValue[c] < 0 || padding > 0) return i;  // not base64, or text after the padding
    bits = (bits << 6) | static_cast<uint32_t>(kValue[c]);
    if (++count == 4) {
      out.push_back(static_cast<char>(bits >> 16));
      out.push_back(static_cast<char>(bits >> 8));
      out.push_back(static_cast<char>(bits));
      bits = 0;
      count = 0;
    }
  }
  if (count == 1 || (padding > 0 && count + padding != 4)) return last;  // a lone character; "QQ=" short
  if (count == 2) out.push_back(static_cast<char>(bits >> 4));
  if (count == 3) {
    out.push_back(static_cast<char>(bits >> 10));
    out.push_back(static_cast<char>(bits >> 2));
  }
  return std::nullopt;
}

}  // namespace

// A line of --stdin-documents (in input.path as read), kept for the worker to read, with where it
// stands; a line past the limit an error record at once. False for a blank line, which gives none.
bool InputQueue::TakeDocumentLine(Input& input) const {
  std::string line = std::move(input.path);
  input.path =
      "standard input, line " + std::to_string(stdin_lines_.Number());  // until it names its document
  input.error_line = static_cast<uint32_t>(std::min<size_t>(stdin_lines_.Number(), UINT32_MAX));
  input.error_offset = stdin_lines_.Offset();
  if (stdin_lines_.TooLong()) {
    input.error_code = StatusCode::kTooLarge;
    input.error =
        "a document line longer than twice the input-size limit (--max-input-mb), more than any document "
        "under it needs; not read";
    return true;
  }
  if (line.find_first_not_of(" \t\r") == std::string::npos) return false;
  input.document_line = std::move(line);
  return true;
}

void ReadDocumentLine(Input& input) {
  std::string line = std::move(*input.document_line);
  input.document_line.reset();
  const auto fail = [&](StatusCode code, std::string why) {
    input.error_code = code;
    input.error = std::move(why);
  };
  const char* kShape = R"(a JSON object {"path": NAME, "base64": BYTES} or {"path": NAME, "text": TEXT})";
  rapidjson::Document d;
  d.ParseInsitu(line.data());  // in the line itself: a document's line is not held twice
  if (d.HasParseError()) {
    std::string why = rapidjson::GetParseError_En(d.GetParseError());  // "Invalid value."
    if (why.ends_with('.')) why.pop_back();
    return fail(StatusCode::kInvalidArgument, "not JSON (" + why + " at byte " +
                                                  std::to_string(d.GetErrorOffset() + 1) +
                                                  " of the line); each line is " + kShape);
  }
  // HasMember, then the member (no iterators: RapidJSON's comparison of them is ambiguous in C++20).
  const auto member = [&](const char* name) -> const rapidjson::Value* {
    if (!d.IsObject() || !d.HasMember(name)) return nullptr;
    const rapidjson::Value& value = d[name];
    return value.IsString() ? &value : nullptr;
  };
  const rapidjson::Value* path = member("path");
  const rapidjson::Value* base64 = member("base64");
  const rapidjson::Value* text = member("text");
  if (path == nullptr || path->GetStringLength() == 0 || (base64 == nullptr) == (text == nullptr))
    return fail(StatusCode::kInvalidArgument, std::string("each line is ") + kShape);
  const uint32_t number = input.error_line;
  input.path.assign(path->GetString(), path->GetStringLength());
  if (text != nullptr) {
    input.bytes.emplace(text->GetString(), text->GetStringLength());
  } else if (std::string bytes;
             const auto bad = DecodeBase64({base64->GetString(), base64->GetStringLength()}, bytes)) {
    fail(StatusCode::kInvalidArgument, "\"base64\" is not base64 at its character " +
                                           std::to_string(*bad + 1) + " (standard input, line " +
                                           std::to_string(number) + ")");
    input.error_line = 0;  // the record names the document, whose own text holds no such line
  } else {
    input.bytes = std::move(bytes);
  }
}

void InputQueue::Add(std::string path) {
  if (path.empty() || !shard_.Takes(path)) return;
  listed_.push_back(std::move(path));
}

namespace {

size_t HashOf(std::string_view s) { return std::hash<std::string_view>()(s); }

// The folders of `key` (a result's name under DIR) that end in ".json", each less ".json".
template <typename Fn>
void ForEachJsonFolder(std::string_view key, Fn fn) {
  for (size_t slash = key.find('/'); slash != std::string_view::npos; slash = key.find('/', slash + 1))
    if (const std::string_view folder = key.substr(0, slash); folder.ends_with(".json"))
      fn(folder.substr(0, folder.size() - 5));
}

}  // namespace

// Input `index` in a message: its path when listed before the run, its line when it came on standard
// input (listed_.size() + K - 1 for line K there).
std::string InputQueue::InputAt(size_t index) const {
  if (index < listed_.size()) return listed_[index];
  return "the path on line " + std::to_string(index - listed_.size() + 1) + " of standard input";
}

// Claims both result files of `path` (input `index`), or neither: a path refused for a clash keeps no
// name, so a later path is not refused for it. Returns why it is refused (Input::clash), or "".
std::string InputQueue::Claim(const std::string& path, const std::string& name, size_t index) {
  // Its two result files, NAME.json and NAME.error.json (each less ".json"), in the same folders.
  const size_t files[] = {HashOf(name), HashOf(name + ".error")};
  const size_t path_hash = HashOf(path);
  for (const size_t file : files) {
    if (const auto it = claimed_files_.find(file);
        it != claimed_files_.end() && it->second.path_hash != path_hash)
      return "the result of " + InputAt(it->second.index);
    if (const auto it = claimed_folders_.find(file); it != claimed_folders_.end())
      return "which would have to be a folder holding the result of " + InputAt(it->second.index);
  }
  // A result file where this one needs a folder.
  std::string inside;
  ForEachJsonFolder(name, [&](std::string_view folder) {
    if (const auto it = claimed_files_.find(HashOf(folder)); inside.empty() && it != claimed_files_.end())
      inside = "inside " + std::string(folder) + ".json, the result of " + InputAt(it->second.index) +
               " (a file, not a folder)";
  });
  if (!inside.empty()) return inside;
  for (const size_t file : files) claimed_files_.emplace(file, Claimant{path_hash, index});
  ForEachJsonFolder(name, [&](std::string_view folder) {
    claimed_folders_.emplace(HashOf(folder), Claimant{path_hash, index});
  });
  return "";
}

}  // namespace gongwen::cli
