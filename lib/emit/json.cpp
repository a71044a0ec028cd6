// Emits a Document as JSON with a streaming writer (compact: CompactWriter below; pretty:
// RapidJSON's): no DOM is built, keys come out in the order written here, so the same Document
// always gives the same bytes.
#include "gongwen/json.h"
#include "gongwen/version.h"

// Not RAPIDJSON_SSE2: in RapidJSON 1.1.0 (Debian 12) its string scan compares
// with 0x19 instead of 0x1F, so U+001A..U+001F went out unescaped and the JSON
// was invalid (found by tests/fuzz/fuzz_json; regressions in tests/fuzz/regressions/).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace gongwen {

namespace {

// Text that comes from outside the decoded document may be any bytes: a file path (a Linux
// name is bytes, such as a GBK name from an old archive) and the DOCX properties, which the
// XML reader passes through unchecked. JSON must be UTF-8, so each ill-formed sequence is
// written as U+FFFD: every parser reads the result (an escape keeping the bytes, such as lone
// surrogates, is rejected by strict parsers). Only these few fields pay for the check.
// Returns `s` itself when it is UTF-8, else its repair, kept in `repaired`.
std::string_view AsUtf8(std::string_view s, std::string& repaired) {
  bool valid = true;
  for (size_t i = 0; i < s.size() && valid;) {
    const size_t start = i;
    valid = internal::NextCodePoint(s, i) != U'\uFFFD' || s.substr(start, i - start) == "\xEF\xBF\xBD";
  }
  if (valid) return s;
  repaired.clear();
  repaired.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    if (internal::NextCodePoint(s, i) == U'\uFFFD')
      repaired +=
          "\xEF\xBF\xBD";  // one for each ill-formed sequence, as ICU and the WHATWG decoder count them
    else
      repaired.append(s, start, i - start);
  }
  return repaired;
}

template <typename Writer>
class JsonEmitter {
 public:
  using DrainFn = std::function<void(bool)>;
  JsonEmitter(Writer& w, const JsonOptions& options, DrainFn drain = nullptr)
      : w_(w), options_(options), drain_(std::move(drain)) {}

  void Emit(const Document& doc) {
    w_.StartObject();
    Key("schema_version");
    String(kSchemaVersion);
    Key("generator");
    String(options_.generator.empty() ? Generator() : options_.generator);
    Key("source");
    SourceInfo(doc.source);
    Key("document");
    Metadata(doc.metadata);
    Key("sections");
    w_.StartArray();
    for (const Section& s : doc.sections)
      if (s.parent < 0) SectionTree(doc, s);
    w_.EndArray();
    Key("tasks");
    w_.StartArray();
    for (const Task& t : doc.tasks) {
      TaskObject(t);
      Drain();
    }
    w_.EndArray();
    if (options_.blocks) {
      Key("blocks");
      w_.StartArray();
      for (size_t i = 0; i < doc.blocks.size(); ++i) {
        BlockObject(doc.blocks[i], i);
        Drain();
      }
      w_.EndArray();
    }
    Key("diagnostics");
    w_.StartArray();
    for (const Diagnostic& d : doc.diagnostics) {
      DiagnosticObject(d);
      Drain();
    }
    w_.EndArray();
    w_.EndObject();
  }

  void EmitSegmentedLine(const Source& source, const SegmentedLine& line) {
    // A token or a sentence: its text (and kind) and where it stands in the original file.
    auto piece = [&](size_t b, size_t e, const char* kind) {
      w_.StartObject();
      Key("text");
      String(line.text.substr(b, e - b));
      if (kind != nullptr) {
        Key("kind");
        String(kind);
      }
      SpanFields(source.SpanOf(line.begin + b, line.begin + e));
      w_.EndObject();
    };
    w_.StartObject();
    Key("line");
    w_.Uint(source.SpanOf(line.begin, line.begin + line.text.size()).line);
    Key("tokens");
    w_.StartArray();
    for (const Token& t : line.tokens) piece(t.begin, t.end, TokenKindName(t.kind));
    w_.EndArray();
    if (line.with_sentences) {
      Key("sentences");
      w_.StartArray();
      for (const TextRange& r : line.sentences) piece(r.begin, r.end, nullptr);
      w_.EndArray();
    }
    w_.EndObject();
  }

