"""Obviously correct: a list of 60 booleans; the code is summed from it when asked."""
import sys

lines = sys.stdin.read().split("\n")
q = int(lines[0])
switches = [False] * 60
out = []
for line in lines[1:1 + q]:
    parts = line.split()
    if parts[0] == "code":
        out.append(sum(2 ** k for k in range(60) if switches[k]))
        continue
    k = int(parts[1])
    if parts[0] == "on":
        switches[k] = True
    elif parts[0] == "off":
        switches[k] = False
    elif parts[0] == "flip":
        switches[k] = not switches[k]
    else:
        out.append(1 if switches[k] else 0)
print("\n".join(map(str, out)))
