"""Too slow: tries the distinct days in increasing order and runs the check for each (linear search on the answer)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
b = list(map(int, data[3:3 + n]))


def groups(day):
    runs = "".join(["1" if v <= day else "0" for v in b]).split("0")
    return sum(len(r) // k for r in runs)


if m * k > n:
    print(-1)
else:
    for day in sorted(set(b)):
        if groups(day) >= m:
            print(day)
            break
