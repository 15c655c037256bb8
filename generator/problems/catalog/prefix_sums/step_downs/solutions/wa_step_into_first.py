"""Wrong: counts the steps x - 1 .. y - 1, including the step into the first item x from the item before it,
which is not part of the run."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = [int(v) for v in data[1:1 + n]]
    prefix = [0] * (n + 1)  # prefix[i] = marks among the steps 1 .. i
    for i in range(1, n):
        prefix[i] = prefix[i - 1] + (values[i - 1] > values[i])
    prefix[n] = prefix[n - 1]
    q = int(data[1 + n])
    out = []
    pos = 2 + n
    for _ in range(q):
        x, y = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(prefix[y - 1] - prefix[max(x - 2, 0)])
    print("\n".join(map(str, out)))


main()
