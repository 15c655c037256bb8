"""A sample's explanation: one set of fewest presses (samples are at most 3 x 3, so all subsets are tried), or\nfor -1 a parity witness: lamps that every press toggles an even number of, an odd number of them lit."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
lamp = texts.get("lamp", "전구" if ko else "lamp")
lamps = texts.get("lamps", "lamps")


data = case["input"].split()
r, c = int(data[0]), int(data[1])
lit = {(i, j) for i in range(r) for j in range(c) if data[2 + i][j] == "#"}
cells = [(i, j) for i in range(r) for j in range(c)]
best = None
for mask in range(1 << len(cells)):
    chosen = [cells[k] for k in range(len(cells)) if mask >> k & 1]
    state = set(lit)
    for i, j in chosen:
        for y, x in ((i, j), (i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= y < r and 0 <= x < c:
                state ^= {(y, x)}
    if not state and (best is None or len(chosen) < len(best)):
        best = chosen
def toggled(i, j):
    return {(y, x) for y, x in ((i, j), (i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)) if 0 <= y < r and 0 <= x < c}


def rc(cells):
    return ", ".join(f"({i + 1}, {j + 1})" for i, j in sorted(cells))


if best is None:
    # a parity witness: a set of lamps every press toggles an even number of, an odd number of them lit now
    witness = None
    for mask in range(1, 1 << len(cells)):
        chosen = {cells[k] for k in range(len(cells)) if mask >> k & 1}
        if len(chosen & lit) % 2 and all(len(toggled(i, j) & chosen) % 2 == 0 for i, j in cells) and \
                (witness is None or len(chosen) < len(witness)):
            witness = chosen
    lit_there = len(witness & lit)
    print(f"칸은 (행, 열)로 적습니다. {rc(witness)} 칸의 {lamp}을(를) 보면, 어느 스위치를 눌러도 이 중 짝수 개가 바뀌므로 켜진 개수의 "
          f"홀짝이 바뀌지 않습니다. 지금 켜진 것이 {lit_there}개(홀수)이므로 0개가 될 수 없어 -1입니다." if ko else
          f"Cells as (row, column). Look at the {lamps} at {rc(witness)}: every press toggles an even number of them, so the number of them "
          f"that are lit stays odd or even for good. Now {lit_there} of them {'is' if lit_there == 1 else 'are'} lit, "
          f"an odd number, so they can never all be dark: the answer is -1.")
elif not best:
    print("이미 모두 꺼져 있으므로 0입니다." if ko else "Everything is already off, so the answer is 0.")
else:
    k = len(best)
    print(f"칸은 (행, 열)로 적습니다. 예를 들어 {rc(best)} 칸의 스위치를 누르면 {k}번 만에 모두 꺼지고, "
          f"이보다 적게 눌러서는 끌 수 없습니다." if ko else
          f"Cells as (row, column). For example, pressing the {'switch' if k == 1 else 'switches'} at {rc(best)} "
          f"turns everything off with {k} {'press' if k == 1 else 'presses'}, and no fewer presses can.")
