"""Obviously correct: a plain list of (level, arrival, name); each call scans it for the best one."""
import sys

lines = sys.stdin.read().split("\n")
waiting = []
out = []
for arrival in range(1, int(lines[0]) + 1):
    parts = lines[arrival].split()
    if parts[0] == "+":
        waiting.append((int(parts[2]), arrival, parts[1]))
    elif not waiting:
        out.append("EMPTY")
    else:
        best = 0
        for i in range(1, len(waiting)):
            if waiting[i][0] > waiting[best][0] or (waiting[i][0] == waiting[best][0] and waiting[i][1] < waiting[best][1]):
                best = i
        out.append(waiting.pop(best)[2])
print("\n".join(out))
