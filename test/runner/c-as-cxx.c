// A .c file is C unless the compiler arguments say otherwise.
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -check-suffix=CXX -- -x c++ -std=c++17 -DAS_CXX
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -check-suffix=C

#ifdef AS_CXX
static_assert(__cplusplus >= 201703L, "-x c++ -std=c++17 did not arrive");
#else
_Static_assert(__STDC_VERSION__ >= 199901L, "not C");
#endif

int Twice(int A) {
  if (A)
    A *= 2;
  // CHECK-MESSAGES-CXX: :[[@LINE-2]]:9: warning: statement should be inside braces
  // CHECK-MESSAGES-C: :[[@LINE-3]]:9: warning: statement should be inside braces
  // CHECK-FIXES-CXX: {{^}}  if (A) {{[{]$}}
  // CHECK-FIXES-C: {{^}}  if (A) {{[{]$}}
  return A;
}
