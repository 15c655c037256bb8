"""Reference: build the string left to right with an explicit stack (no recursion). A fixed letter is the only
candidate of its position, a '?' tries A, B, C in order; a candidate equal to the previous character is skipped,
so a branch dies as soon as two neighbours are equal. Completions come out in lexicographic order."""
import sys


def main():
    s = sys.stdin.read().split()[0]
    n = len(s)
    options = ["ABC" if ch == "?" else ch for ch in s]
    built = []
    nxt = [0]  # nxt[i]: index of the next candidate to try at position i
    out = []
    while nxt:
        i = len(nxt) - 1
        if i == n:
            out.append("".join(built))
            nxt.pop()
            built.pop()
            continue
        k = nxt[i]
        while k < len(options[i]) and built and options[i][k] == built[-1]:
            k += 1
        if k == len(options[i]):
            nxt.pop()
            if built:
                built.pop()
            continue
        nxt[i] = k + 1
        built.append(options[i][k])
        nxt.append(0)
    print("\n".join(out))


main()
