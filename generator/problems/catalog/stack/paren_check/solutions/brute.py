"""Obviously correct: delete "()" pairs until none is left."""
import sys

s = sys.stdin.readline().strip()
while "()" in s:
    s = s.replace("()", "")
print("YES" if s == "" else "NO")
