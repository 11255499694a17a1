int Pick(int A) {
  if (A == 1)
    return 10;
  if (A == 2) // NOLINT(readability-braces-around-statements)
    return 20;
  // NOLINTNEXTLINE(readability-braces-around-statements)
  if (A == 3)
    return 30;
  if (A == 4) // NOLINT(bugprone-branch-clone): names another check, so no effect
    return 40;
  if (A == 5) return 50;
  return 0;
}
