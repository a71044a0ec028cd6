#include "source/mhtml.h"

#include <strings.h>

#include <optional>
#include <utility>
#include <vector>

namespace gongwen::internal {

namespace {

constexpr size_t kHeaderLimit = 16 * 1024;  // the top header block is read within this many bytes

// (strncasecmp, as the source's extension test uses strcasecmp: headers are ASCII.)
bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && strncasecmp(text.data(), prefix.data(), prefix.size()) == 0;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The end of the line at `at` (its \n, or the text's end) and where the next one starts.
std::pair<size_t, size_t> LineAt(std::string_view text, size_t at) {
  const size_t nl = text.find('\n', at);
  if (nl == std::string_view::npos) return {text.size(), text.size()};
  return {nl, nl + 1};
}

// A header block from `at` to its empty line: each header unfolded (continuation lines joined), in
// order; `end` is set to where the body starts. Nullopt when a line of it is no header.
struct Header {
  std::string name;
  std::string value;
};
std::optional<std::vector<Header>> ReadHeaders(std::string_view text, size_t at, size_t& end) {
  std::vector<Header> headers;
  while (at < text.size()) {
    const auto [eol, next] = LineAt(text, at);
    std::string_view line = text.substr(at, eol - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) {
      end = next;
      return headers;
    }
    if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
      headers.back().value.append(" ").append(Trim(line));
    } else {
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0) return std::nullopt;
      for (char c : line.substr(0, colon))
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
          return std::nullopt;
      headers.push_back({std::string(line.substr(0, colon)), std::string(Trim(line.substr(colon + 1)))});
    }
    at = next;
  }
  end = text.size();
  return headers;
}

std::string_view HeaderValue(const std::vector<Header>& headers, std::string_view name) {
  for (const Header& h : headers)
    if (h.name.size() == name.size() && StartsWithNoCase(h.name, name)) return h.value;
  return {};
}

// A parameter of a header's value (boundary="----=_NextPart_…", charset=gb2312), quotes taken off.
std::string Parameter(std::string_view value, std::string_view name) {
  for (size_t at = 0; (at = value.find(';', at)) != std::string_view::npos;) {
    ++at;
    std::string_view rest = Trim(value.substr(at));
    if (!StartsWithNoCase(rest, name) || rest.size() <= name.size()) continue;
    rest = Trim(rest.substr(name.size()));
    if (rest.empty() || rest.front() != '=') continue;
    rest = Trim(rest.substr(1));
    if (!rest.empty() && rest.front() == '"') {
      const size_t close = rest.find('"', 1);
      return std::string(rest.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    }
    return std::string(rest.substr(0, rest.find(';')));
  }
  return {};
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Quoted-printable (RFC 2045): =XX a byte, = at a line's end a soft break; each byte decoded with the
// offset in `text` it came from (`base` added), and one past the end.
void DecodeQuotedPrintable(std::string_view body, size_t base, std::string& out, std::vector<uint32_t>& from) {
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '=') {
      if (i + 2 < body.size() && HexValue(body[i + 1]) >= 0 && HexValue(body[i + 2]) >= 0) {
        out.push_back(static_cast<char>(HexValue(body[i + 1]) * 16 + HexValue(body[i + 2])));
        from.push_back(static_cast<uint32_t>(base + i));
        i += 3;
        continue;
      }
      // (A soft break, = at the line's end, spaces before its CRLF allowed.)
      size_t k = i + 1;
      while (k < body.size() && (body[k] == ' ' || body[k] == '\t')) ++k;
      if (k < body.size() && body[k] == '\r') ++k;
      if (k < body.size() && body[k] == '\n') {
        i = k + 1;
        continue;
      }
      if (k >= body.size()) break;
    }
    out.push_back(body[i]);
    from.push_back(static_cast<uint32_t>(base + i));
    ++i;
  }
}

void DecodeBase64(std::string_view body, size_t base, std::string& out, std::vector<uint32_t>& from) {
  uint32_t bits = 0;
  int count = 0;
  size_t group = 0;  // where the characters of the byte being made began
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    int v = -1;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    else if (c == '=') break;
    if (v < 0) continue;
    if (count == 0) group = i;
    bits = (bits << 6) | static_cast<uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push_back(static_cast<char>((bits >> count) & 0xFF));
      from.push_back(static_cast<uint32_t>(base + group));
      group = i;
    }
  }
}

// The encoding a part's charset names, as the decoder knows it: GB2312 and GBK pages are read as GB18030,
// which holds them both (Word writes characters past GB2312 in a "gb2312" page).
std::string EncodingOf(std::string charset) {
  for (const char* gbk : {"gb2312", "gbk", "x-gbk", "cp936", "windows-936", "gb_2312-80"})
    if (strcasecmp(charset.c_str(), gbk) == 0) return "GB18030";
  return charset;
}

Status Malformed(std::string message, const std::string& path, size_t offset) {
  Status status(StatusCode::kUnsupportedFormat, std::move(message));
  status.WithFile(path).WithOffset(offset);
  return status;
}

// A part of a multipart body: its headers, and its content [body, stop) before the next delimiter line.
struct Part {
  std::vector<Header> headers;
  size_t body = 0;
  size_t stop = 0;
};

