"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
land = texts.get("land", "섬" if ko else "island")
lands = texts.get("lands", "islands")
bridge = texts.get("bridge", "다리" if ko else "bridge")
bridge_words = texts.get("bridges", "bridges")
tokens = case["input"].split()
r, c = int(tokens[0]), int(tokens[1])
grid = tokens[2:2 + r]
label = {}
islands = 0
for i in range(r):
    for j in range(c):
        if grid[i][j] == "#" and (i, j) not in label:
            label[(i, j)] = islands
            stack = [(i, j)]
            while stack:
                a, b = stack.pop()
                for nb in ((a - 1, b), (a + 1, b), (a, b - 1), (a, b + 1)):
                    if 0 <= nb[0] < r and 0 <= nb[1] < c and grid[nb[0]][nb[1]] == "#" and nb not in label:
                        label[nb] = islands
                        stack.append(nb)
            islands += 1
bridges = []
for i in range(r):
    last = None
    for j in range(c):
        if grid[i][j] == "#":
            if last is not None and j - last - 1 >= 2 and label[(i, j)] != label[(i, last)]:
                bridges.append((j - last - 1, label[(i, last)], label[(i, j)]))
            last = j
for j in range(c):
    last = None
    for i in range(r):
        if grid[i][j] == "#":
            if last is not None and i - last - 1 >= 2 and label[(i, j)] != label[(last, j)]:
                bridges.append((i - last - 1, label[(last, j)], label[(i, j)]))
            last = i
group = list(range(islands))
chosen = []
for length, a, b in sorted(bridges):
    if group[a] != group[b]:
        old = group[b]
        group = [group[a] if g == old else g for g in group]
        chosen.append(length)
answer = case["output"].split()[0]
lengths = " + ".join(str(x) for x in chosen)
if islands == 1:
    print(f"땅 칸이 모두 {land} 하나를 이루므로 답은 0입니다." if ko
          else f"All land cells form a single {land}, so the answer is 0.")
elif answer == "-1":
    print(f"{land}은(는) {islands}개이고, 길이 2 이상의 {bridge}만으로는 모두 이을 수 없어 답은 -1입니다." if ko else
          f"There are {islands} {lands}, and {bridge_words} of length at least 2 cannot join them all: -1.")
else:
    print(f"{land}은(는) {islands}개이고, 모두 잇는 가장 짧은 방법은 길이가 {lengths.replace(' + ', ', ')}인 {bridge} "
          f"{len(chosen)}개로, 합은 {answer}입니다." if ko else
          f"There are {islands} {lands}; the shortest way to join them all uses {len(chosen)} {bridge_words} of lengths "
          f"{lengths} = {answer}.")
