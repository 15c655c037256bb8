"""Obviously correct: delete adjacent matching pairs until none is left."""
import sys

data = sys.stdin.read().split()
for s in data[1:1 + int(data[0])]:
    while "()" in s or "[]" in s or "{}" in s:
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    print("YES" if s == "" else "NO")