  void EmitUnits(const UnitIndex& index) {
    auto refs = [&](const std::vector<UnitTaskRef>& list) {
      w_.StartArray();
      for (const UnitTaskRef& r : list) {
        w_.StartObject();
        Key("source");
        ForeignString(r.source);
        Key("task");
        String(r.task);
        w_.EndObject();
      }
      w_.EndArray();
    };
    w_.StartObject();
    Key("schema_version");
    String(kSchemaVersion);
    Key("units");
    w_.StartArray();
    for (const UnitRecord& u : index.units) {
      w_.StartObject();
      Key("name");
      String(u.name);
      Key("spellings");
      Strings(u.spellings);
      Key("leads");
      refs(u.leads);
      Key("cooperates");
      refs(u.cooperates);
      w_.EndObject();
      Drain();
    }
    w_.EndArray();
    Key("leaders");
    w_.StartArray();
    for (const LeaderRecord& l : index.leaders) {
      w_.StartObject();
      Key("name");
      String(l.name);
      Key("titles");
      Strings(l.titles);
      Key("portfolios");
      Strings(l.portfolios);
      Key("tasks");
      refs(l.tasks);
      w_.EndObject();
    }
    w_.EndArray();
    Key("suggestions");
    w_.StartArray();
    for (const UnitSuggestion& s : index.suggestions) {
      w_.StartObject();
      Key("name");
      String(s.name);
      Key("probably");
      String(s.probably);
      Key("reason");
      String(s.reason);
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
  }

  // A validation report: the source, a count per severity, the findings.
  void EmitFindings(const Document& doc, const Diagnostics& findings) {
    w_.StartObject();
    Key("schema_version");
    String(kSchemaVersion);
    Key("source");
    SourceInfo(doc.source);
    Key("summary");
    w_.StartObject();
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
      int n = 0;
      for (const Diagnostic& d : findings) n += d.severity == s;
      Key(SeverityName(s));
      Int(n);
    }
    w_.EndObject();
    Key("diagnostics");
    w_.StartArray();
    for (const Diagnostic& d : findings) {
      DiagnosticObject(d);
      Drain();
    }
    w_.EndArray();
    w_.EndObject();
  }

