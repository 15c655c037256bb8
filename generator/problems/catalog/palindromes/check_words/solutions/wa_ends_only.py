"""Wrong: checks only that the first and last letters match, ignoring case."""
import sys

lines = sys.stdin.read().split()
out = []
for word in lines[1:1 + int(lines[0])]:
    folded = word.lower()
    out.append("YES" if folded[0] == folded[-1] else "NO")
print("\n".join(out))
