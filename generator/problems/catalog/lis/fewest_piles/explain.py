"""A sample's explanation: the piles the greedy builds (each value on the pile with the smallest fitting top), and
why fewer piles cannot work: a strictly increasing run of values (in arrival order) needs one pile per value."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
items = (case.get("texts") or {}).get("items", "items")  # the theme's word (plates, crates, pancakes)
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
# A longest strictly increasing subsequence (positions), the first found: no two of its values can share a pile.
best = [[i] for i in range(len(a))]
for j in range(len(a)):
    for i in range(j):
        if a[i] < a[j] and len(best[i]) + 1 > len(best[j]):
            best[j] = best[i] + [j]
chain = max(best, key=len) if a else []
rising = ", ".join(str(a[i]) for i in chain)
if len(piles) != answer:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
elif ko:
    print(f"아래에서 위로 쌓은 더미 {answer}개: {shown}. {rising}처럼 차례로 커지는 {len(chain)}개는 서로 같은 더미에 "
          f"놓일 수 없으므로(나중 것이 더 큽니다) 더 적게 쌓을 수는 없습니다.")
elif answer == 1:  # "1 piles, each" would not read
    print(f"1 pile, listed from bottom to top: {shown}.")
else:
    print(f"{answer} piles, each listed from bottom to top: {shown}. Fewer piles are impossible: the {items} measuring {rising} "
          f"arrive in this order, each larger than the one before, so no two of them can share a pile.")