 private:
  // A key of the schema (a literal: nothing to escape), or one taken from the document.
  template <size_t N>
  [[gnu::always_inline]] void Key(const char (&k)[N]) {
    w_.LiteralKey(k);
  }
  void Key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void String(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  // A string that may not be UTF-8 (see AsUtf8).
  void ForeignString(std::string_view s) {
    std::string repaired;
    String(AsUtf8(s, repaired));
  }
  // Absent text is null, not "".
  void StringOrNull(std::string_view s) {
    if (s.empty())
      w_.Null();
    else
      String(s);
  }
  void Strings(const std::vector<std::string>& list) {
    w_.StartArray();
    for (const auto& s : list) String(s);
    w_.EndArray();
  }
  void Int(int64_t v) { w_.Int64(v); }

  // A span's keys, in the object being written.
  void SpanFields(const Span& s) {
    if constexpr (requires { w_.SpanFields(s); }) {
      w_.SpanFields(s);  // the compact writer's, with one room check
      return;
    }
    Key("line");
    w_.Uint(s.line);
    Key("column");
    w_.Uint(s.column);
    Key("offset");
    w_.Uint64(s.offset);
    Key("length");
    w_.Uint64(s.length);
  }

  void SpanObject(const Span& s) {
    w_.StartObject();
    SpanFields(s);
    w_.EndObject();
  }

  void SourceInfo(const gongwen::SourceInfo& s) {
    w_.StartObject();
    Key("path");
    ForeignString(s.path);
    Key("format");
    String(s.format);
    Key("encoding");
    String(s.encoding);
    Key("sha256");
    String(s.sha256);
    Key("size");
    w_.Uint64(s.size);
    Key("properties");
    w_.StartObject();
    for (const auto& [key, value] : s.properties) {
      std::string repaired;
      Key(AsUtf8(key, repaired));
      ForeignString(value);
    }
    w_.EndObject();
    w_.EndObject();
  }

  void Metadata(const gongwen::Metadata& m) {
    w_.StartObject();
    Key("issuer_mark");
    StringOrNull(m.issuer_mark);
    Key("doc_number");
    if (m.doc_number) {
      w_.StartObject();
      Key("text");
      String(m.doc_number->text);
      Key("agency_code");
      String(m.doc_number->agency_code);
      Key("year");
      Int(m.doc_number->year);
      Key("serial");
      Int(m.doc_number->serial);
      Key("span");
      SpanObject(m.doc_number->span);
      w_.EndObject();
    } else {
      w_.Null();
    }
    Key("signer");
    StringOrNull(m.signer);
    Key("title");
    StringOrNull(m.title);
    Key("doc_type");
    StringOrNull(m.doc_type);
    Key("addressees");
    Strings(m.addressees);
    Key("issuer");
    StringOrNull(m.issuer);
    Key("date");
    StringOrNull(m.date);
    Key("notes");
    Strings(m.notes);
    Key("attachments");
    Strings(m.attachments);
    Key("cc");
    Strings(m.cc);
    Key("printed_by");
    if (m.printed_by) {
      w_.StartObject();
      Key("issuer");
      StringOrNull(m.printed_by->issuer);
      Key("date");
      StringOrNull(m.printed_by->date);
      Key("span");
      SpanObject(m.printed_by->span);
      w_.EndObject();
    } else {
      w_.Null();
    }
    Key("proofreader");
    StringOrNull(m.proofreader);
    Key("copies");
    if (m.copies)
      Int(*m.copies);
    else
      w_.Null();
    Key("reporting_schedule");
    w_.StartArray();
    for (const ReportingItem& r : m.reporting_schedule) ReportingItemObject(r);
    w_.EndArray();
    w_.EndObject();
  }

  void LeaderObject(const Leader& l) {
    w_.StartObject();
    Key("name");
    String(l.name);
    Key("title");
    StringOrNull(l.title);
    Key("titles");
    Strings(l.titles);
    w_.EndObject();
  }

  void SectionTree(const Document& doc, const Section& s) {
    w_.StartObject();
    Key("id");
    String(s.id);
    Key("kind");
    String(SectionKindName(s.kind));
    Key("level");
    Int(s.level);
    Key("marker");
    StringOrNull(s.marker);
    Key("number");
    Int(s.number);
    Key("heading");
    String(s.heading);
    Key("leader");
    if (s.leader)
      LeaderObject(*s.leader);
    else
      w_.Null();
    Key("portfolio");
    StringOrNull(s.portfolio);
    Key("lead_units");
    Strings(s.lead_units);
    Key("implementing_units");
    Strings(s.implementing_units);
    Key("tasks");
    Strings(s.task_ids);
    Key("block");
    Int(s.block);
    Key("span");
    SpanObject(s.span);
    Key("children");
    w_.StartArray();
    for (int child : s.children) SectionTree(doc, doc.sections[static_cast<size_t>(child)]);
    w_.EndArray();
    w_.EndObject();
  }

  void TaskObject(const Task& t) {
    w_.StartObject();
    Key("id");
    String(t.id);
    Key("number");
    Int(t.number);
    Key("marker");
    String(t.marker);
    Key("text");
    String(t.text);
    Key("leaders");
    w_.StartArray();
    for (const Leader& l : t.leaders) LeaderObject(l);
    w_.EndArray();
    Key("lead_units");
    Strings(t.lead_units);
    Key("cooperating_units");
    Strings(t.cooperating_units);
    Key("responsible_units");
    Strings(t.responsible_units);
    Key("deadline");
    if (t.deadline) {
      w_.StartObject();
      Key("text");
      String(t.deadline->text);
      Key("date");
      StringOrNull(t.deadline->date);
      w_.EndObject();
    } else {
      w_.Null();
    }
    Key("section");
    StringOrNull(t.section);
    Key("section_path");
    Strings(t.section_path);
    Key("clauses");
    w_.StartArray();
    for (const Clause& c : t.clauses) {
      w_.StartObject();
      Key("text");
      String(c.text);
      Key("parts");
      w_.StartArray();
      for (const ClausePart& p : c.parts) {
        w_.StartObject();
        Key("label");
        String(p.label);
        Key("value");
        String(p.value);
        Key("units");
        Strings(p.units);
        w_.EndObject();
      }
      w_.EndArray();
      Key("lead_rule");
      w_.Bool(c.lead_rule);
      Key("block");
      Int(c.block);
      Key("span");
      SpanObject(c.span);
      w_.EndObject();
    }
    w_.EndArray();
    Key("extra");
    w_.StartObject();
    // (Columns under one header, or none, print once: their values joined by line breaks, in column order,
    // where a key twice in an object would leave a reader the last.)
    for (size_t k = 0; k < t.extra.size(); ++k) {
      const std::string& header = t.extra[k].first;
      if (std::any_of(t.extra.begin(), t.extra.begin() + static_cast<std::ptrdiff_t>(k),
                      [&](const auto& field) { return field.first == header; }))
        continue;
      std::string value = t.extra[k].second;
      for (size_t j = k + 1; j < t.extra.size(); ++j)
        if (t.extra[j].first == header) value.append("\n").append(t.extra[j].second);
      Key(header);
      String(value);
    }
    w_.EndObject();
    Key("blocks");
    w_.StartArray();
    for (int b : t.blocks) Int(b);
    w_.EndArray();
    Key("span");
    SpanObject(t.span);
    Key("targets");
    w_.StartArray();
    for (const Target& g : t.targets) TargetObject(g);
    w_.EndArray();
    Key("milestones");
    w_.StartArray();
    for (const Milestone& m : t.milestones) {
      w_.StartObject();
      Key("text");
      String(m.text);
      Key("date");
      String(m.date);
      Key("span");
      SpanObject(m.span);
      w_.EndObject();
    }
    w_.EndArray();
    if (options_.tokens) {
      Key("tokens");
      Strings(t.tokens);
      Key("keywords");
      Strings(t.keywords);
    }
    w_.EndObject();
  }

  void TargetObject(const Target& g) {
    w_.StartObject();
    Key("text");
    String(g.text);
    Key("subject");
    StringOrNull(g.subject);
    Key("measure");
    StringOrNull(g.measure);
    Key("value");
    Number(g.value);
    Key("unit");
    String(g.unit);
    Key("comparator");
    String(g.comparator);
    Key("span");
    SpanObject(g.span);
    w_.EndObject();
  }

  // Whole numbers as integers (7000万公斤 → 70000000, not 70000000.0).
  void Number(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15)
      w_.Int64(static_cast<int64_t>(v));
    else
      w_.Double(v);
  }

  void ReportingItemObject(const ReportingItem& r) {
    w_.StartObject();
    Key("text");
    String(r.text);
    Key("recurrence");
    String(r.recurrence);
    Key("day");
    if (r.day != 0)
      Int(r.day);
    else
      w_.Null();
    Key("date");
    StringOrNull(r.date);
    Key("report");
    StringOrNull(r.report);
    Key("span");
    SpanObject(r.span);
    w_.EndObject();
  }

