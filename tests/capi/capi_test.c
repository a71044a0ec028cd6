/* The C interface, from C: parse from a path and from memory, JSON, validation,
 * errors with code and position, options, and separate handles on separate
 * threads sharing one gongwen_options. Run as: capi_test SOURCE_DIR */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gongwen/c_api.h"

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

static char source_dir[4096];

static char *path_of(const char *relative) {
  static char buffer[8192];
  snprintf(buffer, sizeof buffer, "%s/%s", source_dir, relative);
  return buffer;
}

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  *size = fread(data, 1, (size_t)n, f);
  fclose(f);
  return data;
}

static void test_version(void) {
  CHECK(strcmp(gongwen_version(), GONGWEN_EXPECTED_VERSION) == 0);
  CHECK(gongwen_c_api_version() == GONGWEN_C_API_VERSION);
  unsigned major = 0, minor = 0, patch = 0;
  CHECK(sscanf(gongwen_version(), "%u.%u.%u", &major, &minor, &patch) == 3);
  CHECK(gongwen_version_number() == major * 10000 + minor * 100 + patch);
  CHECK(strlen(gongwen_schema_version()) > 0);
  CHECK(strcmp(gongwen_status_name(GONGWEN_INVALID_ENCODING), "invalid-encoding") == 0);
  CHECK(strcmp(gongwen_status_name(GONGWEN_OUT_OF_MEMORY), "out-of-memory") == 0);
  CHECK(strcmp(gongwen_status_name(99), "unknown") == 0);
  CHECK(strcmp(gongwen_status_name(-1), "unknown") == 0);
}

#define SAMPLE "corpus/guxian-2023-gzbg-fengong.txt"

static void test_file_and_memory(void) {
  gongwen_document *doc = NULL;
  gongwen_error *err = (gongwen_error *)1; /* must be reset to NULL on success */
  CHECK(gongwen_parse_file(path_of(SAMPLE), NULL, &doc, &err) == GONGWEN_OK);
  CHECK(err == NULL);
  CHECK(gongwen_document_task_count(doc) == 251);
  const char *json = NULL;
  size_t size = 0;
  CHECK(gongwen_document_json(doc, &json, &size, NULL) == GONGWEN_OK);
  CHECK(size > 1000 && strlen(json) == size);
  CHECK(strncmp(json, "{\"schema_version\":\"", 19) == 0);
  CHECK(strstr(json, "\"tasks\":[") != NULL);
  /* The same pointer the second time: made once, owned by the handle. */
  const char *again = NULL;
  CHECK(gongwen_document_json(doc, &again, NULL, NULL) == GONGWEN_OK && again == json);

  size_t n = 0;
  char *bytes = read_all(path_of(SAMPLE), &n);
  CHECK(bytes != NULL);
  gongwen_document *from_memory = NULL;
  CHECK(gongwen_parse_memory(bytes, n, path_of(SAMPLE), NULL, &from_memory, NULL) == GONGWEN_OK);
  const char *json2 = NULL;
  size_t size2 = 0;
  CHECK(gongwen_document_json(from_memory, &json2, &size2, NULL) == GONGWEN_OK);
  CHECK(size2 == size && memcmp(json, json2, size) == 0);
  free(bytes);
  gongwen_document_free(from_memory);

  const char *report = NULL;
  size_t report_size = 0;
  CHECK(gongwen_document_validate(doc, &report, &report_size, NULL) == GONGWEN_OK);
  CHECK(strstr(report, "\"diagnostics\":[") != NULL);
  CHECK(strstr(report, "GW-PUNCT-HALFWIDTH") != NULL);
  gongwen_document_free(doc);
}

static void test_docx(void) {
  gongwen_document *doc = NULL;
  CHECK(gongwen_parse_file(path_of("corpus/docx/sample-numbered.docx"), NULL, &doc, NULL) == GONGWEN_OK);
  CHECK(gongwen_document_task_count(doc) == 251);
  gongwen_document_free(doc);
  /* "generator" records the options that can change this input's result, as the tool does: an
     encoding and --lenient for a text, not for a DOCX. */
  gongwen_options *options = NULL;
  CHECK(gongwen_options_new(&options, NULL) == GONGWEN_OK);
  CHECK(gongwen_options_set_encoding(options, "GB18030", NULL) == GONGWEN_OK);
  CHECK(gongwen_options_set_flag(options, GONGWEN_FLAG_LENIENT, 1, NULL) == GONGWEN_OK);
  CHECK(gongwen_options_set_flag(options, GONGWEN_FLAG_KEEP_ORIGINAL, 1, NULL) == GONGWEN_OK);
  const char *json = NULL;
  CHECK(gongwen_parse_file(path_of("corpus/docx/sample-numbered.docx"), options, &doc, NULL) == GONGWEN_OK);
  CHECK(gongwen_document_json(doc, &json, NULL, NULL) == GONGWEN_OK);
  CHECK(strstr(json, " (--keep-original)\",") != NULL);
  gongwen_document_free(doc);
  const char text[] = "关于印发\n";
  CHECK(gongwen_parse_memory(text, sizeof text - 1, "n.txt", options, &doc, NULL) == GONGWEN_OK);
  CHECK(gongwen_document_json(doc, &json, NULL, NULL) == GONGWEN_OK);
  CHECK(strstr(json, " (--encoding GB18030 --lenient)\",") != NULL);
  gongwen_document_free(doc);
  gongwen_options_free(options);
}

