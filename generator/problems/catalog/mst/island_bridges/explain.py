"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
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
    print("땅 칸이 한 덩어리뿐이라 답은 0입니다." if ko else "The land forms a single piece, so the answer is 0.")
elif answer == "-1":
    print(f"땅 덩어리는 {islands}개이고, 길이 2 이상의 곧은 연결만으로는 모두 이을 수 없어 답은 -1입니다." if ko else
          f"There are {islands} pieces of land, and straight connections of length at least 2 cannot join them all: -1.")
else:
    print(f"땅 덩어리는 {islands}개이고, 놓을 수 있는 곧은 연결을 짧은 것부터 고르면 길이가 {lengths.replace(' + ', ', ')}인 연결들로 "
          f"모두 이어지며, 합은 {answer}입니다." if ko else
          f"There are {islands} pieces of land; taking the possible straight connections shortest first joins them all "
          f"with lengths {lengths} = {answer}.")
