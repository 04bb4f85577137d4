# Tests of the compiler's middle: types, the op library, type propagation, diagnostics.
add_executable(compiler_tests compiler_types_test.cpp compiler_check_test.cpp)
target_link_libraries(compiler_tests PRIVATE ingot_types ingot_ir ingot_resolve ingot_parse
                                             ingot_diagnostics GTest::gtest_main)
ingot_strict(compiler_tests)
gtest_discover_tests(compiler_tests DISCOVERY_MODE PRE_TEST)
