# Tests of the C ABI (runtime/abi), included by tests/unit/CMakeLists.txt.

# Hand-written stand-ins for generated code, each linked into an artifact exactly as
# `ingot compile` links one: they let the ABI, `ingot run` and the clients be tested
# without the compiler. Written to <build>/tests/artifacts/abi_<name>.so.
foreach(name greet add kitchen countdown)
  add_library(abi_${name} SHARED abi_artifacts/${name}.cpp)
  ingot_artifact_link_options(abi_${name})
  set_target_properties(abi_${name} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/artifacts)
  ingot_strict(abi_${name})
endforeach()

# Generators through the ABI: the stream artifact, dlopen'd.
add_executable(abi_stream_tests abi_stream_test.cpp)
target_link_libraries(abi_stream_tests PRIVATE GTest::gtest_main ${CMAKE_DL_LIBS})
target_include_directories(abi_stream_tests PRIVATE ${PROJECT_SOURCE_DIR})
target_compile_definitions(abi_stream_tests PRIVATE
  INGOT_TEST_ARTIFACTS="${PROJECT_BINARY_DIR}/tests/artifacts")
add_dependencies(abi_stream_tests abi_countdown abi_greet)
ingot_strict(abi_stream_tests)
gtest_discover_tests(abi_stream_tests DISCOVERY_MODE PRE_TEST)

# In-process tests: the kitchen entry linked straight into the test binary.
add_executable(abi_tests abi_value_test.cpp abi_call_test.cpp abi_artifacts/kitchen.cpp)
target_link_libraries(abi_tests PRIVATE ingot_rt_abi GTest::gtest_main Threads::Threads)
ingot_strict(abi_tests)
gtest_discover_tests(abi_tests DISCOVERY_MODE PRE_TEST)

# The artifacts as a client sees them: dlopen'd, exporting only the ABI, depending on
# nothing but the C library family.
add_executable(abi_artifact_tests abi_artifact_test.cpp)
target_link_libraries(abi_artifact_tests PRIVATE GTest::gtest_main ${CMAKE_DL_LIBS})
target_include_directories(abi_artifact_tests PRIVATE ${PROJECT_SOURCE_DIR})
target_compile_definitions(abi_artifact_tests PRIVATE
  INGOT_TEST_ARTIFACTS="${PROJECT_BINARY_DIR}/tests/artifacts")
add_dependencies(abi_artifact_tests abi_greet abi_add abi_kitchen abi_countdown)
ingot_strict(abi_artifact_tests)
gtest_discover_tests(abi_artifact_tests DISCOVERY_MODE PRE_TEST)
if(INGOT_SANITIZE)
  target_compile_definitions(abi_artifact_tests PRIVATE INGOT_SANITIZED)
endif()

# `ingot run` / `ingot inspect` as processes, through a stand-in for the `ingot` binary.
add_executable(abi_cli abi_cli_main.cpp)
target_link_libraries(abi_cli PRIVATE ingot_driver_run)
ingot_strict(abi_cli)
add_executable(abi_cli_tests abi_cli_test.cpp)
target_link_libraries(abi_cli_tests PRIVATE GTest::gtest_main)
target_compile_definitions(abi_cli_tests PRIVATE
  INGOT_TEST_CLI="$<TARGET_FILE:abi_cli>"
  INGOT_TEST_ARTIFACTS="${PROJECT_BINARY_DIR}/tests/artifacts")
add_dependencies(abi_cli_tests abi_cli abi_greet abi_add abi_countdown)
ingot_strict(abi_cli_tests)
gtest_discover_tests(abi_cli_tests DISCOVERY_MODE PRE_TEST)

# The header as plain C, and an artifact linked like any shared library.
add_executable(abi_c_client abi_c_client.c)
# Linked by the C++ driver: under UBSan the artifact needs the sanitizer's C++ runtime.
set_target_properties(abi_c_client PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
                                              LINKER_LANGUAGE CXX)
target_include_directories(abi_c_client PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(abi_c_client PRIVATE abi_greet)
ingot_strict(abi_c_client)
add_test(NAME abi_c_client COMMAND abi_c_client)

# The ABI's input side under libFuzzer (tests/fuzz/abi_fuzz.cpp): JSON arguments into a
# call of the kitchen test function. Built with clang when INGOT_FUZZ=ON, run as a ctest
# for a bounded time.
if(INGOT_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(abi_fuzz_sanitizers fuzzer)
  if(NOT INGOT_SANITIZE)
    set(abi_fuzz_sanitizers fuzzer,address,undefined)
  endif()
  add_executable(abi_fuzz ${PROJECT_SOURCE_DIR}/tests/fuzz/abi_fuzz.cpp abi_artifacts/kitchen.cpp)
  target_link_libraries(abi_fuzz PRIVATE ingot_rt_abi)
  target_compile_options(abi_fuzz PRIVATE -fsanitize=${abi_fuzz_sanitizers})
  target_link_options(abi_fuzz PRIVATE -fsanitize=${abi_fuzz_sanitizers})
  ingot_strict(abi_fuzz)

  set(abi_seeds ${CMAKE_CURRENT_BINARY_DIR}/abi_fuzz_seeds)
  set(abi_corpus ${CMAKE_CURRENT_BINARY_DIR}/abi_fuzz_corpus)
  file(MAKE_DIRECTORY ${abi_seeds} ${abi_corpus})
  file(WRITE ${abi_seeds}/kitchen.json
    "{\"count\": 3, \"ratio\": 0.5, \"flag\": true, \"name\": \"Ada\", \"xs\": [1, 2], "
    "\"weights\": {\"w\": 1}, \"tags\": [\"b\"], \"pair\": [7, \"seven\"], \"maybe\": null, "
    "\"either\": \"x\", \"mode\": \"echo\"}")
  file(WRITE ${abi_seeds}/scalars.json "[1, -0.0, 1e400, NaN, \"\\u00e9\\ud83d\\ude00\", null]")
  set(INGOT_ABI_FUZZ_SECONDS 30 CACHE STRING "How long the abi_fuzz ctest runs")
  add_test(NAME abi_fuzz
    COMMAND abi_fuzz -max_total_time=${INGOT_ABI_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
            -max_len=4096 -print_final_stats=1 ${abi_corpus} ${abi_seeds})
  set_tests_properties(abi_fuzz PROPERTIES TIMEOUT 300 LABELS fuzz)
endif()
