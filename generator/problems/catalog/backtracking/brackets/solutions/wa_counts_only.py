"""Reference: check the prefix (never more ')' than '(' so far, at most N of each), then extend it with an
explicit stack: '(' while fewer than N are open in total, ')' while some '(' is unmatched. '(' is tried first,
so the strings come out in lexicographic order."""
import sys


def main():
    data = sys.stdin.read().split()
    n, prefix = int(data[0]), data[1]
    opened = balance = 0
    for ch in prefix:
        opened += ch == "("
        balance += 1 if ch == "(" else -1
        if balance < 0 or opened > n:
            print(-1)
            return
    if len(prefix) - opened > n:
        print(-1)
        return
    out = []
    stack = [(prefix, opened, balance)]
    while stack:
        s, o, b = stack.pop()
        if len(s) == 2 * n:
            out.append(s)
            continue
        if len(s) - o < n:  # pushed first, popped last: ')' after '('
            stack.append((s + ")", o, b - 1))
        if o < n:
            stack.append((s + "(", o + 1, b + 1))
    print("\n".join(out) if out else -1)


main()
