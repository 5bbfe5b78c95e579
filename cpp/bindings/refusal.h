// Refusals cross the wasm boundary as values. Neither a C++ exception nor a JS Error may unwind
// through a binding: either skips the C++ destructors of the call and leaks wasm stack, converted
// arguments and handles (thousands of refusals later every call traps). So a binding that
// refuses records the message here and returns normally with a neutral value; the JS wrapper
// (web/src/engine/refusal.js) calls takeRefusal() after every call that can refuse and throws
// the message as an Error on the JS side, where nothing leaks.
#ifndef DESCENT_BINDINGS_REFUSAL_H_
#define DESCENT_BINDINGS_REFUSAL_H_

#include <emscripten/val.h>

#include <string>

namespace descent::bindings {

// Records `message` when it is not empty; true when it did (the call refuses).
bool Refused(const std::string& message);

// The message of the last refused call, cleared on reading; undefined when none.
emscripten::val TakeRefusal();

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_REFUSAL_H_