static void test_errors(void) {
  gongwen_document *doc = (gongwen_document *)1;
  gongwen_error *err = NULL;
  CHECK(gongwen_parse_file("/no/such/notice.txt", NULL, &doc, &err) == GONGWEN_NOT_FOUND);
  CHECK(doc == NULL);
  CHECK(gongwen_error_code(err) == GONGWEN_NOT_FOUND);
  CHECK(strcmp(gongwen_error_file(err), "/no/such/notice.txt") == 0);
  CHECK(strstr(gongwen_error_message(err), "/no/such/notice.txt") != NULL);
  gongwen_error_free(err);

  /* Invalid UTF-8 on line 2: the error gives line, column and byte offset. */
  const char bad[] = "关于印发\n任务\xff\xfe分工\n";
  gongwen_options *options = NULL;
  CHECK(gongwen_options_new(&options, NULL) == GONGWEN_OK);
  CHECK(gongwen_options_set_encoding(options, "UTF-8", NULL) == GONGWEN_OK);
  CHECK(gongwen_parse_memory(bad, sizeof bad - 1, "bad.txt", options, &doc, &err) ==
        GONGWEN_INVALID_ENCODING);
  CHECK(strcmp(gongwen_error_file(err), "bad.txt") == 0);
  CHECK(gongwen_error_line(err) == 2);
  CHECK(gongwen_error_column(err) == 3);
  CHECK(gongwen_error_offset(err) == 19);
  gongwen_error_free(err);
  /* Lenient: the same bytes are read, with U+FFFD and a warning. */
  CHECK(gongwen_options_set_flag(options, GONGWEN_FLAG_LENIENT, 1, NULL) == GONGWEN_OK);
  CHECK(gongwen_parse_memory(bad, sizeof bad - 1, "bad.txt", options, &doc, NULL) == GONGWEN_OK);
  const char *json = NULL;
  CHECK(gongwen_document_json(doc, &json, NULL, NULL) == GONGWEN_OK);
  CHECK(strstr(json, "GW-SOURCE-INVALID-BYTES") != NULL);
  gongwen_document_free(doc);

  CHECK(gongwen_options_set_encoding(options, "no-such-encoding", NULL) == GONGWEN_OK);
  CHECK(gongwen_parse_memory("x", 1, NULL, options, &doc, &err) == GONGWEN_INVALID_ARGUMENT);
  CHECK(strstr(gongwen_error_message(err), "no-such-encoding") != NULL);
  gongwen_error_free(err);
  CHECK(gongwen_options_set_encoding(options, NULL, NULL) == GONGWEN_OK);

  CHECK(gongwen_options_set_max_bytes(options, 4, NULL) == GONGWEN_OK);
  CHECK(gongwen_parse_memory("12345", 5, "big.txt", options, &doc, &err) == GONGWEN_TOO_LARGE);
  CHECK(strstr(gongwen_error_message(err), "big.txt") != NULL);
  gongwen_error_free(err);
  CHECK(gongwen_options_set_max_bytes(options, 0, NULL) == GONGWEN_INVALID_ARGUMENT);
  CHECK(gongwen_options_set_flag(options, 42, 1, NULL) == GONGWEN_INVALID_ARGUMENT);

  /* A .doc (OLE) is refused. */
  const char ole[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest";
  CHECK(gongwen_options_set_max_bytes(options, 1 << 20, NULL) == GONGWEN_OK);
  CHECK(gongwen_parse_memory(ole, sizeof ole - 1, "old.doc", options, &doc, NULL) ==
        GONGWEN_UNSUPPORTED_FORMAT);
  gongwen_options_free(options);

  /* NULL where a handle is needed: an error, never a crash. */
  CHECK(gongwen_parse_file(NULL, NULL, &doc, NULL) == GONGWEN_INVALID_ARGUMENT);
  CHECK(gongwen_parse_file(path_of(SAMPLE), NULL, NULL, NULL) == GONGWEN_INVALID_ARGUMENT);
  CHECK(gongwen_parse_memory(NULL, 3, NULL, NULL, &doc, NULL) == GONGWEN_INVALID_ARGUMENT);
  CHECK(gongwen_document_json(NULL, &json, NULL, &err) == GONGWEN_INVALID_ARGUMENT);
  CHECK(strstr(gongwen_error_message(err), "document") != NULL);
  gongwen_error_free(err);
  CHECK(gongwen_options_new(NULL, NULL) == GONGWEN_INVALID_ARGUMENT);
  CHECK(gongwen_document_task_count(NULL) == 0);
  CHECK(gongwen_error_code(NULL) == GONGWEN_OK);
  gongwen_document_free(NULL);
  gongwen_options_free(NULL);
  gongwen_error_free(NULL);

  /* An empty input is a document with no tasks, not an error. */
  CHECK(gongwen_parse_memory(NULL, 0, "empty.txt", NULL, &doc, NULL) == GONGWEN_OK);
  CHECK(gongwen_document_task_count(doc) == 0);
  gongwen_document_free(doc);
}

static void test_validate_config(void) {
  gongwen_options *options = NULL;
  gongwen_error *err = NULL;
  CHECK(gongwen_options_new(&options, NULL) == GONGWEN_OK);
  const char config[] = "{\"disable\": [\"GW-PUNCT-HALFWIDTH\"]}";
  CHECK(gongwen_options_set_validate_config(options, config, sizeof config - 1, "cfg.json", NULL) ==
        GONGWEN_OK);
  gongwen_document *doc = NULL;
  CHECK(gongwen_parse_file(path_of(SAMPLE), options, &doc, NULL) == GONGWEN_OK);
  const char *report = NULL;
  CHECK(gongwen_document_validate(doc, &report, NULL, NULL) == GONGWEN_OK);
  CHECK(strstr(report, "GW-PUNCT-HALFWIDTH") == NULL);
  CHECK(strstr(report, "GW-NORM-MARKDOWN-HEADING") != NULL);
  gongwen_document_free(doc);

  const char unknown[] = "{\"disable\": [\"GW-NO-SUCH-RULE\"]}";
  CHECK(gongwen_options_set_validate_config(options, unknown, sizeof unknown - 1, "cfg.json", &err) ==
        GONGWEN_INVALID_ARGUMENT);
  CHECK(strstr(gongwen_error_message(err), "GW-NO-SUCH-RULE") != NULL);
  gongwen_error_free(err);
  const char broken[] = "{\"disable\": [";
  CHECK(gongwen_options_set_validate_config(options, broken, sizeof broken - 1, "cfg.json", &err) !=
        GONGWEN_OK);
  CHECK(strstr(gongwen_error_message(err), "cfg.json") != NULL);
  gongwen_error_free(err);
  gongwen_options_free(options);
}

/* Separate documents on separate threads, one shared options. */
enum { kThreads = 4, kRounds = 3 };
static const gongwen_options *shared_options;
static const char *reference_json;
static size_t reference_size;

static char sample_path[8192]; /* made before the threads start: path_of's buffer is not shared */

static void *parse_repeatedly(void *arg) {
  (void)arg;
  int bad = 0;
  for (int i = 0; i < kRounds; ++i) {
    gongwen_document *doc = NULL;
    if (gongwen_parse_file(sample_path, shared_options, &doc, NULL) != GONGWEN_OK) {
      ++bad;
      continue;
    }
    const char *json = NULL;
    size_t size = 0;
    if (gongwen_document_json(doc, &json, &size, NULL) != GONGWEN_OK || size != reference_size ||
        memcmp(json, reference_json, size) != 0) {
      ++bad;
    }
    gongwen_document_free(doc);
  }
  return (void *)(long)bad;
}

static void test_threads(void) {
  gongwen_options *options = NULL;
  CHECK(gongwen_options_new(&options, NULL) == GONGWEN_OK);
  CHECK(gongwen_options_set_flag(options, GONGWEN_FLAG_NO_BLOCKS, 1, NULL) == GONGWEN_OK);
  /* Segmentation too: every thread's documents get tokens from the shared options. */
  CHECK(gongwen_options_set_flag(options, GONGWEN_FLAG_TOKENS, 1, NULL) == GONGWEN_OK);
  shared_options = options;
  snprintf(sample_path, sizeof sample_path, "%s", path_of(SAMPLE));
  gongwen_document *reference = NULL;
  CHECK(gongwen_parse_file(path_of(SAMPLE), options, &reference, NULL) == GONGWEN_OK);
  CHECK(gongwen_document_json(reference, &reference_json, &reference_size, NULL) == GONGWEN_OK);
  CHECK(strstr(reference_json, "\"blocks\":[{") == NULL);
  CHECK(strstr(reference_json, "\"keywords\":[\"") != NULL);
  /* The options are recorded in "generator" as the tool records them, so that gongwen batch --resume
     does not take this result for one with blocks. */
  CHECK(strstr(reference_json, " (--no-blocks --tokens)\",") != NULL);
  pthread_t threads[kThreads];
  for (int i = 0; i < kThreads; ++i) CHECK(pthread_create(&threads[i], NULL, parse_repeatedly, NULL) == 0);
  for (int i = 0; i < kThreads; ++i) {
    void *bad = NULL;
    pthread_join(threads[i], &bad);
    CHECK(bad == NULL);
  }
  gongwen_document_free(reference);
  gongwen_options_free(options);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: capi_test SOURCE_DIR\n");
    return 2;
  }
  snprintf(source_dir, sizeof source_dir, "%s", argv[1]);
  test_version();
  test_file_and_memory();
  test_docx();
  test_errors();
  test_validate_config();
  test_threads();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("capi_test: all checks passed\n");
  return 0;
}
