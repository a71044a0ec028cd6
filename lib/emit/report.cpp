// Findings as compiler-style text and as SARIF 2.1.0.
#include "gongwen/report.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <string>
#include <string_view>

#include "core/utf8.h"
#include "gongwen/validate.h"
#include "gongwen/version.h"

namespace gongwen {

namespace {

// The line `line` of the document as it stands in the file (for DOCX: the
// paragraph), or nothing when no block covers it.
std::string_view SourceLine(const Document& doc, uint32_t line) {
  for (const DocumentBlock& b : doc.blocks) {
    // (A two-column page's part is half a line of the file: not the line to show.)
    if (!b.span.known() || b.span.line > line || b.style.column != 0) continue;
    std::string_view o = b.original;
    uint32_t l = b.span.line;
    size_t start = 0;
    for (size_t i = 0; i < o.size() && l < line; ++i)
      if (o[i] == '\n') {
        ++l;
        start = i + 1;
      }
    if (l != line) continue;
    size_t end = o.find('\n', start);
    std::string_view text = o.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
  }
  return {};
}

const char* Color(Severity s) {
  switch (s) {
    case Severity::kError: return "\033[1;31m";
    case Severity::kWarning: return "\033[1;35m";
    case Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

void Quoted(const Document& doc, const Diagnostic& d, std::ostream& out, bool color) {
  const std::string_view line = SourceLine(doc, d.span.line);
  if (line.empty()) return;
  const std::string number = std::to_string(d.span.line);
  out << " " << number << " | ";
  std::string caret_pad;
  size_t i = 0;
  uint32_t col = 1;
  while (i < line.size()) {
    const size_t start = i;
    const char32_t cp = internal::NextCodePoint(line, i);
    out << (cp == U'\t' ? std::string_view(" ") : line.substr(start, i - start));
    if (col < d.span.column) caret_pad.append(static_cast<size_t>(internal::DisplayWidth(cp)), ' ');
    ++col;
  }
  out << "\n " << std::string(number.size(), ' ') << " | " << caret_pad;
  // The underline: the span's code points on this line (UTF-8 text only: otherwise its length is in other bytes).
  int width = 1;
  if (doc.source.format == "text" && doc.source.encoding == "UTF-8" && d.span.length > 0) {
    size_t pos = 0;
    for (uint32_t c = 1; c < d.span.column && pos < line.size(); ++c) internal::NextCodePoint(line, pos);
    const size_t end = std::min(line.size(), pos + static_cast<size_t>(d.span.length));
    width = 0;
    while (pos < end) width += internal::DisplayWidth(internal::NextCodePoint(line, pos));
    width = std::max(width, 1);
  }
  if (color) out << "\033[1;32m";
  out << "^" << std::string(static_cast<size_t>(width - 1), '~');
  if (color) out << "\033[0m";
  out << "\n";
}

}  // namespace

void WriteFindingsText(const Document& document, const Diagnostics& findings, std::ostream& out,
                       const TextReportOptions& options) {
  const std::string path = document.source.path.empty() ? "-" : document.source.path;
  int counts[3] = {0, 0, 0};
  for (const Diagnostic& d : findings) {
    ++counts[static_cast<int>(d.severity)];
    if (options.color) out << "\033[1m";
    out << path << ":" << d.span.line << ":" << d.span.column << ": ";
    if (options.color) out << Color(d.severity);
    out << SeverityName(d.severity) << ":";
    if (options.color) out << "\033[0m";
    out << " " << d.message << " [" << d.rule << "]\n";
    if (options.source_lines) Quoted(document, d, out, options.color);
  }
  if (options.summary)
    out << path << ": " << counts[2] << " 个错误，" << counts[1] << " 个警告，" << counts[0] << " 条提示\n";
}

namespace {

std::string UriOf(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

const char* SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "note";
}

template <typename Writer>
void Text(Writer& w, const char* key, const std::string& text) {
  w.Key(key);
  w.StartObject();
  w.Key("text");
  w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
  w.EndObject();
}

template <typename Writer>
void Region(Writer& w, const char* key, const Span& span, bool bytes, bool lines) {
  w.Key(key);
  w.StartObject();
  if (lines && span.known()) {
    w.Key("startLine");
    w.Uint(span.line);
    w.Key("startColumn");
    w.Uint(span.column);
  }
  if (bytes) {
    w.Key("byteOffset");
    w.Uint64(span.offset);
    w.Key("byteLength");
    w.Uint64(span.length);
  }
  w.EndObject();
}

template <typename Writer>
void Artifact(Writer& w, const std::string& uri, size_t index) {
  w.Key("artifactLocation");
  w.StartObject();
  w.Key("uri");
  w.String(uri.c_str());
  w.Key("index");
  w.Uint(static_cast<unsigned>(index));
  w.EndObject();
}

std::string UriOf(const Document& doc) { return UriOf(doc.source.path.empty() ? "-" : doc.source.path); }

}  // namespace

void WriteSarif(std::span<const ReportedDocument> documents, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("$schema");
  w.String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version");
  w.String("2.1.0");
  w.Key("runs");
  w.StartArray();
  w.StartObject();
  w.Key("tool");
  w.StartObject();
  w.Key("driver");
  w.StartObject();
  w.Key("name");
  w.String("gongwen");
  w.Key("version");
  w.String(Version());
  w.Key("informationUri");
  w.String("https://gongwen.invalid/docs/rules.md");
  w.Key("rules");
  w.StartArray();
  for (const RuleInfo& r : Rules()) {
    w.StartObject();
    w.Key("id");
    w.String(r.id);
    Text(w, "shortDescription", r.description);
    w.Key("defaultConfiguration");
    w.StartObject();
    w.Key("enabled");
    w.Bool(r.enabled);
    w.Key("level");
    w.String(SarifLevel(r.severity));
    w.EndObject();
    if (*r.wrong != '\0') Text(w, "help", std::string("错误：\n") + r.wrong + "正确：\n" + r.right);
    w.Key("properties");
    w.StartObject();
    w.Key("scope");
    w.String(RuleScopeName(r.scope));
    w.Key("fixable");
    w.Bool(r.fixable);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();  // driver
  w.EndObject();  // tool
  w.Key("columnKind");
  w.String("unicodeCodePoints");
  w.Key("artifacts");
  w.StartArray();
  for (const ReportedDocument& r : documents) {
    const Document& document = *r.document;
    w.StartObject();
    w.Key("location");
    w.StartObject();
    w.Key("uri");
    w.String(UriOf(document).c_str());
    w.EndObject();
    w.Key("length");
    w.Uint64(document.source.size);
    if (document.source.format == "text") {
      w.Key("encoding");
      w.String(document.source.encoding.c_str());
    }
    w.Key("hashes");
    w.StartObject();
    w.Key("sha-256");
    w.String(document.source.sha256.c_str());
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("results");
  w.StartArray();
  const auto rules = Rules();
  for (size_t index = 0; index < documents.size(); ++index) {
  const Document& document = *documents[index].document;
  const bool text = document.source.format == "text";  // byte offsets are the file's own only for text
  const std::string uri = UriOf(document);
  for (const Diagnostic& d : *documents[index].findings) {
    w.StartObject();
    w.Key("ruleId");
    w.String(d.rule.c_str());
    for (size_t i = 0; i < rules.size(); ++i)
      if (d.rule == rules[i].id) {
        w.Key("ruleIndex");
        w.Uint(static_cast<unsigned>(i));
      }
    w.Key("level");
    w.String(SarifLevel(d.severity));
    Text(w, "message", d.message);
    w.Key("locations");
    w.StartArray();
    w.StartObject();
    w.Key("physicalLocation");
    w.StartObject();
    Artifact(w, uri, index);
    Region(w, "region", d.span, text, true);
    w.EndObject();
    w.EndObject();
    w.EndArray();
    if (text && !d.fix.empty()) {  // one fix: all its replacements together
      w.Key("fixes");
      w.StartArray();
      w.StartObject();
      Text(w, "description", d.message);
      w.Key("artifactChanges");
      w.StartArray();
      w.StartObject();
      Artifact(w, uri, index);
      w.Key("replacements");
      w.StartArray();
      for (const Replacement& r : d.fix) {
        w.StartObject();
        Region(w, "deletedRegion", r.span, true, false);
        w.Key("insertedContent");
        w.StartObject();
        w.Key("text");
        w.String(r.text.c_str(), static_cast<rapidjson::SizeType>(r.text.size()));
        w.EndObject();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
      w.EndArray();
      w.EndObject();
      w.EndArray();
    }
    w.EndObject();
  }
  }
  w.EndArray();
  w.EndObject();  // run
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << "\n";
}

}  // namespace gongwen
