"""A sample's explanation: the piles the greedy builds (each value on the pile with the smallest fitting top)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
piles = []
for x in a:
    fitting = [k for k in range(len(piles)) if piles[k][-1] >= x]
    if fitting:
        piles[min(fitting, key=lambda k: piles[k][-1])].append(x)
    else:
        piles.append([x])
answer = int(case["output"].split()[0])
shown = "; ".join(", ".join(map(str, p)) for p in piles)
if len(piles) != answer:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
elif ko:
    print(f"아래에서 위로 쌓은 더미 {answer}개: {shown}. 더 적게 쌓을 수는 없습니다.")
elif answer == 1:  # "1 piles, each" would not read
    print(f"1 pile, listed from bottom to top: {shown}.")
else:
    print(f"{answer} piles, each listed from bottom to top: {shown}. Fewer piles are impossible.")