  void BlockObject(const DocumentBlock& b, size_t index) {
    w_.StartObject();
    Key("index");
    w_.Uint64(index);
    Key("kind");
    String(BlockKindName(b.kind));
    Key("role");
    String(RoleName(b.role));
    Key("marker");
    StringOrNull(b.marker);
    Key("numbered");
    w_.Bool(b.style.numbered);
    Key("text");
    String(b.text);
    Key("original");
    String(b.original);
    if (b.kind == BlockKind::kTableRow) {
      Key("cells");
      Strings(b.cells);
      if (!b.merged_above.empty()) {
        Key("merged_above");
        w_.StartArray();
        for (size_t k = 0; k < b.cells.size(); ++k) w_.Bool(k < b.merged_above.size() && b.merged_above[k]);
        w_.EndArray();
      }
    }
    Key("span");
    SpanObject(b.span);
    if (b.style.column != 0) {  // a part of a line set in two columns (1.5.0)
      Key("column");
      Int(b.style.column);
    }
    if (!b.parts.empty()) {  // joined from such parts: each where it stands (1.5.0)
      Key("parts");
      w_.StartArray();
      for (const BlockPart& part : b.parts) SpanObject(part.span);
      w_.EndArray();
    }
    Key("style");
    w_.StartObject();
    Key("heading_level");
    Int(b.style.heading_level);
    Key("bold");
    w_.Bool(b.style.bold);
    Key("alignment");
    StringOrNull(b.style.alignment);
    Key("font");
    StringOrNull(b.style.font);
    Key("size_pt");
    if (b.style.size_pt > 0)
      w_.Double(b.style.size_pt);
    else
      w_.Null();
    Key("color");
    StringOrNull(b.style.color);
    w_.EndObject();
    Key("location");
    if (b.location.part.empty()) {
      w_.Null();
    } else {
      w_.StartObject();
      Key("part");
      String(b.location.part);
      Key("paragraph");
      Int(b.location.paragraph);
      Key("table");
      if (b.location.table >= 0)
        Int(b.location.table);
      else
        w_.Null();
      Key("row");
      if (b.location.row >= 0)
        Int(b.location.row);
      else
        w_.Null();
      w_.EndObject();
    }
    w_.EndObject();
  }

  void DiagnosticObject(const Diagnostic& d) {
    w_.StartObject();
    Key("rule");
    String(d.rule);
    Key("severity");
    String(SeverityName(d.severity));
    Key("message");
    String(d.message);
    Key("span");
    SpanObject(d.span);
    if (!d.fix.empty()) {
      Key("fix");
      w_.StartArray();
      for (const Replacement& r : d.fix) {
        w_.StartObject();
        Key("span");
        SpanObject(r.span);
        Key("text");
        String(r.text);
        w_.EndObject();
      }
      w_.EndArray();
    }
    w_.EndObject();
  }

  void Drain() {
    if (drain_) drain_(false);
  }

  Writer& w_;
  const JsonOptions& options_;
  DrainFn drain_;
};

// RapidJSON's output stream: a malloc'd buffer that grows by realloc (for large
// buffers glibc remaps the pages: no copy, and nothing is zero-filled, which a
// std::string's resize did for every byte), drained in chunks or copied once
// into a string by Finish.
class StringSink {
 public:
  using Ch = char;
  explicit StringSink(size_t estimate) { Grow(std::max<size_t>(estimate, 256)); }
  ~StringSink() { std::free(buf_); }
  StringSink(const StringSink&) = delete;
  StringSink& operator=(const StringSink&) = delete;
  // The writer puts every comma, colon and bracket this way: the check stays
  // inline, growing (rare) does not.
  [[gnu::always_inline]] void Put(char c) {
    if (pos_ == cap_) [[unlikely]]
      GrowFor(1);
    buf_[pos_++] = c;
  }
  void PutUnsafe(char c) { buf_[pos_++] = c; }
  // `n` bytes the caller has reserved.
  void PutRunUnsafe(const char* p, size_t n) {
    std::memcpy(buf_ + pos_, p, n);
    pos_ += n;
  }
  void Reserve(size_t n) {
    if (cap_ - pos_ < n) [[unlikely]]
      GrowFor(n);
  }
  // Room for `n` bytes, written by the caller through the pointer returned, up to the end it
  // then hands to CommitTo.
  [[gnu::always_inline]] char* Room(size_t n) {
    Reserve(n);
    return buf_ + pos_;
  }
  void CommitTo(const char* end) { pos_ = static_cast<size_t>(end - buf_); }
  void Flush() {}
  size_t size() const { return pos_; }
  // Hands the JSON so far to `drain` and starts again at the beginning.
  template <typename Fn>
  void Drain(Fn&& drain) {
    drain(std::string_view(buf_, pos_));
    pos_ = 0;
  }
  std::string Finish() const { return std::string(buf_, pos_); }

 private:
  [[gnu::noinline]] void GrowFor(size_t n) { Grow(std::max(cap_ * 2, pos_ + n)); }
  void Grow(size_t capacity) {
    char* grown = static_cast<char*>(std::realloc(buf_, capacity));
    if (grown == nullptr) throw std::bad_alloc();
    buf_ = grown;
    cap_ = capacity;
  }

