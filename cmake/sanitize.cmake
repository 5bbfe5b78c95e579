# Robustness builds (docs/robustness.md), native and clang only; the normal builds never load
# this file.
#   DESCENT_SANITIZE  the core and the GoogleTest suite under AddressSanitizer and UBSan, every
#                     finding fatal; Eigen's and libstdc++'s own bounds assertions stay on
#                     (no NDEBUG) to catch an index that is wrong but inside an allocation.
#   DESCENT_FUZZ      the same, plus libFuzzer's coverage instrumentation on the core and the
#                     targets of cpp/fuzz.
# Configure with CXX=clang++-14; scripts/fuzz.mjs and scripts/test.mjs do (build/sanitize and
# build/fuzz).
if(EMSCRIPTEN)
  message(FATAL_ERROR "DESCENT_SANITIZE and DESCENT_FUZZ are native builds, not wasm ones.")
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR
    "DESCENT_SANITIZE / DESCENT_FUZZ need clang (libFuzzer, one runtime for ASan and UBSan): "
    "configure with CXX=clang++-14 in a fresh build directory.")
endif()

set(DESCENT_SANITIZER_FLAGS
  -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
# -O1 after the build type's flags: fast enough to run the whole suite, still exact stacks.
add_compile_options(${DESCENT_SANITIZER_FLAGS} -O1 -U NDEBUG -D_GLIBCXX_ASSERTIONS)
add_link_options(${DESCENT_SANITIZER_FLAGS})
if(DESCENT_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
