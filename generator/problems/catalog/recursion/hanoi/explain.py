"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
n, a, b = map(int, case["input"].split()[1:4])  # the first tower
k = int(case["output"].split()[0])
c = 6 - a - b
half = (1 << (n - 1)) - 1  # moves of the n-1 smaller disks, each way
if ko:
    disk, peg = texts["disk"], texts["peg"]
    if n == 1:
        print(f"첫 번째 탑은 {disk}이(가) 하나뿐이므로 {peg} {a}에서 {peg} {b}(으)로 한 번 옮기면 됩니다.")
    else:
        print(f"첫 번째 탑: 가장 큰 {disk}을(를) 옮기려면 그 위의 작은 {disk} {n - 1}개를 먼저 남는 {peg} {c}(으)로 치워야 합니다({half}번). "
              f"그다음 가장 큰 {disk}을(를) {peg} {a}에서 {peg} {b}(으)로 옮기고(1번), 작은 {disk} {n - 1}개를 {peg} {c}에서 "
              f"{peg} {b} 위로 다시 옮깁니다({half}번). 모두 {half} + 1 + {half} = {k}번입니다.")
else:
    disk, disks, peg = texts["disk"], texts["disks"], texts["peg"]
    if n == 1:
        print(f"The first tower has only one {disk}: it goes from {peg} {a} to {peg} {b} in one move.")
    else:
        smaller = f"the {n - 1} smaller {disks}" if n > 2 else f"the smaller {disk}"
        print(f"First tower: before the largest {disk} can move, {smaller} must go to the spare {peg} {c} ({half} "
              f"move{'s' if half > 1 else ''}). Then the largest moves from {peg} {a} to {peg} {b} (1 move), and "
              f"{smaller} come{'s' if n == 2 else ''} back from {peg} {c} onto it ({half} move{'s' if half > 1 else ''}). "
              f"In all {half} + 1 + {half} = {k} moves.")