  char* buf_ = nullptr;
  size_t cap_ = 0;
  size_t pos_ = 0;
};

// The writer's fast path for StringSink (found by argument-dependent lookup, preferred
// to RapidJSON's generic templates, which would call Put for every byte).
inline void PutReserve(StringSink& sink, size_t n) { sink.Reserve(n); }
inline void PutUnsafe(StringSink& sink, char c) { sink.PutUnsafe(c); }

// The bytes a JSON string escapes, as RapidJSON's Writer does (its table, so that both writers
// give the same bytes): '"', '\\' and every byte below 0x20. Nothing else: '/', 0x7F and UTF-8
// go out as they are.
constexpr bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// The high bit of each byte of `w` (a word of the string) that needs an escape, and maybe of
// bytes after the first that does (the usual bit tricks: a byte of x - 0x01… & ~x & 0x80… is set
// where x had a zero byte, or one below the constant; a borrow only sets bytes above it), so the
// lowest bit set is always the first such byte.
template <typename Word>
constexpr Word EscapeHits(Word w) {
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ULL), kHigh = kOnes * 0x80;
  const Word quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
  return (((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash)) & kHigh;
}

template <typename Word>
Word LoadWord(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

#ifdef __SSE2__
// Sixteen bytes at a time (every x86-64 has SSE2): the mask of the bytes that need an escape
// (x <= 0x1F is max(x, 0x1F) == 0x1F, unsigned).
inline unsigned EscapeMask(__m128i x) {
  const __m128i kControl = _mm_set1_epi8(0x1F), kQuote = _mm_set1_epi8('"'), kSlash = _mm_set1_epi8('\\');
  const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(x, kControl), kControl),
                                   _mm_or_si128(_mm_cmpeq_epi8(x, kQuote), _mm_cmpeq_epi8(x, kSlash)));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The first byte of [p, end) that needs an escape, or `end`.
inline const char* FindEscape(const char* p, const char* end) {
#ifdef __SSE2__
  for (; end - p >= 16; p += 16)
    if (const unsigned mask = EscapeMask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))); mask != 0)
      return p + __builtin_ctz(mask);
#endif
  for (; end - p >= 8; p += 8)
    if (const uint64_t hits = EscapeHits(LoadWord<uint64_t>(p)); hits != 0)
      return p + __builtin_ctzll(hits) / 8;
  while (p != end && !NeedsEscape(static_cast<unsigned char>(*p))) ++p;
  return p;
}

}  // namespace
}  // namespace gongwen

// The writer copies a string's run of bytes that need no escape in one go (RapidJSON does so only
// for its own StringBuffer): without this, escaping byte by byte was a seventh of extract's time.
// WriteString has reserved room for the whole string before it calls this.
template <>
inline bool rapidjson::Writer<gongwen::StringSink>::ScanWriteUnescapedString(rapidjson::StringStream& is,
                                                                             size_t length) {
  const char* p = is.src_;
  const char* q = gongwen::FindEscape(p, is.head_ + length);
  os_->PutRunUnsafe(p, static_cast<size_t>(q - p));
  is.src_ = q;
  return q != is.head_ + length;
}

