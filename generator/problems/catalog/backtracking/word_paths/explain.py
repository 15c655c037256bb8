"""A sample's explanation, computed from the sample: the paths spelling the word (cells as (row, column); all of
them when there are few, else the first ones found) and the count; for 0, the longest start of the word that some
path traces."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
cell = texts.get("cell", "칸" if ko else "cell")
cells = texts.get("cells", "cells")
board = texts.get("board", "격자" if ko else "grid")
data = case["input"].split()
r, c = int(data[0]), int(data[1])
grid, word = data[2:2 + r], data[2 + r]
count = int(case["output"].split()[0])
SHOWN = 4
found = []
longest = 0


def search(path):
    global longest
    longest = max(longest, len(path))
    if len(found) > SHOWN:
        return
    if len(path) == len(word):
        found.append(path)
        return
    i, j = path[-1]
    for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= x < r and 0 <= y < c and (x, y) not in path and grid[x][y] == word[len(path)]:
            search(path + [(x, y)])


for i in range(r):
    for j in range(c):
        if grid[i][j] == word[0]:
            search([(i, j)])


def shown(path):
    return " → ".join(f"({i + 1}, {j + 1})" for i, j in path)


def reuse_example():
    """The first sequence spelling the word that steps onto a cell it has already used, or None."""
    def extend(path):
        if len(path) == len(word):
            return path if len(set(path)) < len(path) else None
        i, j = path[-1]
        for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= x < r and 0 <= y < c and grid[x][y] == word[len(path)]:
                hit = extend(path + [(x, y)])
                if hit:
                    return hit
        return None
    for i in range(r):
        for j in range(c):
            if grid[i][j] == word[0]:
                hit = extend([(i, j)])
                if hit:
                    return hit
    return None


if not found:
    if longest == 0:
        why = (f"첫 글자 {word[0]}이(가) {board}에 없으므로 0입니다." if ko else
               f"The first letter {word[0]} appears nowhere on the {board}, so the answer is 0.")
    else:
        why = (f"어떤 경로도 앞의 {longest}글자 `{word[:longest]}`보다 더 이어 갈 수 없으므로 {word}을(를) 만드는 "
               f"경로는 0개입니다." if ko else
               f"No path gets further than the first {longest} {'letter' if longest == 1 else 'letters'} "
               f"`{word[:longest]}`, so no path spells {word} and the answer is 0.")
    print(why)
else:
    if count == 1:
        text = (f"{word}을(를) 만드는 경로는 {shown(found[0])} 하나뿐입니다({cell}은(는) (행, 열))." if ko else
                f"The only path spelling {word} is {shown(found[0])} ({cells} as (row, column)).")
    elif count <= SHOWN:
        listed = "; ".join(shown(p) for p in found)
        text = (f"{word}을(를) 만드는 경로는 {cell} (행, 열)로 {listed}의 {count}개입니다." if ko else
                f"The paths spelling {word}, {cells} as (row, column): {listed}; {count} in all.")
    else:
        listed = "; ".join(shown(p) for p in found[:3])
        text = (f"{word}을(를) 만드는 경로를 {cell} (행, 열)로 적으면 {listed}; … 이렇게 모두 {count}개입니다." if ko else
                f"The paths spelling {word}, {cells} as (row, column), include {listed}; …; {count} in all.")
    reused = reuse_example()
    if reused:
        text += (f" 같은 {cell}을(를) 두 번 쓰는 {shown(reused)} 같은 순서열은 세지 않습니다." if ko else
                 f" A sequence that uses a {cell} twice, such as {shown(reused)}, is not counted.")
    print(text)
