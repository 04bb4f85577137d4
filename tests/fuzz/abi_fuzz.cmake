# The ABI's input side under libFuzzer (include()d by tests/fuzz/CMakeLists.txt, which
# sets fuzz_sanitizers and INGOT_FUZZ_SECONDS): JSON arguments into a call of the kitchen
# test function.
add_executable(abi_fuzz abi_fuzz.cpp ${PROJECT_SOURCE_DIR}/tests/unit/abi_artifacts/kitchen.cpp)
target_link_libraries(abi_fuzz PRIVATE ingot_rt_abi)
target_compile_options(abi_fuzz PRIVATE -fsanitize=${fuzz_sanitizers})
target_link_options(abi_fuzz PRIVATE -fsanitize=${fuzz_sanitizers})
ingot_strict(abi_fuzz)

set(abi_seeds ${CMAKE_CURRENT_BINARY_DIR}/abi_seeds)
set(abi_corpus ${CMAKE_CURRENT_BINARY_DIR}/abi_corpus)
file(MAKE_DIRECTORY ${abi_seeds} ${abi_corpus})
file(WRITE ${abi_seeds}/kitchen.json
  "{\"count\": 3, \"ratio\": 0.5, \"flag\": true, \"name\": \"Ada\", \"raw\": null, "
  "\"xs\": [1, 2], \"weights\": {\"w\": 1}, \"tags\": [\"b\"], \"pair\": [7, \"seven\"], "
  "\"maybe\": null, \"either\": \"x\", \"mode\": \"echo\"}")
file(WRITE ${abi_seeds}/scalars.json "[1, -0.0, 1e400, NaN, \"\\u00e9\\ud83d\\ude00\", null]")
add_test(NAME abi_fuzz
  COMMAND abi_fuzz -max_total_time=${INGOT_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
          -max_len=4096 -print_final_stats=1 ${abi_corpus} ${abi_seeds})
set_tests_properties(abi_fuzz PROPERTIES TIMEOUT 600 LABELS fuzz)
