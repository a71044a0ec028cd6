// The C interface (gongwen/c_api.h): thin handles over the C++ API. Every entry
// point catches what the C++ side may throw, so no exception crosses into C.
#include "gongwen/c_api.h"

#include <memory>
#include <mutex>
#include <new>
#include <sstream>
#include <string>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/validate.h"
#include "gongwen/version.h"

struct gongwen_error {
  gongwen::Status status;
  std::string text;  // status.ToString(), kept for gongwen_error_message
};

struct gongwen_options {
  gongwen::ExtractOptions extract;
  gongwen::JsonOptions json;
  gongwen::ValidateOptions validate;
};

struct gongwen_document {
  gongwen::Document document;
  gongwen::JsonOptions json_options;
  gongwen::ValidateOptions validate_options;
  std::once_flag json_once;
  std::string json;
  std::once_flag findings_once;
  std::string findings;
};

namespace {

using gongwen::Status;
using gongwen::StatusCode;

// Hands `status` to the caller (when it asked for errors) and returns its code.
gongwen_status Fail(Status status, gongwen_error** error) {
  const auto code = static_cast<gongwen_status>(status.code());
  if (error != nullptr) {
    *error = new (std::nothrow) gongwen_error{std::move(status), {}};
    if (*error != nullptr) {
      try {
        (*error)->text = (*error)->status.ToString();
      } catch (...) {  // out of memory: the message stays empty, the code is still right
      }
    }
  }
  return code;
}

gongwen_status Succeed(gongwen_error** error) {
  if (error != nullptr) *error = nullptr;
  return GONGWEN_OK;
}

gongwen_status NullArgument(const char* what, gongwen_error** error) {
  return Fail(Status(StatusCode::kInvalidArgument, std::string(what) + " is NULL"), error);
}

// Runs `body`, turning an exception into a status: nothing is thrown into C.
template <typename Body>
gongwen_status Guard(gongwen_error** error, Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    if (error != nullptr) *error = nullptr;  // making an error object could fail too
    return GONGWEN_OUT_OF_MEMORY;
  } catch (const std::exception& e) {
    return Fail(Status(StatusCode::kInternal, std::string("internal error: ") + e.what()), error);
  } catch (...) {
    return Fail(Status(StatusCode::kInternal, "internal error"), error);
  }
}

gongwen_status Finish(gongwen::Result<gongwen::Document> result, const gongwen_options* options,
                      gongwen_document** document, gongwen_error** error) {
  if (!result.ok()) return Fail(result.status(), error);
  auto handle = std::make_unique<gongwen_document>();
  handle->document = std::move(result).value();
  if (options != nullptr) {
    handle->json_options = options->json;
    handle->validate_options = options->validate;
    // The options that shaped the result, for its input's format, as the tool records them: a result stored
    // by a program through this API is then current for `gongwen batch --resume` with the same options only.
    handle->json_options.generator =
        gongwen::GeneratorFor(options->extract, options->json, handle->document.source.format);
  }
  *document = handle.release();
  return Succeed(error);
}

const gongwen::ExtractOptions& ExtractOptionsOf(const gongwen_options* options) {
  static const gongwen::ExtractOptions kDefaults;
  return options != nullptr ? options->extract : kDefaults;
}

void Text(const std::string& text, const char** out, size_t* size) {
  *out = text.c_str();
  if (size != nullptr) *size = text.size();
}

}  // namespace

