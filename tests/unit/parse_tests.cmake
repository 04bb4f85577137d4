# Tests of the lexer and parser (compiler/lex, compiler/parse), included by
# tests/unit/CMakeLists.txt. The differential tests against CPython are in
# tests/parity/parser/.
add_executable(parse_tests lex_test.cpp parse_test.cpp)
target_link_libraries(parse_tests PRIVATE ingot_parse GTest::gtest_main)
ingot_strict(parse_tests)
gtest_discover_tests(parse_tests DISCOVERY_MODE PRE_TEST)
