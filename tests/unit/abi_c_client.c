/* A C program using an artifact through include/ingot/ingot.h: the header is plain C, and
 * the whole call sequence works from C. Linked against abi_greet.so; exits 0 when every
 * check holds and prints what failed otherwise. */
#include <stdio.h>
#include <string.h>

#include "include/ingot/ingot.h"

static int failures = 0;

static void check(int ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "abi_c_client: %s\n", what);
    ++failures;
  }
}

int main(void) {
  ingot_instance* greet = NULL;
  ingot_error* error = NULL;
  ingot_value* args;
  ingot_value* result = NULL;
  ingot_call_stats stats;
  size_t size = 0;
  const char* text;

  check(ingot_abi_version() == INGOT_ABI_VERSION, "ABI version");
  check(strncmp(ingot_signature(), "{\"name\": \"greet\"", 16) == 0, "signature");
  check(ingot_instance_create(&greet, &error) == INGOT_OK, "instance");

  args = ingot_value_dict();
  ingot_value_dict_set(args, ingot_value_str("name", 4, NULL), ingot_value_str("C", 1, NULL), NULL);
  ingot_value_dict_set(args, ingot_value_str("times", 5, NULL), ingot_value_int(2), NULL);
  check(ingot_call(greet, args, &result, &stats, &error) == INGOT_OK, "call");
  text = ingot_value_as_str(result, &size);
  check(text != NULL && strcmp(text, "Hello, C! Hello, C!") == 0 && size == 19, "result");
  ingot_value_free(result);

  ingot_value_dict_set(args, ingot_value_str("times", 5, NULL), ingot_value_int(-1), NULL);
  check(ingot_call(greet, args, &result, NULL, &error) == INGOT_ERROR, "raises");
  check(result == NULL, "no result after an error");
  check(strcmp(ingot_error_kind(error), "ValueError") == 0, "error kind");
  check(strcmp(ingot_error_message(error), "times must be >= 0, not -1") == 0, "error message");
  check(strcmp(ingot_error_ancestor(error, 1), "Exception") == 0, "error ancestry");
  ingot_error_free(error);

  ingot_value_free(args);
  ingot_instance_free(greet);
  if (failures == 0) printf("abi_c_client: all checks hold\n");
  return failures == 0 ? 0 : 1;
}
