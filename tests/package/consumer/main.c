/* Prints "<version> <tasks>" for the notice named on the command line, through the C interface. */
#include <stdio.h>

#include <gongwen/c_api.h>

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  gongwen_document *doc = NULL;
  gongwen_error *err = NULL;
  if (gongwen_parse_file(argv[1], NULL, &doc, &err) != GONGWEN_OK) {
    fprintf(stderr, "%s\n", gongwen_error_message(err));
    gongwen_error_free(err);
    return 1;
  }
  printf("%s %zu\n", gongwen_version(), gongwen_document_task_count(doc));
  gongwen_document_free(doc);
  return 0;
}
