/* gongwen/c_api.h — the C interface, for C programs and for callers in other
 * languages (Java through JNA or FFM, C# through P/Invoke, Python through
 * ctypes; see docs/c-api.md).
 *
 *   gongwen_document *doc = NULL;
 *   gongwen_error *err = NULL;
 *   if (gongwen_parse_file("notice.docx", NULL, &doc, &err) != GONGWEN_OK) {
 *     fprintf(stderr, "%s\n", gongwen_error_message(err));
 *     gongwen_error_free(err);
 *     return 1;
 *   }
 *   const char *json; size_t size;
 *   gongwen_document_json(doc, &json, &size);   // owned by doc
 *   fwrite(json, 1, size, stdout);
 *   gongwen_document_free(doc);
 *
 * Rules that hold for every function:
 * - Text in and out is UTF-8. Strings returned are NUL-terminated and also come
 *   with their length in bytes; they belong to the handle they came from and stay
 *   valid until it is freed.
 * - A function that can fail returns a gongwen_status. When it fails and `error`
 *   is not NULL, *error receives a new gongwen_error (free it with
 *   gongwen_error_free); on success *error is set to NULL.
 * - No function throws, aborts, prints or exits: a C++ exception inside gongwen
 *   (out of memory, say) becomes GONGWEN_OUT_OF_MEMORY or GONGWEN_INTERNAL.
 * - Handles are independent: separate handles may be used on separate threads at
 *   once, and one gongwen_options may be shared by threads that only read it (its
 *   setters must not run at the same time). A gongwen_document may be read from
 *   several threads at once (its JSON is made once, on first request).
 * - Every *_free function accepts NULL.
 */
#ifndef GONGWEN_C_API_H_
#define GONGWEN_C_API_H_

#include <stddef.h>
#include <stdint.h>

#include "gongwen/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The version of this interface. Functions are only ever added; a change that
 * breaks callers raises it, together with the library's SONAME. */
#define GONGWEN_C_API_VERSION 1

/* Outcome of a call. The values from 1 to 7 are those of gongwen::StatusCode. */
typedef enum gongwen_status {
  GONGWEN_OK = 0,
  GONGWEN_NOT_FOUND = 1,          /* the path does not exist */
  GONGWEN_IO_ERROR = 2,           /* the path exists but could not be read (a directory, no permission) */
  GONGWEN_INVALID_ENCODING = 3,   /* bytes not valid in the document's encoding */
  GONGWEN_INVALID_ARGUMENT = 4,   /* a NULL handle, an unknown encoding name, a bad configuration */
  GONGWEN_TOO_LARGE = 5,          /* the input passes a configured limit */
  GONGWEN_UNSUPPORTED_FORMAT = 6, /* a format gongwen does not read (.doc, an encrypted .docx) */
  GONGWEN_INTERNAL = 7,           /* a bug in gongwen; please report it */
  GONGWEN_OUT_OF_MEMORY = 8
} gongwen_status;

/* Flags for gongwen_options_set_flag. */
typedef enum gongwen_flag {
  GONGWEN_FLAG_LENIENT = 1,       /* undecodable bytes become U+FFFD with a warning, instead of an error */
  GONGWEN_FLAG_KEEP_ORIGINAL = 2, /* DOCX tracked changes: keep deleted text, drop inserted text */
  GONGWEN_FLAG_PRETTY = 3,        /* indent the JSON by two spaces */
  GONGWEN_FLAG_NO_BLOCKS = 4,     /* leave the per-paragraph "blocks" array out of the JSON */
  GONGWEN_FLAG_NO_LAYOUT = 5,     /* validation: do not run the DOCX layout rules */
  GONGWEN_FLAG_TOKENS = 6         /* add each task's "tokens" and "keywords" to the JSON (word segmentation) */
} gongwen_flag;

typedef struct gongwen_options gongwen_options;
typedef struct gongwen_document gongwen_document;
typedef struct gongwen_error gongwen_error;

/* ---- version ---------------------------------------------------------- */

/* The library's version, "MAJOR.MINOR.PATCH", of the library actually loaded. */
GONGWEN_EXPORT const char *gongwen_version(void);
/* The same as MAJOR * 10000 + MINOR * 100 + PATCH. */
GONGWEN_EXPORT uint32_t gongwen_version_number(void);
/* GONGWEN_C_API_VERSION of the library actually loaded. */
GONGWEN_EXPORT int gongwen_c_api_version(void);
/* The version of the JSON schema the output follows ("1.2", say). */
GONGWEN_EXPORT const char *gongwen_schema_version(void);
/* A stable lower-case name of a status ("invalid-encoding"); "unknown" for any other number. An int, not a
 * gongwen_status: a number no status has (one from a newer library, say) may be asked of it, and C++, which
 * the library is written in, leaves an enum holding a value outside its enumerators' range undefined. */
