"""Wrong: equal numbers of '(' and ')', a '(' first and a ')' last; misses a ')(' in the middle."""
import sys

s = sys.stdin.readline().strip()
print("YES" if s.count("(") == s.count(")") and s[0] == "(" and s[-1] == ")" else "NO")
