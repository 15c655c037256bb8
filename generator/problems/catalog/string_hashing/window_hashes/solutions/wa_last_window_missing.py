"""Wrong: the slide stops one step early, so the last window is never printed."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    s = data[0]
    k, b, m = int(data[1]), int(data[2]), int(data[3])
    codes = [ch - 96 for ch in s]  # 'a' -> 1 ... 'z' -> 26
    top = pow(b, k - 1, m)  # weight of the window's first letter
    h = 0
    for c in codes[:k]:
        h = (h * b + c) % m
    out = [h]
    for i in range(k, len(codes) - 1):
        h = ((h - codes[i - k] * top) * b + codes[i]) % m
        out.append(h)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
