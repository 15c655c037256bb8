"""Reference: from every cell holding the first letter, walk the word with an explicit stack (no recursion):
a step goes only to an unvisited side neighbour holding the next letter, so a path dies at its first wrong
letter; a path that spells the whole word counts once. Visited flags are set on the way in and cleared on the
way back."""
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = data[2:2 + r]
    word = data[2 + r]
    n = len(word)
    cells = [grid[i][j] for i in range(r) for j in range(c)]
    near = [[(i + di) * c + j + dj for di, dj in ((-1, 0), (1, 0), (0, -1), (0, 1))
             if 0 <= i + di < r and 0 <= j + dj < c] for i in range(r) for j in range(c)]
    visited = [False] * (r * c)
    count = 0
    for start in range(r * c):
        if cells[start] != word[0]:
            continue
        if n == 1:
            count += 1
            continue
        visited[start] = True
        stack = [(start, 0)]  # (cell, index of the next neighbour to try); the cell spells word[len(stack)-1]
        while stack:
            cell, k = stack[-1]
            depth = len(stack)
            if k == len(near[cell]):
                stack.pop()
                visited[cell] = False
                continue
            stack[-1] = (cell, k + 1)
            nxt = near[cell][k]
            if visited[nxt] or cells[nxt] != word[depth]:
                continue
            if depth + 1 == n:
                count += 1
                continue
            visited[nxt] = True
            stack.append((nxt, 0))
    print(count)


main()