namespace gongwen {
namespace {

// The compact writer: the methods of RapidJSON's Writer that the emitter calls, and the same
// bytes out (tests/unit/json_test.cpp compares). Not RapidJSON's own, for speed: per value its
// Writer checks a stack of levels (Prefix: the comma or colon, some 30% of the emitter's
// instructions) and reserves room for each piece it puts. Here one flag says whether a comma is
// due (after a value or a closing bracket; not after a key or an opening one), each value takes
// its room once, and a string with nothing to escape (nearly all) is copied a block at a time.
// The emitter on a 1 MB text (callgrind): 137.8M instructions with RapidJSON's Writer, 59.9M
// with this one. The pretty writer (rarely used), the error record and the formatting of
// doubles stay RapidJSON's.
class CompactWriter {
 public:
  explicit CompactWriter(StringSink& os) : os_(os) {}
  [[gnu::always_inline]] void StartObject() { Open('{'); }
  [[gnu::always_inline]] void EndObject() { Close('}'); }
  [[gnu::always_inline]] void StartArray() { Open('['); }
  [[gnu::always_inline]] void EndArray() { Close(']'); }
  // A key of the schema, which needs no escape (N counts the terminating NUL): copied as it is.
  template <size_t N>
  [[gnu::always_inline]] void LiteralKey(const char (&key)[N]) {
    char* p = Begin(N + 2);
    *p++ = '"';
    std::memcpy(p, key, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    End(p, false);
  }
  void Key(const char* s, size_t n) {
    char* p = Quoted(Begin(StringRoom(n) + 1), s, n);
    *p++ = ':';
    End(p, false);
  }
  void String(const char* s, size_t n) { End(Quoted(Begin(StringRoom(n)), s, n), true); }
  [[gnu::always_inline]] void Null() { Literal("null"); }
  [[gnu::always_inline]] void Bool(bool b) {
    if (b)
      Literal("true");
    else
      Literal("false");
  }
  void Uint(unsigned v) { Integer(v); }
  void Uint64(uint64_t v) { Integer(v); }
  // A span's four keys and values, as Key and Uint would write them, with one room check: a
  // notice has about 2 000 spans.
  void SpanFields(const Span& s) {
    char* p = Begin(4 * 20 + sizeof(R"("line":,"column":,"offset":,"length":)"));
    const auto put = [&p](std::string_view text) {
      std::memcpy(p, text.data(), text.size());
      p += text.size();
    };
    put(R"("line":)");
    p = std::to_chars(p, p + 20, s.line).ptr;
    put(R"(,"column":)");
    p = std::to_chars(p, p + 20, s.column).ptr;
    put(R"(,"offset":)");
    p = std::to_chars(p, p + 20, s.offset).ptr;
    put(R"(,"length":)");
    p = std::to_chars(p, p + 20, s.length).ptr;
    End(p, true);
  }
  void Int64(int64_t v) { Integer(v); }
  void Double(double v) {
    char* p = Begin(25);
    // Infinity or NaN: RapidJSON's Writer wrote nothing (an invalid document, as before; the
    // emitter does not pass one).
    if (std::isfinite(v))
      p = rapidjson::internal::dtoa(v, p, rapidjson::Writer<StringSink>::kDefaultMaxDecimalPlaces);
    End(p, true);
  }

 private:
  // Room for `n` bytes and the comma before them, which is written if one is due; returns where
  // the value goes.
  [[gnu::always_inline]] char* Begin(size_t n) {
    char* p = os_.Room(n + 1);
    *p = ',';
    return p + comma_;
  }
  [[gnu::always_inline]] void End(const char* p, bool comma) {
    os_.CommitTo(p);
    comma_ = comma;
  }
  [[gnu::always_inline]] void Open(char bracket) {
    char* p = Begin(1);
    *p++ = bracket;
    End(p, false);
  }
  [[gnu::always_inline]] void Close(char bracket) {
    os_.Put(bracket);
    comma_ = true;
  }
  template <size_t N>
  [[gnu::always_inline]] void Literal(const char (&word)[N]) {
    char* p = Begin(N - 1);
    std::memcpy(p, word, N - 1);
    End(p + N - 1, true);
  }
  template <typename T>
  void Integer(T v) {
    char* p = Begin(20);
    End(std::to_chars(p, p + 20, v).ptr, true);
  }

  // The room a string of `n` bytes may take: its quotes, and each byte escaped as \u00XX at worst.
  static size_t StringRoom(size_t n) { return 6 * n + 2; }

  // `s` in quotes and escaped, at `p`; returns its end.
  [[gnu::always_inline]] static char* Quoted(char* p, const char* s, size_t n) {
    *p++ = '"';
    p = Escaped(p, s, n);
    *p++ = '"';
    return p;
  }

  // A string with nothing to escape (nearly all) is copied a block at a time, the last block
  // overlapping the one before; from the first block with a byte to escape, EscapedRest takes
  // over. A string shorter than a block is checked and copied as two words that may overlap.
  [[gnu::always_inline]] static char* Escaped(char* p, const char* s, size_t n) {
#ifdef __SSE2__
    using Block = __m128i;
    const auto load = [](const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
    const auto clean = [](__m128i x) { return EscapeMask(x) == 0; };
    const auto store = [](char* at, __m128i x) { _mm_storeu_si128(reinterpret_cast<__m128i*>(at), x); };
#else
    using Block = uint64_t;
    const auto load = [](const char* at) { return LoadWord<uint64_t>(at); };
    const auto clean = [](uint64_t w) { return EscapeHits(w) == 0; };
    const auto store = [](char* at, uint64_t w) { std::memcpy(at, &w, sizeof w); };
#endif
    constexpr size_t kBlock = sizeof(Block);
    if (n >= kBlock) {
      const char* const end = s + n;
      const char* const whole = s + (n & ~(kBlock - 1));
      char* const out = p;
      for (; s != whole; s += kBlock, p += kBlock) {
        const Block x = load(s);
        if (!clean(x)) return EscapedRest(p, s, end);
        store(p, x);
      }
      if (s != end) {
        const Block x = load(end - kBlock);
        if (!clean(x)) return EscapedRest(p, s, end);
        store(out + n - kBlock, x);
      }
      return out + n;
    }
#ifdef __SSE2__
    if (n >= 8) {  // both words in one vector
      const __m128i a = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s));
      const __m128i b = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s + n - 8));
      if (!clean(_mm_unpacklo_epi64(a, b))) return EscapedRest(p, s, s + n);
      _mm_storel_epi64(reinterpret_cast<__m128i*>(p), a);
      _mm_storel_epi64(reinterpret_cast<__m128i*>(p + n - 8), b);
      return p + n;
    }
#endif
    if (n >= 4) {  // both words in one
      const uint32_t a = LoadWord<uint32_t>(s), b = LoadWord<uint32_t>(s + n - 4);
      if (EscapeHits(uint64_t{b} << 32 | a) != 0) return EscapedRest(p, s, s + n);
      std::memcpy(p, &a, 4);
      std::memcpy(p + n - 4, &b, 4);
      return p + n;
    }
    for (size_t i = 0; i < n; ++i) {
      if (NeedsEscape(static_cast<unsigned char>(s[i]))) return EscapedRest(p + i, s + i, s + n);
      p[i] = s[i];
    }
    return p + n;
  }

