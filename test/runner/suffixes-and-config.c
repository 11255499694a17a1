// -check-suffixes picks which CHECK-MESSAGES-*/CHECK-FIXES-* lines count (an
// empty suffix is the plain prefix), and -config reaches the tool: with
// ShortStatementLines: 1 the one-line `if` is no longer reported.
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -check-suffixes=,ONELINE
// RUN: %check_ndis_tidy %s readability-braces-around-statements %t -check-suffix=SHORT \
// RUN:   -config="{CheckOptions: {readability-braces-around-statements.ShortStatementLines: 1}}"

int Pick(int A) {
  if (A == 1)
    return 10;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: statement should be inside braces
  // CHECK-MESSAGES-SHORT: :[[@LINE-3]]:14: warning: statement should be inside braces
  // CHECK-FIXES: {{^}}  if (A == 1) {{[{]$}}
  // CHECK-FIXES-SHORT: {{^}}  if (A == 1) {{[{]$}}
  if (A == 2) return 20;
  // CHECK-MESSAGES-ONELINE: :[[@LINE-1]]:14: warning: statement should be inside braces
  // CHECK-FIXES-ONELINE: {{^}}  if (A == 2) { return 20;{{$}}
  // CHECK-FIXES-SHORT: {{^}}  if (A == 2) return 20;{{$}}
  return 0;
}