// The first text/html part of some content between `from` and `to` of the multipart body parted by
// `boundary`, looking into nested multipart parts (multipart/alternative inside multipart/related, as mail
// clients write a page), four deep at most; nullopt where none holds more than white space.
std::optional<Part> HtmlPart(std::string_view bytes, size_t from, size_t to, const std::string& boundary,
                             int depth) {
  const std::string delimiter = "--" + boundary;
  const std::string_view within = bytes.substr(0, to);
  const auto next_delimiter = [&](size_t at) {
    size_t found = within.find(delimiter, at);
    while (found != std::string_view::npos && found > 0 && within[found - 1] != '\n')
      found = within.find(delimiter, found + delimiter.size());
    return found;
  };
  for (size_t line = next_delimiter(from); line != std::string_view::npos;) {
    if (within.substr(line + delimiter.size(), 2) == "--") break;  // the closing delimiter
    const size_t next = LineAt(within, line).second;
    size_t body = next;
    const std::optional<std::vector<Header>> headers = ReadHeaders(within, next, body);
    const size_t end = next_delimiter(body);
    const size_t stop = end == std::string_view::npos ? within.size() : end;
    if (headers) {
      const std::string_view type = HeaderValue(*headers, "Content-Type");
      if (StartsWithNoCase(type, "multipart/") && depth < 4)
        if (const std::string nested = Parameter(type, "boundary"); !nested.empty())
          if (std::optional<Part> found = HtmlPart(bytes, body, stop, nested, depth + 1)) return found;
      if (StartsWithNoCase(type, "text/html") &&
          within.substr(body, stop - body).find_first_not_of(" \t\r\n") != std::string_view::npos)
        return Part{*headers, body, stop};
    }
    line = end;
  }
  return std::nullopt;
}

}  // namespace

bool LooksLikeMhtml(std::string_view bytes) {
  size_t body = 0;
  const std::optional<std::vector<Header>> headers =
      ReadHeaders(bytes.substr(0, std::min(bytes.size(), kHeaderLimit)), 0, body);
  if (!headers || HeaderValue(*headers, "MIME-Version").empty()) return false;
  return StartsWithNoCase(HeaderValue(*headers, "Content-Type"), "multipart/related");
}

Result<Reading> ReadMhtml(std::string_view bytes, std::string path, const ReadOptions& options) {
  size_t at = 0;
  const std::optional<std::vector<Header>> top = ReadHeaders(bytes, 0, at);
  if (!top) return Malformed("an MHTML file whose header block does not read", path, 0);
  const std::string boundary = Parameter(HeaderValue(*top, "Content-Type"), "boundary");
  if (boundary.empty()) return Malformed("an MHTML file with no boundary between its parts", path, 0);
  const std::optional<Part> part = HtmlPart(bytes, at, bytes.size(), boundary, 0);
  if (!part) return Malformed("an MHTML file with no text/html part", path, at);
  {
    const std::vector<Header>* headers = &part->headers;
    const size_t body = part->body, stop = part->stop;
    // The part's body without the line break before the next delimiter.
    std::string_view content = bytes.substr(body, stop - body);
    if (content.ends_with('\n')) content.remove_suffix(1);
    if (content.ends_with('\r')) content.remove_suffix(1);
    std::string decoded;
    std::vector<uint32_t> from;  // decoded byte → offset in the file
    decoded.reserve(content.size());
    from.reserve(content.size() + 1);
    const std::string_view transfer = HeaderValue(*headers, "Content-Transfer-Encoding");
    if (StartsWithNoCase(transfer, "quoted-printable"))
      DecodeQuotedPrintable(content, body, decoded, from);
    else if (StartsWithNoCase(transfer, "base64"))
      DecodeBase64(content, body, decoded, from);
    else
      for (size_t i = 0; i < content.size(); ++i) {
        decoded.push_back(content[i]);
        from.push_back(static_cast<uint32_t>(body + i));
      }
    from.push_back(static_cast<uint32_t>(body + content.size()));
    ReadOptions part_options = options;
    if (part_options.encoding.empty())
      part_options.encoding = EncodingOf(Parameter(HeaderValue(*headers, "Content-Type"), "charset"));
    Result<Source> page = DecodeSource(decoded, path, part_options);
    if (!page.ok()) {
      Status status = page.status();
      // (The offset the decoder gives is the part's: the file's is told.)
      if (const std::optional<uint64_t> offset = status.offset(); offset && *offset < from.size())
        status.WithPosition(0, 0, from[static_cast<size_t>(*offset)]);
      return status;
    }
    ExtractedText extracted;
    extracted.path = path;
    extracted.format = "mhtml";
    extracted.text = page->text();
    extracted.original_of.reserve(extracted.text.size() + 1);
    for (size_t pos = 0; pos <= extracted.text.size(); ++pos) {
      const uint64_t in_part = page->OriginalOffset(pos);
      extracted.original_of.push_back(from[std::min<size_t>(static_cast<size_t>(in_part), from.size() - 1)]);
    }
    extracted.diagnostics = page->diagnostics();
    extracted.encoding = page->encoding();  // (the page's own, GB18030 for a gb2312 page)
    Source source = MakeSource(bytes, std::move(extracted));
    Blocks blocks = ReadTextBlocks(source);
    return Reading{std::move(source), std::move(blocks)};
  }
}

}  // namespace gongwen::internal