  // [s, end) escaped: runs of plain bytes copied, the others as RapidJSON's Writer escapes them
  // (\" \\ \b \t \n \f \r, else \u00XX with capitals).
  [[gnu::noinline]] static char* EscapedRest(char* p, const char* s, const char* end) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (;;) {
      const char* q = FindEscape(s, end);
      std::memcpy(p, s, static_cast<size_t>(q - s));
      p += q - s;
      if (q == end) return p;
      const auto c = static_cast<unsigned char>(*q);
      s = q + 1;
      *p++ = '\\';
      static constexpr std::string_view kNamed("\"\\\b\t\n\f\r", 7), kNames = "\"\\btnfr";
      if (const size_t k = kNamed.find(static_cast<char>(c)); k != std::string_view::npos) {
        *p++ = kNames[k];
      } else {
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 0xF];
      }
    }
  }

  StringSink& os_;
  bool comma_ = false;
};
class IndentingWriter : public rapidjson::PrettyWriter<StringSink> {
 public:
  using PrettyWriter::PrettyWriter;
  template <size_t N>
  void LiteralKey(const char (&key)[N]) {
    Key(key, static_cast<rapidjson::SizeType>(N - 1));
  }
};

// Runs `emit` on an emitter (pretty or compact as `options` say) that writes
// into `sink`; `drain`, if given, is called between array elements.
template <typename EmitFn>
void EmitInto(StringSink& sink, const JsonOptions& options, std::function<void(bool)> drain, EmitFn emit) {
  if (options.pretty) {
    IndentingWriter writer(sink);
    writer.SetIndent(' ', 2);
    JsonEmitter<decltype(writer)> emitter(writer, options, std::move(drain));
    emit(emitter);
  } else {
    CompactWriter writer(sink);
    JsonEmitter<decltype(writer)> emitter(writer, options, std::move(drain));
    emit(emitter);
  }
}

constexpr size_t kChunk = size_t{1} << 20;

// The same, handed to `write` whenever the buffer passes `chunk` bytes: the
// buffer stays small (and its pages warm) however long the JSON.
template <typename WriteFn, typename EmitFn>
void EmitInChunks(size_t chunk, const JsonOptions& options, WriteFn write, EmitFn emit) {
  StringSink sink(chunk + chunk / 4);
  auto drain = [&](bool force) {
    if (force || sink.size() >= chunk) sink.Drain(write);
  };
  EmitInto(sink, options, drain, emit);
  drain(true);
}

// Written to `out` 1 MiB at a time: the whole JSON is never held.
template <typename EmitFn>
bool StreamJson(std::ostream& out, const JsonOptions& options, EmitFn emit) {
  EmitInChunks(
      kChunk, options,
      [&](std::string_view bytes) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); },
      emit);
  return static_cast<bool>(out);
}

}  // namespace

bool WriteJson(const Document& document, std::ostream& out, const JsonOptions& options) {
  return StreamJson(out, options, [&](auto& emitter) { emitter.Emit(document); });
}

bool WriteUnitIndexJson(const UnitIndex& index, std::ostream& out, const JsonOptions& options) {
  return StreamJson(out, options, [&](auto& emitter) { emitter.EmitUnits(index); });
}

bool WriteFindingsJson(const Document& document, const Diagnostics& findings, std::ostream& out,
                       const JsonOptions& options) {
  return StreamJson(out, options, [&](auto& emitter) { emitter.EmitFindings(document, findings); });
}

std::string AsWrittenUtf8(std::string_view text) {
  std::string repaired;
  return std::string(AsUtf8(text, repaired));
}

std::string ErrorRecordJson(const std::string& path, const Status& status) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  // The path, and a message that may quote it or a DOCX part's name: see AsUtf8.
  std::string repaired;
  const auto foreign = [&](const std::string& s) {
    const std::string_view text = AsUtf8(s, repaired);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  };
  w.StartObject();
  w.Key("source");
  w.StartObject();
  w.Key("path");
  foreign(path);
  w.EndObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.String(StatusCodeName(status.code()));
  w.Key("message");
  foreign(status.message());
  w.Key("position");
  if (status.offset() || status.line() > 0) {
    w.StartObject();
    w.Key("line");
    w.Uint(status.line());
    w.Key("column");
    w.Uint(status.column());
    w.Key("offset");
    if (status.offset())
      w.Uint64(*status.offset());
    else
      w.Null();
    w.EndObject();
  } else {
    w.Null();
  }
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string Generator() { return std::string("gongwen ") + Version(); }

