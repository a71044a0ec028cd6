#include "docx/package.h"

#include <zip.h>

#include <memory>
#include <vector>

namespace gongwen::internal {

Result<std::unique_ptr<Package>> Package::Open(std::string_view bytes, const std::string& path,
                                               const DocxOptions& options) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Status(StatusCode::kInternal, "cannot create a zip source").WithFile(path);
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    // Some writers leave small inconsistencies: try once more without the check.
    zip_error_fini(&error);
    zip_error_init(&error);
    archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  }
  if (archive == nullptr) {
    std::string message = std::string("not a readable zip package: ") + zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(source);
    return Status(StatusCode::kUnsupportedFormat, message).WithFile(path);
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  if (entries < 0 || static_cast<uint64_t>(entries) > options.max_entries) {
    zip_discard(archive);
    return Status(StatusCode::kTooLarge,
                  "zip package has " + std::to_string(entries) + " entries, more than the limit of " +
                      std::to_string(options.max_entries))
        .WithFile(path);
  }
  return std::unique_ptr<Package>(new Package(archive, path, options));
}

Package::~Package() { zip_discard(archive_); }

bool Package::Has(std::string_view part) const {
  return zip_name_locate(archive_, std::string(part).c_str(), ZIP_FL_NOCASE) >= 0;
}

Result<std::string> Package::Read(std::string_view part) {
  const std::string name(part);
  auto fail = [&](StatusCode code, const std::string& message) {
    return Status(code, "part " + name + ": " + message).WithFile(path_);
  };
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return fail(StatusCode::kNotFound, "missing from the package");
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    return fail(StatusCode::kUnsupportedFormat, "unreadable zip entry");
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    return fail(StatusCode::kUnsupportedFormat, "encrypted");
  // The directory's sizes may lie; they are checked here and again while reading.
  const uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  const uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  auto over_ratio = [&](uint64_t size) {
    return size > (uint64_t{1} << 20) && size / std::max<uint64_t>(compressed, 1) > options_.max_ratio;
  };
  if (declared > options_.max_part_bytes || over_ratio(declared))
    return fail(StatusCode::kTooLarge, "declares " + std::to_string(declared) +
                                           " bytes uncompressed, past the limits (zip bomb?)");
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) return fail(StatusCode::kUnsupportedFormat, zip_strerror(archive_));
  std::string out;
  out.reserve(static_cast<size_t>(std::min<uint64_t>(declared, options_.max_part_bytes)));
  // Not zero-filled: most parts are smaller than the buffer, and filling 64 KiB for each part read
  // was 3% of the instructions of a batch of the docx-wild files.
  constexpr size_t kBuffer = size_t{1} << 16;
  const auto buffer = std::make_unique_for_overwrite<char[]>(kBuffer);
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer.get(), kBuffer);
    if (n < 0) {
      std::string message = std::string("damaged: ") + zip_file_strerror(file);
      zip_fclose(file);
      return fail(StatusCode::kUnsupportedFormat, message);
    }
    if (n == 0) break;
    out.append(buffer.get(), static_cast<size_t>(n));
    total_read_ += static_cast<uint64_t>(n);
    if (out.size() > options_.max_part_bytes || total_read_ > options_.max_total_bytes || over_ratio(out.size())) {
      zip_fclose(file);
      return fail(StatusCode::kTooLarge, "inflates past the limits (zip bomb?)");
    }
  }
  zip_fclose(file);
  return out;
}

std::string ResolvePartName(std::string_view source_part, std::string_view target) {
  std::string base;
  if (!target.empty() && target[0] == '/') {
    target.remove_prefix(1);
  } else {
    size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) base = std::string(source_part.substr(0, slash + 1));
  }
  std::vector<std::string> segments;
  std::string joined = base + std::string(target);
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

}  // namespace gongwen::internal
