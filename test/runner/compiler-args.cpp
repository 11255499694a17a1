// Arguments after `--` reach the tool and the compile of the fixed file; a
// .cpp file is C++, and the MSVC target of a real driver build works too.
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -- -std=c++17 -DLIMIT=3
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -- -std=c++17 -DLIMIT=3 \
// RUN:   --target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility

#ifndef LIMIT
#error "the compiler arguments did not arrive"
#endif

namespace ndis_test {
constexpr int Limit = LIMIT;

template <typename T> T Clamp(T V) {
  if constexpr (sizeof(T) > 1)
    if (V > Limit)
      return Limit;
  // CHECK-MESSAGES: :[[@LINE-3]]:31: warning: statement should be inside braces
  // CHECK-MESSAGES: :[[@LINE-3]]:19: warning: statement should be inside braces
  // CHECK-FIXES:      {{^}}  if constexpr (sizeof(T) > 1) {{[{]$}}
  // CHECK-FIXES-NEXT: {{^}}    if (V > Limit) {{[{]$}}
  // CHECK-FIXES-NEXT: {{^}}      return Limit;{{$}}
  // CHECK-FIXES-NEXT: {{^}}}{{$}}
  // CHECK-FIXES-NEXT: {{^}}}{{$}}
  return V;
}

int Use() { return Clamp<int>(7); }
} // namespace ndis_test
