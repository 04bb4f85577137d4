# Tests of the C ABI (runtime/abi), included by tests/unit/CMakeLists.txt.

# Hand-written stand-ins for generated code, each linked into an artifact exactly as
# `ingot compile` links one: they let the ABI, `ingot run` and the clients be tested
# without the compiler. Written to <build>/tests/artifacts/abi_<name>.so.
foreach(name greet add kitchen)
  add_library(abi_${name} SHARED abi_artifacts/${name}.cpp)
  ingot_artifact_link_options(abi_${name})
  set_target_properties(abi_${name} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/artifacts)
  ingot_strict(abi_${name})
endforeach()

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
add_dependencies(abi_artifact_tests abi_greet abi_add abi_kitchen)
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
add_dependencies(abi_cli_tests abi_cli abi_greet abi_add)
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
