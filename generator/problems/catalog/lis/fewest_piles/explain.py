"""A sample's explanation: one way to place the {items} on the fewest piles (each pile listed bottom to top), and
that fewer piles cannot hold them; why not is the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words (plates, crates, pancakes)
item = texts.get("item", "물건" if ko else "item")
items = texts.get("items", "items")
a = list(map(int, case["input"].split()[1:]))
piles = []  # one placement with the fewest piles (found here; how is not said)
for x in a:
    fitting = [k for k in range(len(piles)) if piles[k][-1] >= x]
    if fitting:
        piles[min(fitting, key=lambda k: piles[k][-1])].append(x)
    else:
        piles.append([x])
answer = int(case["output"].split()[0])
if len(piles) != answer:
    print(f"답은 {answer}입니다." if ko else f"The answer is {answer}.")
elif answer == 1:
    shown = ", ".join(map(str, piles[0]))
    print(f"모든 {item}을(를) 온 순서대로 한 더미에 쌓을 수 있습니다(아래에서 위로 {shown})." if ko else
          f"All the {items} fit on one pile, in the order they arrive (bottom to top: {shown}).")
elif ko:
    shown = " / ".join(", ".join(map(str, p)) for p in piles)
    few = "더미 하나" if answer == 2 else f"더미 {answer - 1}개"
    print(f"예를 들어 더미 {answer}개에 아래에서 위로 {shown}처럼 쌓을 수 있습니다. {few}로는 어떻게 놓아도 모든 "
          f"{item}을(를) 쌓을 수 없습니다.")
else:
    shown = "; ".join(", ".join(map(str, p)) for p in piles)
    few = "one pile" if answer == 2 else f"{answer - 1} piles"
    print(f"For example, {answer} piles, each listed from bottom to top: {shown}. However the {items} are placed, "
          f"{few} cannot hold them all.")