GONGWEN_EXPORT const char *gongwen_status_name(int status);

/* ---- errors ----------------------------------------------------------- */

GONGWEN_EXPORT gongwen_status gongwen_error_code(const gongwen_error *error);
/* "FILE:LINE:COL: message", with the parts that are unknown left out. */
GONGWEN_EXPORT const char *gongwen_error_message(const gongwen_error *error);
/* The file named by the error ("" when none), and the position in it: 1-based
 * line and column (0 when unknown) and the byte offset (-1 when unknown). */
GONGWEN_EXPORT const char *gongwen_error_file(const gongwen_error *error);
GONGWEN_EXPORT uint32_t gongwen_error_line(const gongwen_error *error);
GONGWEN_EXPORT uint32_t gongwen_error_column(const gongwen_error *error);
GONGWEN_EXPORT int64_t gongwen_error_offset(const gongwen_error *error);
GONGWEN_EXPORT void gongwen_error_free(gongwen_error *error);

/* ---- options ---------------------------------------------------------- */

GONGWEN_EXPORT gongwen_status gongwen_options_new(gongwen_options **options, gongwen_error **error);
GONGWEN_EXPORT void gongwen_options_free(gongwen_options *options);
/* Turns a flag (a gongwen_flag) on (on != 0) or off; GONGWEN_INVALID_ARGUMENT for a number no flag has. An
 * int, as in gongwen_status_name: C++ leaves an enum holding a value outside its range undefined. */
GONGWEN_EXPORT gongwen_status gongwen_options_set_flag(gongwen_options *options, int flag, int on,
                                                       gongwen_error **error);
/* Decode text input with this encoding ("GB18030", "UTF-16LE", any name ICU
 * knows) instead of detecting it; NULL or "" detects again. */
GONGWEN_EXPORT gongwen_status gongwen_options_set_encoding(gongwen_options *options, const char *encoding,
                                                           gongwen_error **error);
/* Inputs larger than this many bytes fail with GONGWEN_TOO_LARGE (default 512 MiB). */
GONGWEN_EXPORT gongwen_status gongwen_options_set_max_bytes(gongwen_options *options, uint64_t max_bytes,
                                                            gongwen_error **error);
/* Validation rules from a configuration in the .gongwen.json format (see
 * docs/rules.md): {"enable": [...], "disable": [...], "severity": {...}}.
 * `name` names it in error messages and may be NULL. */
GONGWEN_EXPORT gongwen_status gongwen_options_set_validate_config(gongwen_options *options, const char *json,
                                                                  size_t size, const char *name,
                                                                  gongwen_error **error);

/* ---- documents -------------------------------------------------------- */

/* Reads and extracts the file at `path` (text in any common encoding, or DOCX;
 * the format is told from the content). `options` may be NULL (defaults). */
GONGWEN_EXPORT gongwen_status gongwen_parse_file(const char *path, const gongwen_options *options,
                                                 gongwen_document **document, gongwen_error **error);
/* The same for `size` bytes at `data` (copied; the caller keeps them). `name`
 * is the name the output and error messages give the input; it may be NULL. */
GONGWEN_EXPORT gongwen_status gongwen_parse_memory(const void *data, size_t size, const char *name,
                                                   const gongwen_options *options,
                                                   gongwen_document **document, gongwen_error **error);
/* The document as JSON (docs/schema/gongwen.schema.json), with the options the
 * document was parsed with. */
GONGWEN_EXPORT gongwen_status gongwen_document_json(gongwen_document *document, const char **json,
                                                    size_t *size, gongwen_error **error);
/* The findings of `gongwen validate` for this document, as the same JSON report
 * `gongwen validate --format json` writes. */
GONGWEN_EXPORT gongwen_status gongwen_document_validate(gongwen_document *document, const char **json,
                                                        size_t *size, gongwen_error **error);
/* How many tasks were found (0 for a NULL document). */
GONGWEN_EXPORT size_t gongwen_document_task_count(const gongwen_document *document);
GONGWEN_EXPORT void gongwen_document_free(gongwen_document *document);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGWEN_C_API_H_ */
