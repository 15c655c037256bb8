"""Wrong: only compares the numbers of opening and closing brackets."""
import sys

s = sys.stdin.readline().strip()
print("YES" if s.count("(") == s.count(")") else "NO")
