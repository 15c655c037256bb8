"""Reference: sort the numbers, then backtrack over positions with an explicit stack (no recursion). At each
depth the next candidate index is tried in increasing order; a used-flag keeps each number at most once in a
sequence. Sequences come out in lexicographic order. O(N!/(N-M)! * M)."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    used = [False] * n
    chosen = []  # indices of the sequence built so far
    nxt = [0]  # nxt[d]: the next index to try at depth d
    out = []
    while nxt:
        depth = len(nxt) - 1
        if depth == m:  # a full sequence: print it and step back
            out.append(" ".join(str(a[i]) for i in chosen))
            nxt.pop()
            used[chosen.pop()] = False
            continue
        i = nxt[depth]
        while i < n and used[i]:
            i += 1
        if i == n:  # every choice at this depth tried: undo the choice of the depth above
            nxt.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        nxt[depth] = i + 1
        used[i] = True
        chosen.append(i)
        nxt.append(0)
    sys.stdout.write("\n".join(out) + "\n")


main()
