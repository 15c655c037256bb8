"""Too slow: removes one adjacent matching pair at a time, rescanning from the start."""
import sys

data = sys.stdin.read().split()
out = []
for s in data[1:1 + int(data[0])]:
    chars = list(s)
    found = True
    while found:
        found = False
        for i in range(len(chars) - 1):
            if chars[i] + chars[i + 1] in ("()", "[]", "{}"):
                del chars[i:i + 2]
                found = True
                break
    out.append("YES" if not chars else "NO")
sys.stdout.write("\n".join(out) + "\n")