std::string GeneratorFor(const ExtractOptions& extract, const JsonOptions& json, std::string_view format) {
  const ExtractOptions defaults;
  // The reader's options, for the input of its format only (or of any format).
  const bool text = format != "docx";
  const bool docx = format != "text";
  std::string with;
  const auto add = [&with](const std::string& option) { with += (with.empty() ? "" : " ") + option; };
  // The encoding as reported, not as spelt: --encoding gbk and --encoding GBK make one result.
  if (text && !extract.read.encoding.empty()) {
    const std::string named = EncodingName(extract.read.encoding);
    add("--encoding " + (named.empty() ? extract.read.encoding : named));
  }
  if (text && extract.read.lenient) add("--lenient");
  if (docx && extract.docx.keep_original) add("--keep-original");
  if (!json.blocks) add("--no-blocks");
  // Tokens are in the JSON when it writes them; they are empty unless enrichment made them.
  const bool tokens = json.tokens && extract.enrich.tokens;
  if (tokens) add("--tokens");
  if (json.tokens && !extract.enrich.tokens) add("tokens.empty");
  // The words read, not the files' names or bytes: a lexicon given as a pipe is not read twice.
  if (tokens && extract.enrich.lexicon != nullptr && extract.enrich.lexicon->size() > 0)
    add("--lexicon sha256:" + extract.enrich.lexicon->Digest().substr(0, 16));
  // A DOCX limit changes a result too: a part past one is left out (with a warning), deeper content
  // skipped.
  const auto bytes = [&](const char* name, uint64_t value, uint64_t standard) {
    if (!docx || value == standard) return;
    if (value % (uint64_t{1} << 20) == 0)
      add(std::string("--max-") + name + "-mb " + std::to_string(value >> 20));
    else
      add(std::string("--max-") + name + "-bytes " + std::to_string(value));
  };
  const auto count = [&](const char* name, uint64_t value, uint64_t standard) {
    if (docx && value != standard) add(std::string("--max-") + name + " " + std::to_string(value));
  };
  bytes("part", extract.docx.max_part_bytes, defaults.docx.max_part_bytes);
  bytes("total", extract.docx.max_total_bytes, defaults.docx.max_total_bytes);
  count("ratio", extract.docx.max_ratio, defaults.docx.max_ratio);
  count("entries", extract.docx.max_entries, defaults.docx.max_entries);
  count("depth", extract.docx.max_depth, defaults.docx.max_depth);
  // What only the C++ API can change, by its field's name: a repair left undone, enrichment left out.
  const auto field = [&](const char* name, bool value, bool standard) {
    if (value != standard) add(std::string(name) + (value ? "=true" : "=false"));
  };
  const NormalizeOptions& n = extract.normalize;
  field("normalize.strip_markdown", n.strip_markdown, defaults.normalize.strip_markdown);
  field("normalize.drop_page_numbers", n.drop_page_numbers, defaults.normalize.drop_page_numbers);
  field("normalize.join_page_breaks", n.join_page_breaks, defaults.normalize.join_page_breaks);
  field("normalize.fullwidth_punctuation", n.fullwidth_punctuation, defaults.normalize.fullwidth_punctuation);
  field("normalize.ascii_alphanumerics", n.ascii_alphanumerics, defaults.normalize.ascii_alphanumerics);
  field("normalize.unified_ideographs", n.unified_ideographs, defaults.normalize.unified_ideographs);
  field("normalize.remove_cjk_spaces", n.remove_cjk_spaces, defaults.normalize.remove_cjk_spaces);
  field("enrich.targets", extract.enrich.targets, defaults.enrich.targets);
  field("enrich.milestones", extract.enrich.milestones, defaults.enrich.milestones);
  if (tokens) {
    if (extract.enrich.keywords != defaults.enrich.keywords)
      add("enrich.keywords=" + std::to_string(extract.enrich.keywords));
    field("segment.builtin_lexicon", extract.enrich.segment.builtin_lexicon,
          defaults.enrich.segment.builtin_lexicon);
    field("segment.keep_units", extract.enrich.segment.keep_units, defaults.enrich.segment.keep_units);
  }
  return with.empty() ? Generator() : Generator() + " (" + with + ")";
}

std::string SegmentedLineJson(const Source& source, const SegmentedLine& line) {
  StringSink sink(64 + line.text.size() * 3 + line.tokens.size() * 80);
  EmitInto(sink, JsonOptions{}, nullptr, [&](auto& emitter) { emitter.EmitSegmentedLine(source, line); });
  return sink.Finish();
}

std::string ToJson(const Document& document, const JsonOptions& options) {
  // The JSON is several times the text (each block has its text and original,
  // tasks repeat theirs): a first buffer of about that size, grown if short.
  size_t estimate = 4096;
  if (options.blocks)  // left out (--no-blocks), they would reserve 40% more than is written
    for (const DocumentBlock& b : document.blocks) estimate += 2 * (b.text.size() + b.original.size()) + 160;
  for (const Section& s : document.sections) estimate += s.heading.size() + 24 * s.task_ids.size() + 200;
  for (const Task& t : document.tasks) estimate += 2 * t.text.size() + 700;
  estimate += document.diagnostics.size() * 200;
  // Reserved, not resized: nothing is zero-filled. A small document's JSON comes in one chunk; a
  // large one's in chunks of 1 MiB, copied from a buffer that stays in cache (a buffer the size
  // of the JSON, then copied whole into the string, touched every page twice: BM_ToJson 1.3 s
  // for 137 MB, against 0.14 s to write it out).
  std::string json;
  json.reserve(estimate);
  EmitInChunks(
      std::min(estimate, kChunk), options, [&](std::string_view bytes) { json.append(bytes); },
      [&](auto& emitter) { emitter.Emit(document); });
  return json;
}

}  // namespace gongwen
