# Tests of the runtime core (runtime/core), included by tests/unit/CMakeLists.txt.

file(GLOB rt_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/rt_*_test.cpp)
add_executable(rt_tests ${rt_test_sources})
find_package(Threads REQUIRED)
target_link_libraries(rt_tests PRIVATE ingot_rt_core GTest::gtest_main Threads::Threads)
ingot_strict(rt_tests)
gtest_discover_tests(rt_tests DISCOVERY_MODE PRE_TEST)

# The C++ side of the CPython parity tests in tests/parity/runtime: CPython computes the
# expected answers at test time for large generated input sets and the driver must agree.
add_executable(rt_parity_driver ${PROJECT_SOURCE_DIR}/tests/parity/runtime/rt_parity_driver.cpp)
target_link_libraries(rt_parity_driver PRIVATE ingot_rt_core)
set_target_properties(rt_parity_driver PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/parity)
ingot_strict(rt_parity_driver)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME rt_parity
    COMMAND ${Python3_EXECUTABLE} -m pytest -q ${PROJECT_SOURCE_DIR}/tests/parity/runtime
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(rt_parity PROPERTIES ENVIRONMENT "INGOT_BUILD=${PROJECT_BINARY_DIR}")
endif()
