# Native build: the GoogleTest suite under ctest, and the native benchmarks.
find_package(GTest REQUIRED)
include(GoogleTest)

add_executable(core_tests ${DESCENT_TEST_SOURCES})
target_link_libraries(core_tests PRIVATE descent_core GTest::gtest GTest::gtest_main)
gtest_discover_tests(core_tests DISCOVERY_TIMEOUT 60)

file(GLOB DESCENT_NATIVE_BENCH CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/bench/native/*.cc)
if(DESCENT_NATIVE_BENCH)
  add_executable(bench_native ${DESCENT_NATIVE_BENCH})
  target_link_libraries(bench_native PRIVATE descent_core)
endif()

# The grid's float loops (clamps and a division per cell) vectorise in g++ only when it may
# assume floating-point operations do not trap; results are unchanged. Clang (em++) vectorises
# them as they are.
set_source_files_properties(${CMAKE_SOURCE_DIR}/cpp/core/net/network_grid.cc
                            PROPERTIES COMPILE_OPTIONS -fno-trapping-math)
