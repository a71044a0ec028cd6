// Validate(): runs every check on a Document, turns the reader's own
// diagnostics into findings, applies the options; ApplyFixes() writes the safe
// fixes back into the original bytes.
#include "gongwen/validate.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>

#include "core/utf8.h"
#include "validate/findings.h"

namespace gongwen {

namespace internal {

std::string Quote(std::string_view text) { return "“" + std::string(text) + "”"; }

Result<std::string> EncodeAs(std::string_view utf8, const std::string& encoding) {
  if (encoding.empty() || encoding == "UTF-8") return std::string(utf8);
  UErrorCode err = U_ZERO_ERROR;
  int32_t units = 0;
  u_strFromUTF8(nullptr, 0, &units, utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return Status(StatusCode::kInvalidArgument, "invalid UTF-8");
  std::u16string u16(static_cast<size_t>(units), u'\0');
  err = U_ZERO_ERROR;
  u_strFromUTF8(u16.data(), units, nullptr, utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding.c_str(), &err), &ucnv_close);
  if (U_FAILURE(err)) return Status(StatusCode::kInvalidArgument, "cannot encode as " + encoding);
  ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::string out(static_cast<size_t>(UCNV_GET_MAX_BYTES_FOR_STRING(units, ucnv_getMaxCharSize(cnv.get()))), '\0');
  const int32_t n = ucnv_fromUChars(cnv.get(), out.data(), static_cast<int32_t>(out.size()), u16.data(), units, &err);
  if (U_FAILURE(err)) return Status(StatusCode::kInvalidArgument, "text cannot be written in " + encoding);
  out.resize(static_cast<size_t>(n));
  return out;
}

namespace {

size_t EncodedLength(std::string_view utf8, const std::string& encoding) {
  if (encoding.empty() || encoding == "UTF-8") return utf8.size();
  Result<std::string> bytes = EncodeAs(utf8, encoding);
  return bytes.ok() ? bytes->size() : utf8.size();
}

}  // namespace

Span Findings::At(const DocumentBlock& block, size_t begin, size_t end) const {
  const std::string_view o = block.original;
  begin = std::min(begin, o.size());
  end = std::clamp(end, begin, o.size());
  // A paragraph of a page set in two columns: its original holds its parts a line each, and each part
  // stands where its own span says (its lines have the other column's between them).
  for (size_t k = 0, from = 0; k < block.parts.size(); ++k) {
    const size_t length = block.parts[k].end - block.parts[k].begin, to = std::min(from + length, o.size());
    if (begin <= to || k + 1 == block.parts.size()) {
      const size_t at = std::clamp(begin, from, to);
      Span s = block.parts[k].span;
      s.column += static_cast<uint32_t>(CountCodePoints(o.substr(from, at - from)));
      s.offset += EncodedLength(o.substr(from, at - from), doc_.source.encoding);
      s.length = EncodedLength(o.substr(at, std::clamp(end, at, to) - at), doc_.source.encoding);
      return s;
    }
    from = to + 1;  // past its line end
  }
  Span s = block.span;
  size_t line_start = 0;
  uint32_t line = s.line;
  for (size_t i = 0; i < begin; ++i)
    if (o[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  const auto before = static_cast<uint32_t>(CountCodePoints(o.substr(line_start, begin - line_start)));
  s.column = (line == s.line ? s.column : 1) + before;
  s.line = line;
  if (doc_.source.format == "docx") {
    s.length = 0;  // DOCX: the paragraph's offset in its part; the column says where in it
  } else {
    s.offset += EncodedLength(o.substr(0, begin), doc_.source.encoding);
    s.length = EncodedLength(o.substr(begin, end - begin), doc_.source.encoding);
  }
  return s;
}

Span Findings::Find(const DocumentBlock& block, std::string_view needle) const {
  const size_t at = needle.empty() ? std::string::npos : block.original.find(needle);
  if (at == std::string::npos) return At(block, TextStart(block), TextStart(block));
  return At(block, at, at + needle.size());
}

size_t Findings::TextStart(const DocumentBlock& block) const {
  const std::string_view o = block.original;
  size_t i = 0;
  while (i < o.size()) {
    size_t next = i;
    const char32_t cp = NextCodePoint(o, next);
    if (!(IsSpace(cp) || cp == U'#' || cp == U'*' || cp == U'-' || cp == U'+' || cp == U'>')) break;
    i = next;
  }
  return i;
}

void Findings::Add(const char* rule, std::string message, Span span, std::vector<Replacement> fix) {
  const RuleInfo* info = FindRule(rule);
  out_.push_back({rule, info ? info->severity : Severity::kWarning, std::move(message), span, std::move(fix)});
}

}  // namespace internal

namespace {

bool Contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The reader's repairs of text a person typed wrong are faults in a draft.
const char* FindingRuleOf(const std::string& reader_rule) {
  if (reader_rule == "GW-NORM-FULLWIDTH-PUNCT") return "GW-PUNCT-HALFWIDTH";
  if (reader_rule == "GW-NORM-ASCII-ALNUM") return "GW-TEXT-FULLWIDTH-ALNUM";
  if (reader_rule == "GW-NORM-IDEOGRAPH") return "GW-TEXT-LOOKALIKE";
  return nullptr;
}

}  // namespace

Status CheckValidateOptions(const ValidateOptions& options) {
  auto check = [](const std::string& id) {
    return FindRule(id) ? Status::Ok() : Status(StatusCode::kInvalidArgument, "unknown rule " + id);
  };
  for (const auto& id : options.enable)
    if (Status s = check(id); !s.ok()) return s;
  for (const auto& id : options.disable)
    if (Status s = check(id); !s.ok()) return s;
  for (const auto& [id, severity] : options.severity)
    if (Status s = check(id); !s.ok()) return s;
  return Status::Ok();
}

Status ParseValidateConfig(std::string_view json, const std::string& path, ValidateOptions& options) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(json.data(), json.size());
  auto fail = [&](std::string message, size_t offset) {
    uint32_t line = 1, column = 1;
    for (size_t i = 0; i < offset && i < json.size(); ++i) {
      if (json[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    return Status(StatusCode::kInvalidArgument, std::move(message)).WithFile(path).WithPosition(line, column, offset);
  };
  if (d.HasParseError()) return fail(rapidjson::GetParseError_En(d.GetParseError()), d.GetErrorOffset());
  if (!d.IsObject()) return fail("a config file is a JSON object", 0);
  // Through a const reference: clang finds RapidJSON's != on mutable member iterators ambiguous in C++20.
  const rapidjson::Document& config = d;
  for (auto it = config.MemberBegin(); it != config.MemberEnd(); ++it) {
    const std::string key = it->name.GetString();
    const auto& value = it->value;
    if (key == "enable" || key == "disable") {
      if (!value.IsArray()) return fail("\"" + key + "\" is a list of rule ids", 0);
      for (const auto& id : value.GetArray()) {
        if (!id.IsString() || !FindRule(id.GetString()))
          return fail("\"" + key + "\": unknown rule " + (id.IsString() ? id.GetString() : "(not a string)"), 0);
        (key == "enable" ? options.enable : options.disable).emplace_back(id.GetString());
      }
    } else if (key == "severity") {
      if (!value.IsObject()) return fail("\"severity\" maps rule ids to info, warning or error", 0);
      for (auto s = value.MemberBegin(); s != value.MemberEnd(); ++s) {
        const std::string id = s->name.GetString();
        if (!FindRule(id)) return fail("\"severity\": unknown rule " + id, 0);
        const std::string level = s->value.IsString() ? s->value.GetString() : "";
        Severity severity;
        if (level == "info") severity = Severity::kInfo;
        else if (level == "warning") severity = Severity::kWarning;
        else if (level == "error") severity = Severity::kError;
        else return fail("\"severity\": " + id + " must be info, warning or error", 0);
        options.severity.emplace_back(id, severity);
      }
    } else {
      return fail("unknown key \"" + key + "\" (expected enable, disable, severity)", 0);
    }
  }
  return Status::Ok();
}

Diagnostics Validate(const Document& document, const ValidateOptions& options) {
  internal::Findings findings(document);
  const Diagnostics& read = document.diagnostics;
  std::vector<bool> merged(read.size(), false);
  for (size_t i = 0; i < read.size(); ++i) {
    if (merged[i]) continue;
    Diagnostic copy = read[i];
    const Diagnostic& d = read[i];
    // "(七)": one fault, though the normalizer repaired two characters.
    if (d.rule == "GW-NORM-FULLWIDTH-PUNCT" && d.fix.size() == 1 && d.fix[0].text == "（") {
      for (size_t j = i + 1; j < read.size() && j < i + 8; ++j) {
        const Diagnostic& e = read[j];
        if (e.rule != d.rule || e.span.line != d.span.line || e.fix.size() != 1) continue;
        if (e.fix[0].text == "（") break;
        if (e.fix[0].text != "）") continue;
        merged[j] = true;
        copy.message = "中文语境中的半角括号“(…)”改为全角“（…）”";
        copy.span.length = e.span.offset + e.span.length - d.span.offset;
        copy.fix.push_back(e.fix[0]);
        break;
      }
    }
    if (const char* rule = FindingRuleOf(d.rule)) {
      copy.rule = rule;
      copy.severity = FindRule(rule)->severity;
    }
    findings.Add(std::move(copy));
  }
  internal::CheckHead(findings);
  internal::CheckNumbering(findings);
  internal::CheckText(findings);
  internal::CheckUnits(findings);
  if (options.layout && document.source.format == "docx") internal::CheckLayout(findings, options.tolerance_mm);

  Diagnostics all = findings.Take();
  Diagnostics out;
  out.reserve(all.size());
  for (Diagnostic& d : all) {
    const RuleInfo* info = FindRule(d.rule);
    const bool on = info == nullptr || ((info->enabled || Contains(options.enable, d.rule)) &&
                                        !Contains(options.disable, d.rule));
    if (!on) continue;
    for (const auto& [id, severity] : options.severity)
      if (id == d.rule) d.severity = severity;
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    if (a.span.column != b.span.column) return a.span.column < b.span.column;
    return a.rule < b.rule;
  });
  return out;
}

Result<std::string> ApplyFixes(std::string_view original, const SourceInfo& source, const Diagnostics& findings,
                               Diagnostics* applied) {
  if (source.format != "text")
    return Status(StatusCode::kUnsupportedFormat, "fixes are applied to text documents only, not " + source.format)
        .WithFile(source.path);
  struct Edit {
    uint64_t begin, end;
    std::string bytes;
  };
  std::vector<Edit> edits;
  for (const Diagnostic& d : findings) {
    if (d.severity == Severity::kInfo || d.fix.empty()) continue;
    std::vector<Edit> mine;
    bool clash = false;
    for (const Replacement& r : d.fix) {
      const uint64_t b = r.span.offset, e = r.span.offset + r.span.length;
      if (e > original.size()) return Status(StatusCode::kInvalidArgument, "a fix lies past the end of the file");
      for (const Edit& other : edits) clash = clash || (b < other.end && other.begin < e) || (b == e && b == other.begin);
      Result<std::string> bytes = internal::EncodeAs(r.text, source.encoding);
      if (!bytes.ok()) return Status(bytes.status()).WithFile(source.path);
      mine.push_back({b, e, std::move(*bytes)});
    }
    if (clash) continue;
    edits.insert(edits.end(), mine.begin(), mine.end());
    if (applied) applied->push_back(d);
  }
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::string out;
  out.reserve(original.size() + 64);
  uint64_t pos = 0;
  for (const Edit& e : edits) {
    out.append(original.substr(pos, e.begin - pos));
    out += e.bytes;
    pos = e.end;
  }
  out.append(original.substr(pos));
  return out;
}

}  // namespace gongwen
