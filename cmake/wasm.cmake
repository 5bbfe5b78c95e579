# WebAssembly build with Emscripten 3.1.6.
#   descent_core_wasm -> web/src/engine/generated/descent-core.{js,wasm}: one ES6 artifact that
#                        serves the browser and the Node tests (TOOLCHAIN.md pitfall 3)
#   core_tests_wasm   -> the GoogleTest suite as a plain-Node program, run by ctest
# -flto: link-time optimisation across the core and the bindings drops what no binding reaches
# (147.7 -> 143.7 KB gzip for the wasm) with unchanged bench figures.
set(DESCENT_WASM_FLAGS -O3 -msimd128 -flto)
target_compile_options(descent_core PRIVATE ${DESCENT_WASM_FLAGS})

set(DESCENT_GENERATED_DIR ${CMAKE_SOURCE_DIR}/web/src/engine/generated)
file(GLOB DESCENT_BINDING_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/cpp/bindings/*.cpp)
add_executable(descent_core_wasm ${DESCENT_BINDING_SOURCES})
target_compile_options(descent_core_wasm PRIVATE ${DESCENT_WASM_FLAGS})
target_link_libraries(descent_core_wasm PRIVATE descent_core)
target_link_options(descent_core_wasm PRIVATE
  ${DESCENT_WASM_FLAGS} --bind
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createDescentCore
  -sENVIRONMENT=web,worker -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0
  # Load size: emmalloc (the core allocates its buffers up front, so dlmalloc's speed buys
  # nothing measurable), no assertions / eval / longjmp support in the glue, TextDecoder assumed,
  # and only the Module options that web/src/engine/load-*.js pass: 164.4 -> 160.7 KB gzip with
  # unchanged bench figures. (-Oz at link time would save 7 KB more but costs ~20% on training.)
  -sMALLOC=emmalloc -sASSERTIONS=0 -sDYNAMIC_EXECUTION=0 -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2
  "-sINCOMING_MODULE_JS_API=[locateFile,wasmBinary,instantiateWasm,print,printErr,onAbort]")
# The Closure Compiler minifies the glue (13.3 -> 9.0 KB gzip). Debian's Emscripten has none, so
# the npm one (node_modules, installed by `npm ci`) is used unless EM_CLOSURE_COMPILER names
# another. Its path is fixed here and handed to the link itself, so that a build started from any
# shell minifies alike; a missing compiler stops the configure instead of linking unminified glue.
option(DESCENT_MINIFY_GLUE "Minify the module's JS glue with the Closure Compiler" ON)
if(DESCENT_MINIFY_GLUE)
  if(DEFINED ENV{EM_CLOSURE_COMPILER})
    set(DESCENT_CLOSURE_COMPILER "$ENV{EM_CLOSURE_COMPILER}")
  else()
    set(DESCENT_CLOSURE_COMPILER "${CMAKE_SOURCE_DIR}/node_modules/.bin/google-closure-compiler")
  endif()
  if(NOT EXISTS "${DESCENT_CLOSURE_COMPILER}")
    message(FATAL_ERROR
      "No Closure Compiler at ${DESCENT_CLOSURE_COMPILER}: the module's glue would not be "
      "minified. Run `npm ci` first (or set EM_CLOSURE_COMPILER to one), or configure with "
      "-DDESCENT_MINIFY_GLUE=OFF for an unminified build.")
  endif()
  target_link_options(descent_core_wasm PRIVATE --closure 1)
  set_target_properties(descent_core_wasm PROPERTIES RULE_LAUNCH_LINK
    "${CMAKE_COMMAND} -E env EM_CLOSURE_COMPILER=${DESCENT_CLOSURE_COMPILER}")
endif()
set_target_properties(descent_core_wasm PROPERTIES
  OUTPUT_NAME descent-core SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${DESCENT_GENERATED_DIR})
# The module's declarations next to it (cmake/descent-core-generated.d.ts says why).
add_custom_command(TARGET descent_core_wasm POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different
    ${CMAKE_SOURCE_DIR}/cmake/descent-core-generated.d.ts
    ${DESCENT_GENERATED_DIR}/descent-core.d.ts)

# GoogleTest compiled from source for wasm (Debian ships the sources).
set(GTEST_SRC /usr/src/googletest/googletest)
add_library(gtest_wasm STATIC ${GTEST_SRC}/src/gtest-all.cc ${GTEST_SRC}/src/gtest_main.cc)
target_include_directories(gtest_wasm PUBLIC ${GTEST_SRC}/include ${GTEST_SRC})
target_compile_options(gtest_wasm PRIVATE -O1)
add_executable(core_tests_wasm ${DESCENT_TEST_SOURCES})
target_compile_options(core_tests_wasm PRIVATE -O2)
target_link_libraries(core_tests_wasm PRIVATE descent_core gtest_wasm)
target_link_options(core_tests_wasm PRIVATE -O2 -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0
  -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1 -sEXIT_RUNTIME=1)
add_test(NAME core_tests_wasm COMMAND core_tests_wasm)
# The repository's package.json says "type": "module"; this CommonJS test program needs its own.
file(WRITE ${CMAKE_BINARY_DIR}/package.json "{ \"type\": \"commonjs\" }\n")

# The benchmark harness (bench/native/*.cc, the same sources as the native bench_native) as a
# plain-Node program, so that `npm run bench` compares the same C++ natively and in wasm.
file(GLOB DESCENT_WASM_BENCH CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/bench/native/*.cc)
if(DESCENT_WASM_BENCH)
  add_executable(bench_wasm ${DESCENT_WASM_BENCH})
  target_compile_options(bench_wasm PRIVATE ${DESCENT_WASM_FLAGS})
  target_link_libraries(bench_wasm PRIVATE descent_core)
  target_link_options(bench_wasm PRIVATE ${DESCENT_WASM_FLAGS} -sENVIRONMENT=node
    -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1 -sEXIT_RUNTIME=1)
endif()
