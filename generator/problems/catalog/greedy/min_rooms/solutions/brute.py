"""Obviously correct: the smallest k for which a backtracking search gives every lecture one of k rooms."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
lec = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]


def fits(k):
    rooms = [[] for _ in range(k)]

    def place(i):
        if i == n:
            return True
        s, e = lec[i]
        for r in rooms:
            if all(e <= a or b <= s for a, b in r):
                r.append(lec[i])
                if place(i + 1):
                    return True
                r.pop()
            if not r:
                break  # empty rooms are interchangeable
        return False

    return place(0)


k = 1
while not fits(k):
    k += 1
print(k)