extern "C" {

const char* gongwen_version(void) { return gongwen::Version(); }

uint32_t gongwen_version_number(void) {
  return GONGWEN_VERSION_MAJOR * 10000u + GONGWEN_VERSION_MINOR * 100u + GONGWEN_VERSION_PATCH;
}

int gongwen_c_api_version(void) { return GONGWEN_C_API_VERSION; }

const char* gongwen_schema_version(void) { return gongwen::kSchemaVersion; }

const char* gongwen_status_name(int status) {
  if (status == GONGWEN_OUT_OF_MEMORY) return "out-of-memory";
  if (status < GONGWEN_OK || status > GONGWEN_INTERNAL) return "unknown";
  return gongwen::StatusCodeName(static_cast<StatusCode>(status));
}

gongwen_status gongwen_error_code(const gongwen_error* error) {
  return error == nullptr ? GONGWEN_OK : static_cast<gongwen_status>(error->status.code());
}

const char* gongwen_error_message(const gongwen_error* error) {
  return error == nullptr ? "" : error->text.c_str();
}

const char* gongwen_error_file(const gongwen_error* error) {
  return error == nullptr ? "" : error->status.file().c_str();
}

uint32_t gongwen_error_line(const gongwen_error* error) {
  return error == nullptr ? 0 : error->status.line();
}

uint32_t gongwen_error_column(const gongwen_error* error) {
  return error == nullptr ? 0 : error->status.column();
}

int64_t gongwen_error_offset(const gongwen_error* error) {
  if (error == nullptr || !error->status.offset()) return -1;
  return static_cast<int64_t>(*error->status.offset());
}

void gongwen_error_free(gongwen_error* error) { delete error; }

gongwen_status gongwen_options_new(gongwen_options** options, gongwen_error** error) {
  if (options == nullptr) return NullArgument("options", error);
  return Guard(error, [&] {
    *options = new gongwen_options();
    return Succeed(error);
  });
}

void gongwen_options_free(gongwen_options* options) { delete options; }

gongwen_status gongwen_options_set_flag(gongwen_options* options, int flag, int on, gongwen_error** error) {
  if (options == nullptr) return NullArgument("options", error);
  const bool value = on != 0;
  switch (flag) {
    case GONGWEN_FLAG_LENIENT:
      options->extract.read.lenient = value;
      break;
    case GONGWEN_FLAG_KEEP_ORIGINAL:
      options->extract.docx.keep_original = value;
      break;
    case GONGWEN_FLAG_PRETTY:
      options->json.pretty = value;
      break;
    case GONGWEN_FLAG_NO_BLOCKS:
      options->json.blocks = !value;
      break;
    case GONGWEN_FLAG_NO_LAYOUT:
      options->validate.layout = !value;
      break;
    case GONGWEN_FLAG_TOKENS:
      options->extract.enrich.tokens = value;
      options->json.tokens = value;
      break;
    default:
      return Fail(Status(StatusCode::kInvalidArgument, "unknown flag " + std::to_string(flag)), error);
  }
  return Succeed(error);
}

gongwen_status gongwen_options_set_encoding(gongwen_options* options, const char* encoding,
                                            gongwen_error** error) {
  if (options == nullptr) return NullArgument("options", error);
  return Guard(error, [&] {
    options->extract.read.encoding = encoding == nullptr ? "" : encoding;
    return Succeed(error);
  });
}

gongwen_status gongwen_options_set_max_bytes(gongwen_options* options, uint64_t max_bytes,
                                             gongwen_error** error) {
  if (options == nullptr) return NullArgument("options", error);
  if (max_bytes == 0) return Fail(Status(StatusCode::kInvalidArgument, "max_bytes must be above 0"), error);
  options->extract.read.max_bytes = max_bytes;
  return Succeed(error);
}

gongwen_status gongwen_options_set_validate_config(gongwen_options* options, const char* json, size_t size,
                                                   const char* name, gongwen_error** error) {
  if (options == nullptr) return NullArgument("options", error);
  if (json == nullptr) return NullArgument("json", error);
  return Guard(error, [&] {
    gongwen::ValidateOptions parsed;
    parsed.layout = options->validate.layout;
    parsed.tolerance_mm = options->validate.tolerance_mm;
    if (Status s =
            gongwen::ParseValidateConfig(std::string_view(json, size), name == nullptr ? "" : name, parsed);
        !s.ok()) {
      return Fail(std::move(s), error);
    }
    if (Status s = gongwen::CheckValidateOptions(parsed); !s.ok()) return Fail(std::move(s), error);
    options->validate = std::move(parsed);
    return Succeed(error);
  });
}

gongwen_status gongwen_parse_file(const char* path, const gongwen_options* options,
                                  gongwen_document** document, gongwen_error** error) {
  if (path == nullptr) return NullArgument("path", error);
  if (document == nullptr) return NullArgument("document", error);
  *document = nullptr;
  return Guard(error, [&] {
    return Finish(gongwen::ExtractFile(path, ExtractOptionsOf(options)), options, document, error);
  });
}

gongwen_status gongwen_parse_memory(const void* data, size_t size, const char* name,
                                    const gongwen_options* options, gongwen_document** document,
                                    gongwen_error** error) {
  if (data == nullptr && size != 0) return NullArgument("data", error);
  if (document == nullptr) return NullArgument("document", error);
  *document = nullptr;
  return Guard(error, [&] {
    const std::string_view bytes(size == 0 ? "" : static_cast<const char*>(data), size);
    // The size limits are the library's own (DecodeSource for text, ReadDocx for packages).
    return Finish(gongwen::ExtractBytes(bytes, name == nullptr ? "" : name, ExtractOptionsOf(options)), options,
                  document, error);
  });
}

gongwen_status gongwen_document_json(gongwen_document* document, const char** json, size_t* size,
                                     gongwen_error** error) {
  if (document == nullptr) return NullArgument("document", error);
  if (json == nullptr) return NullArgument("json", error);
  return Guard(error, [&] {
    std::call_once(document->json_once,
                   [&] { document->json = gongwen::ToJson(document->document, document->json_options); });
    Text(document->json, json, size);
    return Succeed(error);
  });
}

gongwen_status gongwen_document_validate(gongwen_document* document, const char** json, size_t* size,
                                         gongwen_error** error) {
  if (document == nullptr) return NullArgument("document", error);
  if (json == nullptr) return NullArgument("json", error);
  return Guard(error, [&] {
    std::call_once(document->findings_once, [&] {
      const gongwen::Diagnostics findings = gongwen::Validate(document->document, document->validate_options);
      std::ostringstream out;
      gongwen::WriteFindingsJson(document->document, findings, out, document->json_options);
      document->findings = std::move(out).str();
    });
    Text(document->findings, json, size);
    return Succeed(error);
  });
}

size_t gongwen_document_task_count(const gongwen_document* document) {
  return document == nullptr ? 0 : document->document.tasks.size();
}

void gongwen_document_free(gongwen_document* document) { delete document; }

}  // extern "C"
