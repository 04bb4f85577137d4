/* The floor for bench/client_overhead.py: a direct C call through the ABI.
 *   client_overhead_c ARTIFACT.so ARGS.json CALLS
 * prints the median nanoseconds one ingot_call spends outside the function itself (its
 * wall time less the call's own latency_ns; arguments built once). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "include/ingot/ingot.h"

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static int by_value(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  void* lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) return fprintf(stderr, "%s\n", dlerror()), 1;
  typeof(ingot_instance_create)* create = dlsym(lib, "ingot_instance_create");
  typeof(ingot_call)* call = dlsym(lib, "ingot_call");
  typeof(ingot_value_from_json)* from_json = dlsym(lib, "ingot_value_from_json");
  typeof(ingot_value_free)* value_free = dlsym(lib, "ingot_value_free");
  FILE* f = fopen(argv[2], "rb");
  if (!f) return 1;
  static char text[1 << 20];
  size_t size = fread(text, 1, sizeof text, f);
  fclose(f);
  ingot_instance* instance = NULL;
  if (create(&instance, NULL) != INGOT_OK) return 1;
  ingot_value* args = from_json(text, size, NULL);
  int calls = atoi(argv[3]);
  double* times = malloc(sizeof(double) * calls);
  for (int i = 0; i < calls; ++i) {
    ingot_value* result = NULL;
    ingot_call_stats stats;
    double start = now_ns();
    if (call(instance, args, &result, &stats, NULL) != INGOT_OK) return 1;
    value_free(result);
    times[i] = now_ns() - start - (double)stats.latency_ns;
  }
  qsort(times, calls, sizeof(double), by_value);
  printf("%.0f\n", times[calls / 2]);
  return 0;
}
