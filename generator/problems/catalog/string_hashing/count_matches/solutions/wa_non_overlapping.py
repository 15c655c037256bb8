"""Wrong: counts non-overlapping occurrences only (str.count skips past each match)."""
import sys

t, p = sys.stdin.read().split()
print(t.count(p))
