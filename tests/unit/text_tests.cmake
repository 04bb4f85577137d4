# Tests of the tokenizers runtime (runtime/text), included by tests/unit/CMakeLists.txt.

# Error paths: malformed tokenizer.json, unknown components, bad input.
add_executable(text_tests text_tokenizer_test.cpp)
target_link_libraries(text_tests PRIVATE ingot_rt_text GTest::gtest_main)
ingot_strict(text_tests)
gtest_discover_tests(text_tests DISCOVERY_MODE PRE_TEST)

# The parity driver tests/parity/tokenizers runs against Hugging Face `tokenizers`.
add_executable(tok_parity_driver ${PROJECT_SOURCE_DIR}/tests/parity/tokenizers/tok_parity_driver.cpp)
target_link_libraries(tok_parity_driver PRIVATE ingot_rt_text)
set_target_properties(tok_parity_driver PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/parity)
ingot_strict(tok_parity_driver)
